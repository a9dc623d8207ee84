import type { Regulation, RegulationRoute, RegulationStep } from '../regulation/schema.ts';
import { flowItemPool, stepPool, type Pool } from './route-participants.ts';

export type FlowItem = RegulationRoute['intakeFlow'][number];
export type RunsWhen = RegulationStep['runsWhen'];

/** What a route does, in order: the channel's intake processes and conditions, the steps, the applicant's receipt. */
export type RouteUnit =
  | { readonly kind: 'flowItem'; readonly pool: Pool; readonly item: FlowItem }
  | { readonly kind: 'steps'; readonly pool: Pool; readonly runsWhen: RunsWhen; readonly steps: readonly RegulationStep[] }
  | { readonly kind: 'receipt'; readonly pool: 'applicant' };

export function routeUnits(regulation: Regulation, route: RegulationRoute): RouteUnit[] {
  const units: RouteUnit[] = route.intakeFlow.map((item) => ({ kind: 'flowItem', pool: flowItemPool(item), item }));
  for (const stepId of route.steps) {
    const step = regulation.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`route ${route.id}: no step ${stepId}`);
    const pool = stepPool(step, route, regulation);
    const previous = units.at(-1);
    // Consecutive steps that run only after one outcome share one decision gateway.
    if (step.runsWhen !== 'always' && previous?.kind === 'steps' && previous.runsWhen === step.runsWhen && previous.pool === pool) {
      units[units.length - 1] = { ...previous, steps: [...previous.steps, step] };
    } else {
      units.push({ kind: 'steps', pool, runsWhen: step.runsWhen, steps: [step] });
    }
  }
  units.push({ kind: 'receipt', pool: 'applicant' });
  return units;
}
