import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { cardForReferral } from '../../core/registries/labour-market.ts';
import type { RegulationStep, StepCheck } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from '../registries/registries.ts';

type Predicate = (app: AppContext, executor: SqlExecutor, state: CaseState) => Promise<boolean>;

/**
 * The named predicates a regulation's step checks may use (schema.ts STEP_CHECK_PREDICATES), each read from the
 * registry it names. `labourMarketCardExists`: seed 003 lines 397-399, the executor checks in the "Labour market"
 * AIS that the applicant has an individual card as a job seeker or unemployed person.
 */
const PREDICATES: Readonly<Record<StepCheck['predicate'], Predicate>> = {
  labourMarketCardExists: async (app, executor, state) => cardForReferral(await registriesOf(app).labourMarket(executor).openCards(state.applicant.iin)) !== null,
};

/** Evaluates a step's named checks for a case; the engine bars a positive decision on any that fails. */
export async function evaluateStepChecks(app: AppContext, executor: SqlExecutor, state: CaseState, step: RegulationStep): Promise<Record<string, boolean>> {
  const results: Record<string, boolean> = {};
  for (const check of step.checks) results[check.id] = await PREDICATES[check.predicate](app, executor, state);
  return results;
}
