import { formatText, type Language, type Text } from '../i18n/text.ts';
import type { Limit, Regulation, RegulationRoute, RegulationStep, Role } from '../regulation/schema.ts';
import type { DiagramGraph, GraphParticipant } from './diagram-graph.ts';
import { OVERDUE_OFFSET_X_PX, REFUSAL_OFFSET_X_PX } from './diagram-layout.ts';
import { GraphCanvas, type NodeSpec } from './graph-canvas.ts';
import { EVENT_LABELS, FLOW_ITEM_LABELS, GATEWAY_LABELS, PARTICIPANT_LABELS, ROLE_LABELS } from './handbook-texts.ts';
import { joinSentences, limitDocumentation, limitIsoDuration, limitText, sourceText } from './limit-text.ts';
import { laneIdOf, RouteLanes } from './route-lanes.ts';
import { POOLS, type Pool } from './route-participants.ts';
import { routeUnits, type FlowItem, type RouteUnit, type RunsWhen } from './route-units.ts';

interface Fragment {
  readonly entry: string;
  readonly exit: string;
  /** The exit is a condition's gateway: the next flow out of it is the "yes" branch. */
  readonly exitIsCondition?: boolean;
  readonly handsOn?: Text;
}

/** Where each pool's process has got to while the route is drawn. */
interface PoolState {
  last: string;
  pendingYes: boolean;
}

/** Ids of the exported BPMN that tests and the viewer key on. */
export const BPMN_IDS = {
  stepTask: (stepId: string) => `Step_${stepId}`,
  intakeTask: (itemId: string) => `Intake_${itemId}`,
  conditionGateway: (itemId: string) => `Gateway_${itemId}`,
  refusalEnd: (itemId: string) => `Refusal_${itemId}`,
  timer: (taskId: string) => `Timer_${taskId}`,
  participant: (pool: string) => `Participant_${pool}`,
} as const;

type PoolNodeSpec = Omit<NodeSpec, 'participantId' | 'laneId'> & { readonly pool: Pool; readonly role?: Role; readonly laneId?: string | null };

/**
 * Draws a route unit by unit. Each pool is a process of its own; when the route passes from one pool to another, the
 * last node of the first sends a message to the next node of the second (a message start event the first time).
 */
class RouteGraphBuilder {
  private readonly canvas = new GraphCanvas();
  private readonly pools = new Map<Pool, PoolState>();
  private readonly units: readonly RouteUnit[];
  private readonly lanes: RouteLanes;

  constructor(
    private readonly regulation: Regulation,
    private readonly route: RegulationRoute,
    private readonly lang: Language,
  ) {
    this.units = routeUnits(regulation, route);
    this.lanes = new RouteLanes(this.units);
  }

  build(): DiagramGraph {
    const start = this.addNode({ type: 'startEvent', base: 'Start_applicant', pool: 'applicant', name: this.t(EVENT_LABELS.applicantStart) });
    this.pools.set('applicant', { last: start, pendingYes: false });
    let current: { pool: Pool; handsOn?: Text } = { pool: 'applicant' };
    for (const unit of this.units) {
      const handOff = unit.pool !== current.pool;
      const messageSource = handOff ? this.sendingNode(current.pool) : null;
      const messageTarget = handOff ? this.receivingNode(unit) : null;
      const fragment = this.buildFragment(unit);
      this.continuePool(unit.pool, fragment);
      if (messageSource !== null) {
        this.canvas.addMessageFlow(messageSource, messageTarget ?? fragment.entry, current.handsOn ? this.t(current.handsOn) : undefined);
      }
      current = { pool: unit.pool, ...(fragment.handsOn ? { handsOn: fragment.handsOn } : {}) };
    }
    this.closePools();
    return {
      id: `${this.regulation.id}_${this.route.id}`,
      name: `${this.t(this.regulation.service.name)} — ${this.t(this.route.name)}`,
      participants: this.participants(),
      nodes: this.canvas.nodes,
      sequenceFlows: this.canvas.sequenceFlows,
      messageFlows: this.canvas.messageFlows,
      annotations: [],
      columnCount: this.canvas.columnCount,
    };
  }

  private t(text: Text): string {
    return text[this.lang];
  }

  private participants(): GraphParticipant[] {
    return POOLS.filter((pool) => this.pools.has(pool)).map((pool) => ({
      id: BPMN_IDS.participant(pool),
      name: pool === 'provider' ? this.t(this.regulation.provider.name) : this.t(PARTICIPANT_LABELS[pool]),
      processId: `Process_${pool}`,
      lanes: this.lanes.rolesOf(pool).map((role) => ({ id: laneIdOf(pool, role), name: this.t(ROLE_LABELS[role]) })),
    }));
  }

  private addNode(spec: PoolNodeSpec): string {
    const { pool, role, laneId, ...rest } = spec;
    return this.canvas.addNode({ ...rest, participantId: BPMN_IDS.participant(pool), laneId: laneId !== undefined ? laneId : this.lanes.laneId(pool, role) });
  }

  /** A task, with a non-interrupting timer on its boundary when it has a limit. */
  private task(spec: { base: string; pool: Pool; role?: Role; name: string; documentation: string; limit: Limit | null }): string {
    const taskId = this.addNode({ type: 'task', base: spec.base, pool: spec.pool, role: spec.role, name: spec.name, documentation: spec.documentation });
    if (spec.limit) {
      const { laneId, column } = this.canvas.node(taskId);
      const timer = this.addNode({
        type: 'boundaryEvent',
        base: BPMN_IDS.timer(taskId),
        pool: spec.pool,
        laneId,
        column,
        name: this.t(limitText(spec.limit)),
        documentation: limitDocumentation(spec.limit, this.lang),
        eventDefinition: 'timer',
        timerDuration: limitIsoDuration(spec.limit),
        attachedTo: taskId,
      });
      const overdue = this.addNode({
        type: 'endEvent',
        base: `Overdue_${taskId}`,
        pool: spec.pool,
        laneId,
        column,
        row: 'above',
        xOffsetPx: OVERDUE_OFFSET_X_PX,
        name: this.t(EVENT_LABELS.overdue),
        documentation: this.t(EVENT_LABELS.overdueDocumentation),
      });
      this.canvas.connect(timer, overdue);
    }
    return taskId;
  }

  // ===== hand-offs between pools =====

  /** The node a message leaves from: the pool's last task, or a throw event after a gateway or a start event. */
  private sendingNode(pool: Pool): string {
    const state = this.state(pool);
    const last = this.canvas.node(state.last);
    if (last.type === 'task' || last.type === 'intermediateThrowEvent') return last.id;
    const name = last.type === 'startEvent' && pool === 'applicant' ? this.t(EVENT_LABELS.submits) : '';
    const send = this.addNode({ type: 'intermediateThrowEvent', base: `Send_${pool}`, pool, laneId: last.laneId, name, eventDefinition: 'message' });
    this.advance(pool, send);
    return send;
  }

  /** The node a message arrives at: a message start event the first time a pool acts, a catch event before a gateway. */
  private receivingNode(unit: RouteUnit): string | null {
    const role = unit.kind === 'steps' ? unit.steps[0]?.role : undefined;
    if (!this.pools.has(unit.pool)) {
      const start = this.addNode({ type: 'startEvent', base: `Start_${unit.pool}`, pool: unit.pool, role, name: this.t(EVENT_LABELS.received), eventDefinition: 'message' });
      this.pools.set(unit.pool, { last: start, pendingYes: false });
      return start;
    }
    if (unit.kind === 'steps' && unit.runsWhen !== 'always') {
      const receive = this.addNode({ type: 'intermediateCatchEvent', base: `Receive_${unit.pool}`, pool: unit.pool, role, name: '', eventDefinition: 'message' });
      this.advance(unit.pool, receive);
      return receive;
    }
    return null;
  }

  private state(pool: Pool): PoolState {
    const state = this.pools.get(pool);
    if (!state) throw new Error(`pool ${pool} has not started`);
    return state;
  }

  /** Connects the pool's last node to `next`; the first flow out of a condition's gateway is its "yes" branch. */
  private advance(pool: Pool, next: string, exitIsCondition = false): void {
    const state = this.state(pool);
    this.canvas.connect(state.last, next, state.pendingYes ? { name: this.t(GATEWAY_LABELS.yes), isDefault: true } : {});
    state.last = next;
    state.pendingYes = exitIsCondition;
  }

  private continuePool(pool: Pool, fragment: Fragment): void {
    const state = this.state(pool);
    this.canvas.connect(state.last, fragment.entry, state.pendingYes ? { name: this.t(GATEWAY_LABELS.yes), isDefault: true } : {});
    state.last = fragment.exit;
    state.pendingYes = fragment.exitIsCondition ?? false;
  }

  private closePools(): void {
    const endColumn = this.canvas.nextColumn();
    for (const pool of POOLS) {
      const state = this.pools.get(pool);
      if (!state) continue;
      const name = pool === 'applicant' ? this.t(EVENT_LABELS.serviceEnd) : '';
      const end = this.addNode({ type: 'endEvent', base: `End_${pool}`, pool, laneId: this.canvas.node(state.last).laneId, column: endColumn, name });
      this.advance(pool, end);
    }
  }

  // ===== fragments =====

  private buildFragment(unit: RouteUnit): Fragment {
    if (unit.kind === 'receipt') {
      const receive = this.addNode({ type: 'intermediateCatchEvent', base: 'Receive_result', pool: 'applicant', name: this.t(EVENT_LABELS.receivesResult), eventDefinition: 'message' });
      return { entry: receive, exit: receive };
    }
    if (unit.kind === 'flowItem') return unit.item.kind === 'condition' ? this.condition(unit.pool, unit.item) : this.process(unit.pool, unit.item);
    return unit.runsWhen === 'always' ? this.chainSteps(unit.pool, unit.steps) : this.decisionBranch(unit.pool, unit.runsWhen, unit.steps);
  }

  private itemDocumentation(item: FlowItem): string {
    const label = item.number === null ? this.t(FLOW_ITEM_LABELS.unnumbered) : this.t(formatText(FLOW_ITEM_LABELS[item.kind], { n: item.number }));
    return joinSentences([label, item.limit ? limitDocumentation(item.limit, this.lang) : undefined, sourceText(item.source, this.lang)]);
  }

  private process(pool: Pool, item: FlowItem): Fragment {
    const id = this.task({ base: BPMN_IDS.intakeTask(item.id), pool, name: this.t(item.text), documentation: this.itemDocumentation(item), limit: item.limit });
    return { entry: id, exit: id };
  }

  /** A condition: the check (a task, so it can carry a timer), a gateway, and a refusal end event for the "no" branch. */
  private condition(pool: Pool, item: FlowItem): Fragment {
    const check = this.task({ base: BPMN_IDS.intakeTask(item.id), pool, name: this.t(item.text), documentation: this.itemDocumentation(item), limit: item.limit });
    const question = item.number === null ? GATEWAY_LABELS.unnumberedConditionMet : formatText(GATEWAY_LABELS.conditionMet, { n: item.number });
    const gateway = this.addNode({ type: 'exclusiveGateway', base: BPMN_IDS.conditionGateway(item.id), pool, name: this.t(question) });
    const refusalText = item.refusal ? this.t(item.refusal.message) : this.t(FLOW_ITEM_LABELS.refusal);
    const refusal = this.addNode({
      type: 'endEvent',
      base: BPMN_IDS.refusalEnd(item.id),
      pool,
      laneId: this.canvas.node(gateway).laneId,
      column: this.canvas.node(gateway).column,
      row: 'below',
      xOffsetPx: REFUSAL_OFFSET_X_PX,
      name: refusalText,
      documentation: joinSentences([refusalText, item.refusal ? sourceText(item.refusal.source, this.lang) : undefined]),
      eventDefinition: 'message',
    });
    this.canvas.connect(check, gateway);
    this.canvas.connect(gateway, refusal, { name: this.t(GATEWAY_LABELS.no), condition: `${item.check ?? item.id} failed` });
    if (pool !== 'applicant') this.canvas.addMessageFlow(refusal, BPMN_IDS.participant('applicant'), this.t(FLOW_ITEM_LABELS.refusal));
    return { entry: check, exit: gateway, exitIsCondition: true };
  }

  private stepTask(pool: Pool, step: RegulationStep): string {
    return this.task({
      base: BPMN_IDS.stepTask(step.id),
      pool,
      role: step.role,
      name: this.t(step.action),
      documentation: joinSentences([limitDocumentation(step.limit, this.lang, step.limitNote), sourceText(step.source, this.lang)]),
      limit: step.limit,
    });
  }

  private chainSteps(pool: Pool, steps: readonly RegulationStep[]): Fragment {
    const ids = steps.map((step) => this.stepTask(pool, step));
    ids.slice(1).forEach((id, index) => this.canvas.connect(ids[index] as string, id));
    const last = steps.at(-1);
    return { entry: ids[0] as string, exit: ids.at(-1) as string, ...(last?.handsOn ? { handsOn: last.handsOn } : {}) };
  }

  /** Steps that run only after one outcome: a gateway before them, a merge after, a "no" branch skipping them. */
  private decisionBranch(pool: Pool, runsWhen: RunsWhen, steps: readonly RegulationStep[]): Fragment {
    const question = runsWhen === 'positiveDecision' ? GATEWAY_LABELS.positiveDecision : GATEWAY_LABELS.refusalDecision;
    const split = this.addNode({ type: 'exclusiveGateway', base: `Decision_${steps[0]?.id ?? 'branch'}`, pool, role: steps[0]?.role, name: this.t(question) });
    const branch = this.chainSteps(pool, steps);
    const merge = this.addNode({ type: 'exclusiveGateway', base: `Merge_${steps.at(-1)?.id ?? 'branch'}`, pool, role: steps.at(-1)?.role, name: '' });
    this.canvas.connect(split, branch.entry, { name: this.t(GATEWAY_LABELS.yes), isDefault: true });
    this.canvas.connect(split, merge, { name: this.t(GATEWAY_LABELS.no), condition: `not ${runsWhen}`, routeBelow: true });
    this.canvas.connect(branch.exit, merge);
    return { entry: split, exit: merge, ...(branch.handsOn ? { handsOn: branch.handsOn } : {}) };
  }
}

/** The collaboration of one route of a regulation version, as a diagram graph (see diagram-graph.ts). */
export function buildRouteGraph(regulation: Regulation, route: RegulationRoute, lang: Language): DiagramGraph {
  return new RouteGraphBuilder(regulation, route, lang).build();
}
