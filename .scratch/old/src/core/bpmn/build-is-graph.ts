import { formatText, LANGUAGES, type Language, type Text } from '../i18n/text.ts';
import type { Regulation, RegulationRoute } from '../regulation/schema.ts';
import type { DiagramGraph, GraphAnnotation, GraphMessageFlow, GraphParticipant } from './diagram-graph.ts';
import { FLOW_ITEM_LABELS, PARTICIPANT_LABELS, STEP_KIND_LABELS } from './handbook-texts.ts';
import { flowItemPool, POOLS, stepPool, type Pool } from './route-participants.ts';

/**
 * The appendix "diagram of functional interaction of information systems" as a BPMN collaboration of black-box
 * pools: one per information system the regulation names, plus the applicant and the staff who act. Each message
 * flow is one hand-over, in the order the route runs (left to right), named by its process, condition or step.
 *
 * Why BPMN and not SVG: the seeds draw these appendices in BPMN notation (seed 002 names BPMN and its legend), the
 * same viewer (bpmn-js) and the same check (bpmn-moddle) serve both diagrams, and standard tools open them.
 *
 * The data name information systems on steps (`informationSystems`) but not on intake items; an item's systems are
 * its actor's well-known system (portal, gateway, State Corporation workstation) and the systems its text names.
 */

type FlowItem = RegulationRoute['intakeFlow'][number];

/** The systems behind intake actors, by the ids the regulation files use for them. */
const ACTOR_SYSTEMS: Partial<Record<Pool, string>> = { portal: 'egov-portal', gateway: 'egov-gateway', stateCorporation: 'sc-iis-workstation' };

const isParticipantId = (systemId: string) => `System_${systemId}`;
const poolParticipantId = (pool: Pool) => `Actor_${pool}`;

class InteractionBuilder {
  private readonly flows: GraphMessageFlow[] = [];
  private readonly annotations: GraphAnnotation[] = [];
  private readonly usedPools = new Set<Pool>(['applicant']);
  private readonly systemIds: ReadonlySet<string>;
  private column = 0;
  private current = poolParticipantId('applicant');

  constructor(
    private readonly regulation: Regulation,
    private readonly lang: Language,
  ) {
    this.systemIds = new Set(regulation.informationSystems.map((s) => s.id));
  }

  build(): DiagramGraph {
    if (this.regulation.informationSystems.length === 0) {
      this.annotations.push({ id: 'Note_no_systems', text: this.t(FLOW_ITEM_LABELS.noInformationSystems), column: this.column++, columnSpan: 1 });
    }
    this.regulation.routes.forEach((route) => this.addRoute(route));
    return {
      id: `${this.regulation.id}_is`,
      name: this.t(this.regulation.service.name),
      participants: this.participants(),
      nodes: [],
      sequenceFlows: [],
      messageFlows: this.flows,
      annotations: this.annotations,
      columnCount: this.column,
    };
  }

  private t(text: Text): string {
    return text[this.lang];
  }

  private participantFor(pool: Pool): string {
    const systemId = ACTOR_SYSTEMS[pool];
    if (systemId && this.systemIds.has(systemId)) return isParticipantId(systemId);
    this.usedPools.add(pool);
    return poolParticipantId(pool);
  }

  /** The regulation's systems an item's text names (in any language), in the order the text names them. */
  private mentionedSystems(item: FlowItem): string[] {
    const found: { id: string; at: number }[] = [];
    for (const system of this.regulation.informationSystems) {
      const positions = LANGUAGES.map((lang) => {
        const index = item.text[lang].toLowerCase().indexOf(system.name[lang].toLowerCase());
        return index < 0 ? Infinity : index / item.text[lang].length;
      });
      const at = Math.min(...positions);
      if (at !== Infinity) found.push({ id: system.id, at });
    }
    return found.sort((a, b) => a.at - b.at).map((f) => isParticipantId(f.id));
  }

  /** A hand-over from whoever acted last to `target`; nothing when the same participant acts again. */
  private touch(target: string, name: string, documentation: string): void {
    if (target === this.current) return;
    this.flows.push({ id: `Interaction_${this.flows.length + 1}`, sourceId: this.current, targetId: target, name, documentation, column: this.column++ });
    this.current = target;
  }

  private addRoute(route: RegulationRoute): void {
    const firstColumn = this.column;
    this.current = poolParticipantId('applicant');
    for (const item of route.intakeFlow) {
      const label = item.number === null ? this.t(FLOW_ITEM_LABELS.unnumbered) : this.t(formatText(FLOW_ITEM_LABELS[item.kind], { n: item.number }));
      const mentioned = this.mentionedSystems(item);
      const pool = flowItemPool(item);
      // A "system" item is the system its text names; otherwise the generic state information systems.
      const actor = pool === 'informationSystems' && mentioned[0] ? mentioned[0] : this.participantFor(pool);
      this.touch(actor, label, this.t(item.text));
      for (const system of mentioned) this.touch(system, label, this.t(item.text));
    }
    for (const stepId of route.steps) {
      const step = this.regulation.steps.find((s) => s.id === stepId);
      if (!step) continue;
      const label = this.t(STEP_KIND_LABELS[step.kind]);
      this.touch(this.participantFor(stepPool(step, route, this.regulation)), label, this.t(step.action));
      for (const systemId of step.informationSystems) this.touch(isParticipantId(systemId), label, this.t(step.action));
    }
    this.touch(poolParticipantId('applicant'), this.t(FLOW_ITEM_LABELS.result), this.t(FLOW_ITEM_LABELS.result));
    this.annotations.push({ id: `Note_${route.id}`, text: this.t(route.name), column: firstColumn, columnSpan: Math.max(this.column - firstColumn, 1) });
    this.column += 1; // a blank column between routes
  }

  private participants(): GraphParticipant[] {
    const label = (pool: Pool) => (pool === 'provider' ? this.t(this.regulation.provider.name) : this.t(PARTICIPANT_LABELS[pool]));
    const actor = (pool: Pool): GraphParticipant => ({ id: poolParticipantId(pool), name: label(pool), processId: null, lanes: [] });
    const systems = this.regulation.informationSystems.map(
      (system): GraphParticipant => ({ id: isParticipantId(system.id), name: this.t(system.name), processId: null, lanes: [] }),
    );
    const before = POOLS.filter((pool) => this.usedPools.has(pool) && pool !== 'ruralAkim' && pool !== 'provider');
    const after = POOLS.filter((pool) => this.usedPools.has(pool) && (pool === 'ruralAkim' || pool === 'provider'));
    return [...before.map(actor), ...systems, ...after.map(actor)];
  }
}

/** The information-systems interaction diagram of a regulation version, as a diagram graph. */
export function buildInformationSystemsGraph(regulation: Regulation, lang: Language): DiagramGraph {
  return new InteractionBuilder(regulation, lang).build();
}
