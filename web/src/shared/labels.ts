import type { CaseStep, Regulation } from '../api/types.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

/** Short names for what the API gives as codes; an unknown code (a newer server) shows as itself. */
export const roleLabel = (i18n: I18n, role: string) => i18n.tDynamic(`role.${role}`, role);
export const statusLabel = (i18n: I18n, status: string) => i18n.tDynamic(`status.${status}`, status);
export const channelLabel = (i18n: I18n, channel: string) => i18n.tDynamic(`channel.${channel}`, channel);
export const issueMethodLabel = (i18n: I18n, method: string) => i18n.tDynamic(`issueMethod.${method}`, method);
export const stepStatusLabel = (i18n: I18n, status: string) => i18n.tDynamic(`stepStatus.${status}`, status);

/** A step's kind as a short name ("Decision"); the regulation's step id when the kind is unknown. */
export function stepKindLabel(i18n: I18n, kind: string | undefined, stepId: string): string {
  return kind ? i18n.tDynamic(`stepKind.${kind}`, stepId) : stepId;
}

/** A step by its id in the case's regulation: its kind's short name. */
export function stepLabel(i18n: I18n, regulation: Regulation | undefined, stepId: string, steps?: readonly CaseStep[]): string {
  const kind = steps?.find((s) => s.stepId === stepId)?.kind ?? regulation?.steps.find((s) => s.id === stepId)?.kind;
  return stepKindLabel(i18n, kind, stepId);
}

export function limitLabel(i18n: I18n, limit: { readonly value: number; readonly unit: string } | null): string {
  if (!limit) return i18n.t('time.noLimit');
  return i18n.tDynamic(`unit.${limit.unit}`, i18n.t('unit.other', { n: limit.value, unit: limit.unit }), { n: limit.value });
}

export function resultName(i18n: I18n, regulation: Regulation | undefined, resultId: string): string {
  const result = regulation?.results.find((r) => r.id === resultId);
  return result ? i18n.text(result.name) : resultId;
}

export function groundText(i18n: I18n, regulation: Regulation | undefined, groundId: string): string {
  const ground = regulation?.refusalGrounds.find((g) => g.id === groundId);
  return ground ? i18n.text(ground.text) : groundId;
}
