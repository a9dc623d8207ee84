import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { BPMN_IDS } from '../../src/core/bpmn/build-route-graph.ts';
import { exportRouteBpmn } from '../../src/core/bpmn/export-route-bpmn.ts';
import { ROLE_LABELS } from '../../src/core/bpmn/handbook-texts.ts';
import { LANGUAGES } from '../../src/core/i18n/text.ts';
import type { Limit, Regulation, RegulationRoute } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { list, readBpmn, type ReadBpmn } from './support/read-bpmn.ts';

/*
 * Every route of every regulation file present, exported and read back with bpmn-moddle: it parses without warnings,
 * every step is a task, every limit is on a timer, every condition has a gateway and a refusal end event, the
 * sequence flows reach every node and everything is drawn.
 */

const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const routes = regulations.flatMap((regulation) => regulation.routes.map((route) => ({ name: `${regulation.id} / ${route.id}`, regulation, route })));

/**
 * The expected ISO-8601 duration, written out independently of the exporter: only calendar units have one. A limit in
 * working time must not carry P5D or PT20M, which a BPMN tool would take for the legal limit (issue 18).
 */
const EXPECTED_DURATION: Record<Limit['unit'], (v: number) => string | undefined> = {
  minutes: () => undefined,
  hours: () => undefined,
  workingDays: () => undefined,
  calendarDays: (v) => `P${v}D`,
  months: (v) => `P${v}M`,
};

/** How each unit is counted, as qyzmet:calendar says it (docs/bpmn-export.md). */
const EXPECTED_CALENDAR: Record<Limit['unit'], string> = {
  minutes: 'workingHours',
  hours: 'workingHours',
  workingDays: 'workingDays',
  calendarDays: 'calendar',
  months: 'calendar',
};

const documentationOf = (element: ModdleElement) => list(element, 'documentation').map((d) => String(d.get('text'))).join('\n');

function timerOn(bpmn: ReadBpmn, taskId: string): ModdleElement | undefined {
  return bpmn.flowElements.find((e) => e.$type === 'bpmn:BoundaryEvent' && (e.get('attachedToRef') as ModdleElement).id === taskId);
}

function expectTimer(bpmn: ReadBpmn, taskId: string, limit: Limit): void {
  const timer = timerOn(bpmn, taskId);
  expect(timer, `a timer on ${taskId}`).toBeDefined();
  const [definition] = list(timer!, 'eventDefinitions');
  expect(definition?.$type).toBe('bpmn:TimerEventDefinition');
  expect((definition!.get('timeDuration') as ModdleElement | undefined)?.get('body')).toBe(EXPECTED_DURATION[limit.unit](limit.value));
  expect(definition!.$attrs).toEqual({
    'qyzmet:limitValue': String(limit.value),
    'qyzmet:limitUnit': limit.unit,
    'qyzmet:calendar': EXPECTED_CALENDAR[limit.unit],
    'qyzmet:countsFrom': limit.countsFrom,
  });
  expect(timer!.get('name')).toMatch(new RegExp(`^Limit: ${limit.value} `));
  expect(timer!.get('cancelActivity')).toBe(false);
  if (limit.unit === 'workingDays') expect(documentationOf(timer!)).toContain('working days');
  if (EXPECTED_CALENDAR[limit.unit] === 'workingHours') expect(timer!.get('name')).toContain('of working time');
  expect(documentationOf(timer!)).toContain(`line ${limit.source.line}`);
}

/** Every node is reached from its process's start event along sequence flows (boundary events through their task). */
function unreachedNodes(process: ModdleElement): string[] {
  const elements = list(process, 'flowElements');
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow');
  const reached = new Set<string>();
  const queue = nodes.filter((n) => n.$type === 'bpmn:StartEvent');
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (reached.has(node.id!)) continue;
    reached.add(node.id!);
    for (const flow of list(node, 'outgoing')) queue.push(flow.get('targetRef') as ModdleElement);
    for (const boundary of nodes.filter((n) => n.$type === 'bpmn:BoundaryEvent' && (n.get('attachedToRef') as ModdleElement).id === node.id)) queue.push(boundary);
  }
  return nodes.filter((n) => !reached.has(n.id!)).map((n) => n.id!);
}

function processOf(bpmn: ReadBpmn, elementId: string): string | undefined {
  if (bpmn.processes.some((p) => p.id === elementId)) return elementId;
  const participant = list(bpmn.collaboration, 'participants').find((p) => p.id === elementId);
  if (participant) return (participant.get('processRef') as ModdleElement | undefined)?.id ?? participant.id;
  return bpmn.processes.find((p) => list(p, 'flowElements').some((e) => e.id === elementId))?.id;
}

describe.each(routes)('BPMN export of $name', ({ regulation, route }: { regulation: Regulation; route: RegulationRoute }) => {
  const stepsOf = (r: RegulationRoute) => r.steps.map((id) => regulation.steps.find((s) => s.id === id)!);

  it('should parse back with bpmn-moddle without warnings', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, 'en'));
    expect(bpmn.warnings).toEqual([]);
    expect(bpmn.definitions.$type).toBe('bpmn:Definitions');
  });

  it('should draw every step as a task named by its action, in its lane, with a timer carrying its limit', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, 'en'));
    for (const step of stepsOf(route)) {
      const task = bpmn.byId[BPMN_IDS.stepTask(step.id)];
      expect(task?.$type, step.id).toBe('bpmn:Task');
      expect(task!.get('name')).toBe(step.action.en);
      if (step.limit) {
        expect(documentationOf(task!)).toContain(`line ${step.limit.source.line}`);
        expectTimer(bpmn, task!.id!, step.limit);
      } else {
        expect(timerOn(bpmn, task!.id!)).toBeUndefined();
      }
      const lane = Object.values(bpmn.byId).find((e) => e.$type === 'bpmn:Lane' && list(e, 'flowNodeRef').some((n) => n.id === task!.id));
      // The State Corporation's pool has one role and no lanes; the provider's and the akim's have a lane per role.
      if (step.role === 'scOperator') expect(lane).toBeUndefined();
      else expect(lane?.get('name'), step.id).toBe(ROLE_LABELS[step.role].en);
    }
  });

  it('should give every intake condition a gateway whose "no" branch ends in its refusal message', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, 'en'));
    for (const item of route.intakeFlow) {
      const task = bpmn.byId[BPMN_IDS.intakeTask(item.id)];
      expect(task?.$type, item.id).toBe('bpmn:Task');
      if (item.limit) expectTimer(bpmn, task!.id!, item.limit);
      if (item.kind !== 'condition') continue;
      const gateway = bpmn.byId[BPMN_IDS.conditionGateway(item.id)];
      expect(gateway?.$type).toBe('bpmn:ExclusiveGateway');
      const targets = list(gateway!, 'outgoing').map((f) => f.get('targetRef') as ModdleElement);
      const refusal = targets.find((t) => t.id === BPMN_IDS.refusalEnd(item.id));
      expect(refusal?.$type).toBe('bpmn:EndEvent');
      expect(refusal!.get('name')).toBe(item.refusal!.message.en);
      expect(targets).toHaveLength(2);
      expect((gateway!.get('default') as ModdleElement).id).not.toBe(list(gateway!, 'outgoing').find((f) => (f.get('targetRef') as ModdleElement).id === refusal!.id)!.id);
    }
  });

  it('should wire sequence flows so every node is reached from its start event and only end events lead nowhere', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, 'en'));
    for (const process of bpmn.processes) {
      const nodes = list(process, 'flowElements').filter((e) => e.$type !== 'bpmn:SequenceFlow');
      expect(nodes.filter((n) => n.$type === 'bpmn:StartEvent'), process.id).toHaveLength(1);
      expect(unreachedNodes(process), process.id).toEqual([]);
      const deadEnds = nodes.filter((n) => n.$type !== 'bpmn:EndEvent' && list(n, 'outgoing').length === 0);
      expect(deadEnds.map((n) => n.id)).toEqual([]);
    }
  });

  it('should join the pools with message flows and draw every element', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, 'en'));
    const participants = list(bpmn.collaboration, 'participants').map((p) => p.id);
    expect(participants[0]).toBe(BPMN_IDS.participant('applicant'));
    expect(participants.length).toBeGreaterThanOrEqual(2);
    const messageFlows = list(bpmn.collaboration, 'messageFlows');
    expect(messageFlows.length).toBeGreaterThanOrEqual(participants.length - 1);
    for (const flow of messageFlows) {
      expect(processOf(bpmn, (flow.get('sourceRef') as ModdleElement).id!)).not.toBe(processOf(bpmn, (flow.get('targetRef') as ModdleElement).id!));
    }
    const everything = [...bpmn.flowElements, ...messageFlows, ...list(bpmn.collaboration, 'participants')];
    expect(everything.filter((e) => !bpmn.drawnIds.has(e.id!)).map((e) => e.id)).toEqual([]);
  });
});

describe('BPMN export in three languages', () => {
  const regulation = regulations.find((r) => r.routes.some((route) => route.intakeFlow.some((item) => item.kind === 'condition')))!;
  const route = regulation.routes.find((r) => r.intakeFlow.some((item) => item.kind === 'condition'))!;

  it.each(LANGUAGES)('should name tasks, refusals and lanes in %s', async (lang) => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, route.id, lang));
    const step = regulation.steps.find((s) => s.id === route.steps[0])!;
    expect(bpmn.byId[BPMN_IDS.stepTask(step.id)]!.get('name')).toBe(step.action[lang]);
    const condition = route.intakeFlow.find((item) => item.kind === 'condition')!;
    expect(bpmn.byId[BPMN_IDS.refusalEnd(condition.id)]!.get('name')).toBe(condition.refusal!.message[lang]);
    const lanes = Object.values(bpmn.byId).filter((e) => e.$type === 'bpmn:Lane').map((l) => l.get('name'));
    expect(lanes).toContain(ROLE_LABELS[step.role][lang]);
  });

  it('should take the first route when none is named and refuse a route the regulation lacks', async () => {
    const bpmn = await readBpmn(await exportRouteBpmn(regulation, undefined, 'kk'));
    expect(bpmn.byId[BPMN_IDS.stepTask(regulation.routes[0]!.steps[0]!)]).toBeDefined();
    await expect(exportRouteBpmn(regulation, 'no-such-route', 'kk')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
