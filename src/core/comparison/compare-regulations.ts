import { CHANNEL_LABELS, ROLE_LABELS } from '../bpmn/handbook-texts.ts';
import { CHANNELS, ROLES, type Regulation } from '../regulation/schema.ts';
import { compareRoutes, sameText } from './compare-routes.ts';
import type { DiffStatus, RegulationComparison, ResultCounts, ResultRow, VersionRef } from './comparison-schema.ts';
import { REGION_NAMES } from './comparison-texts.ts';

type Result = Regulation['results'][number];

function versionRef(regulation: Regulation): VersionRef {
  return {
    id: regulation.id,
    serviceCode: regulation.service.code,
    serviceName: regulation.service.name,
    region: regulation.region,
    regionName: REGION_NAMES[regulation.region],
    district: regulation.district ?? null,
    actDate: regulation.act.date,
    actNumber: regulation.act.number,
    provider: regulation.provider.name,
  };
}

function countStatus(left: number, right: number): DiffStatus {
  if (left === right) return 'same';
  if (right === 0) return 'leftOnly';
  if (left === 0) return 'rightOnly';
  return 'changed';
}

/** Results are a set, not a sequence: matched by id, then by template; the rest stand alone. */
function compareResults(left: readonly Result[], right: readonly Result[]): ResultRow[] {
  const unmatched = [...right];
  const take = (match: (r: Result) => boolean) => {
    const index = unmatched.findIndex(match);
    return index < 0 ? null : (unmatched.splice(index, 1)[0] ?? null);
  };
  const matches = left.map((l) => ({ left: l, right: take((r) => r.id === l.id) }));
  const pairs = matches.map((m) => (m.right ? m : { left: m.left, right: take((r) => r.template === m.left.template) }));
  const side = (r: Result | null) => r && { resultId: r.id, kind: r.kind, name: r.name, template: r.template };
  return [...pairs, ...unmatched.map((r) => ({ left: null, right: r }))].map(({ left: l, right: r }) => {
    const status: DiffStatus = r === null ? 'leftOnly' : l === null ? 'rightOnly' : l.kind === r.kind && sameText(l.name, r.name) ? 'same' : 'changed';
    return { left: side(l), right: side(r), status };
  });
}

function resultCounts(results: readonly Result[]): ResultCounts {
  const positive = results.filter((r) => r.kind === 'positive').length;
  return { positive, refusal: results.length - positive, total: results.length };
}

/** The steps some route of the regulation runs. */
function usedSteps(regulation: Regulation) {
  const ids = new Set(regulation.routes.flatMap((r) => r.steps));
  return regulation.steps.filter((s) => ids.has(s.id));
}

/**
 * Two regulation versions side by side — two regions or two editions: channels, each channel's steps (matched by
 * role and kind, in order) with their limits and conditions, roles, results and information systems.
 */
export function compareRegulations(left: Regulation, right: Regulation): RegulationComparison {
  const channels = CHANNELS.map((channel) => {
    const leftRoutes = left.routes.filter((r) => r.channel === channel).length;
    const rightRoutes = right.routes.filter((r) => r.channel === channel).length;
    return { channel, channelLabel: CHANNEL_LABELS[channel], leftRoutes, rightRoutes, status: countStatus(leftRoutes, rightRoutes) };
  }).filter((row) => row.leftRoutes + row.rightRoutes > 0);

  const roles = ROLES.map((role) => {
    const leftSteps = usedSteps(left).filter((s) => s.role === role).length;
    const rightSteps = usedSteps(right).filter((s) => s.role === role).length;
    return { role, roleLabel: ROLE_LABELS[role], leftSteps, rightSteps, status: countStatus(leftSteps, rightSteps) };
  }).filter((row) => row.leftSteps + row.rightSteps > 0);

  const rightSystems = new Map(right.informationSystems.map((s) => [s.id, s]));
  const informationSystems = [
    ...left.informationSystems.map((s) => ({ left: s, right: rightSystems.get(s.id) ?? null })),
    ...right.informationSystems.filter((s) => !left.informationSystems.some((l) => l.id === s.id)).map((s) => ({ left: null, right: s })),
  ].map(({ left: l, right: r }) => {
    const status: DiffStatus = r === null ? 'leftOnly' : l === null ? 'rightOnly' : sameText(l.name, r.name) ? 'same' : 'changed';
    return { left: l && { id: l.id, name: l.name }, right: r && { id: r.id, name: r.name }, status };
  });

  const routes = compareRoutes(left, right);
  const results = { rows: compareResults(left.results, right.results), left: resultCounts(left.results), right: resultCounts(right.results) };
  const rows: ReadonlyArray<{ status: DiffStatus }> = [
    ...channels,
    ...routes.flatMap((r) => [...r.steps, ...r.conditions]),
    ...roles,
    ...results.rows,
    ...informationSystems,
  ];
  return {
    left: versionRef(left),
    right: versionRef(right),
    sameService: left.service.code === right.service.code,
    channels,
    routes,
    roles,
    results,
    informationSystems,
    differenceCount: rows.filter((row) => row.status !== 'same').length,
  };
}
