import type { Regulation, RegulationRoute, RegulationStep } from '../regulation/schema.ts';

type FlowItem = RegulationRoute['intakeFlow'][number];

/** The pools of a route's collaboration, top to bottom. Only the pools a route uses are drawn. */
export const POOLS = ['applicant', 'portal', 'stateCorporation', 'gateway', 'informationSystems', 'ruralAkim', 'provider'] as const;
export type Pool = (typeof POOLS)[number];

/** Pools whose lanes are the staff roles performing their steps. */
export const POOLS_WITH_ROLE_LANES: ReadonlySet<Pool> = new Set(['ruralAkim', 'provider']);

const FLOW_ACTOR_POOLS: Readonly<Record<FlowItem['actor'], Pool>> = {
  applicant: 'applicant',
  portal: 'portal',
  scOperator: 'stateCorporation',
  gateway: 'gateway',
  provider: 'provider',
  // In the seeds a "system" item is a state database or registry answering through the gateway (ГБД ФЛ, АИС).
  system: 'informationSystems',
};

export function flowItemPool(item: FlowItem): Pool {
  return FLOW_ACTOR_POOLS[item.actor];
}

/**
 * Who performs a step. The schema gives a role, not an organization, so two rules decide:
 * - a State Corporation operator's step is the State Corporation's;
 * - on a rural-akim route, a staff step that no provider-office route of the regulation runs is done by the akim's
 *   office (Aktobe 2016: the akim's clerk, akim and executor decide, then the provider's clerk issues).
 */
export function stepPool(step: RegulationStep, route: RegulationRoute, regulation: Regulation): Pool {
  if (step.role === 'scOperator') return 'stateCorporation';
  if (route.channel === 'ruralAkim' && step.role !== 'system') {
    const officeSteps = new Set(regulation.routes.filter((r) => r.channel === 'providerOffice').flatMap((r) => r.steps));
    if (!officeSteps.has(step.id)) return 'ruralAkim';
  }
  return 'provider';
}
