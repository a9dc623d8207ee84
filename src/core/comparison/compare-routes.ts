import { CHANNEL_LABELS, ROLE_LABELS, STEP_KIND_LABELS } from '../bpmn/handbook-texts.ts';
import type { Text } from '../i18n/text.ts';
import { CHANNELS, type Regulation, type RegulationRoute, type RegulationStep } from '../regulation/schema.ts';
import { alignSequences } from './align-sequences.ts';
import { compareLimits, limitTotal, limitView } from './compare-limits.ts';
import type { ConditionRow, DiffStatus, RouteComparison, StepRow } from './comparison-schema.ts';
import { CONDITION_CHECK_LABELS } from './comparison-texts.ts';

type FlowItem = RegulationRoute['intakeFlow'][number];

export const sameText = (a: Text, b: Text) => a.kk === b.kk && a.ru === b.ru && a.en === b.en;

const oneSided = (left: unknown, right: unknown): DiffStatus | null => (right === null ? 'leftOnly' : left === null ? 'rightOnly' : null);

function routeSteps(regulation: Regulation, route: RegulationRoute | null): RegulationStep[] {
  return (route?.steps ?? []).map((id) => regulation.steps.find((s) => s.id === id)).filter((s): s is RegulationStep => s !== undefined);
}

function stepSide(step: RegulationStep | null) {
  return step && { stepId: step.id, role: step.role, roleLabel: ROLE_LABELS[step.role], action: step.action, limit: limitView(step.limit) };
}

/** Steps matched by role and kind in order; what is left between matches, by kind alone. */
function compareSteps(left: readonly RegulationStep[], right: readonly RegulationStep[]): StepRow[] {
  const keys = [(s: RegulationStep) => `${s.role}:${s.kind}`, (s: RegulationStep) => s.kind];
  return alignSequences(left, right, keys).map(({ left: l, right: r }) => {
    const kind = (l ?? r)!.kind;
    const roleChanged = l !== null && r !== null && l.role !== r.role;
    // Two steps of one kind and role can still say different things (issue #17: the handbook called such steps
    // "the same"): the wording of the action counts as a difference of its own.
    const actionChanged = l !== null && r !== null && !sameText(l.action, r.action);
    const limitChange = l !== null && r !== null ? compareLimits(l.limit, r.limit) : null;
    const status = oneSided(l, r) ?? (roleChanged || actionChanged || (limitChange !== 'same' && limitChange !== 'neither') ? 'changed' : 'same');
    return { kind, kindLabel: STEP_KIND_LABELS[kind], left: stepSide(l), right: stepSide(r), status, roleChanged, actionChanged, limitChange };
  });
}

function conditionSide(item: FlowItem | null) {
  return item && { itemId: item.id, number: item.number, text: item.text, refusal: item.refusal?.message ?? null };
}

/** Conditions matched by what they check; they differ when their wording or their refusal messages do. */
function compareConditions(left: RegulationRoute | null, right: RegulationRoute | null): ConditionRow[] {
  const conditions = (route: RegulationRoute | null) => (route?.intakeFlow ?? []).filter((item) => item.kind === 'condition' && item.check);
  return alignSequences(conditions(left), conditions(right), [(item) => item.check ?? item.id]).map(({ left: l, right: r }) => {
    const check = (l ?? r)!.check!;
    const sameRefusal = l?.refusal && r?.refusal ? sameText(l.refusal.message, r.refusal.message) : l?.refusal === r?.refusal;
    const sameWording = l && r ? sameText(l.text, r.text) : true;
    return { check, checkLabel: CONDITION_CHECK_LABELS[check], left: conditionSide(l), right: conditionSide(r), status: oneSided(l, r) ?? (sameRefusal && sameWording ? 'same' : 'changed') };
  });
}

/** Routes paired by id (same channel), then the rest by channel in order. */
function pairRoutes(left: Regulation, right: Regulation): Array<{ left: RegulationRoute | null; right: RegulationRoute | null }> {
  const pairs: Array<{ left: RegulationRoute | null; right: RegulationRoute | null }> = [];
  const unpairedRight = [...right.routes];
  const take = (match: (r: RegulationRoute) => boolean) => {
    const index = unpairedRight.findIndex(match);
    return index < 0 ? null : (unpairedRight.splice(index, 1)[0] ?? null);
  };
  const byId = left.routes.map((l) => ({ left: l, right: take((r) => r.id === l.id && r.channel === l.channel) }));
  for (const pair of byId) pairs.push(pair.right ? pair : { left: pair.left, right: take((r) => r.channel === pair.left.channel) });
  pairs.push(...unpairedRight.map((r) => ({ left: null, right: r })));
  const channelOf = (p: (typeof pairs)[number]) => CHANNELS.indexOf((p.left ?? p.right)!.channel);
  return pairs.sort((a, b) => channelOf(a) - channelOf(b));
}

/** Each channel's route of the left version beside the right one's: steps, limits, conditions, sums of limits. */
export function compareRoutes(left: Regulation, right: Regulation): RouteComparison[] {
  return pairRoutes(left, right).map((pair) => {
    const channel = (pair.left ?? pair.right)!.channel;
    const leftSteps = routeSteps(left, pair.left);
    const rightSteps = routeSteps(right, pair.right);
    const steps = compareSteps(leftSteps, rightSteps);
    const conditions = compareConditions(pair.left, pair.right);
    const allSame = [...steps, ...conditions].every((row) => row.status === 'same');
    return {
      channel,
      channelLabel: CHANNEL_LABELS[channel],
      left: pair.left && { routeId: pair.left.id, name: pair.left.name },
      right: pair.right && { routeId: pair.right.id, name: pair.right.name },
      status: oneSided(pair.left, pair.right) ?? (allSame ? 'same' : 'changed'),
      steps,
      conditions,
      totals: { left: pair.left ? limitTotal(leftSteps) : null, right: pair.right ? limitTotal(rightSteps) : null },
    };
  });
}
