import type { RegistryEntry } from '../../../core/case/case-events.ts';
import type { StepEffectContext } from '../../cases/step-effect.ts';
import type { Registries } from '../registries.ts';

/** The decision a step records: the executor's (decide) or the one it follows (prepareDocument). */
export interface StepDecision {
  readonly outcome: 'positive' | 'refusal';
  readonly resultId: string;
  readonly groundId: string | null;
}

/** Everything a registry action needs: the step's context, the registries, and what was decided when. */
export interface RegistryWork extends Omit<StepEffectContext, 'decision'> {
  readonly registries: Registries;
  readonly decision: StepDecision | null;
  /** The registry written to (the regulation's information system, e.g. `ais-employment`). */
  readonly registry: string;
  /** The decision date in the provider's time zone, YYYY-MM-DD. */
  readonly today: string;
}

export interface EffectOutcome {
  readonly registryEntries?: readonly RegistryEntry[];
}

export function recorded(work: RegistryWork, action: string, recordId: string): EffectOutcome {
  return { registryEntries: [{ registry: work.registry, action, recordId }] };
}

export function textField(formData: Readonly<Record<string, unknown>>, ...ids: string[]): string | null {
  for (const id of ids) {
    const value = formData[id];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

export function numberField(formData: Readonly<Record<string, unknown>>, id: string): number | null {
  const value = formData[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
