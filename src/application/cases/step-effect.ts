import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { Decision, RegistryEntry } from '../../core/case/case-events.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import type { Regulation, RegulationStep } from '../../core/regulation/schema.ts';

export interface StepEffectContext {
  readonly tx: SqlExecutor;
  /** The case before the step. */
  readonly state: CaseState;
  readonly regulation: Regulation;
  readonly step: RegulationStep;
  /** The step's input, already parsed and accepted by the engine. */
  readonly input: Readonly<Record<string, unknown>>;
  /** What a decide step decided (the engine's decision, before it is recorded); null for other kinds. */
  readonly decision: Decision | null;
  readonly staff: StaffMember;
  readonly provider: Provider;
  readonly now: Date;
}

/**
 * Work a step does outside the case, in the same transaction: if it throws, the step does not happen. What it
 * returns is written into the case history (e.g. the executor's registration in the "Labour market" AIS). Effects run
 * at the step kinds that may do registry work (core/registries/registry-actions.ts `REGISTRY_STEP_KINDS`).
 */
export type StepEffect = (context: StepEffectContext) => Promise<{ readonly registryEntries?: readonly RegistryEntry[] }>;
