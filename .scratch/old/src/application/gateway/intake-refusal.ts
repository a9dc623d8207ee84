import { AppError, type ErrorDetails } from '../../core/errors/app-error.ts';
import type { RegulationRoute } from '../../core/regulation/schema.ts';

type Check = NonNullable<RegulationRoute['intakeFlow'][number]['check']>;

/**
 * A failed channel condition answers with the regulation's own refusal message for it (each seed states one, e.g.
 * seed 000 line 774 for condition 2); `cause` names what exactly failed (CERTIFICATE_EXPIRED, SIGNER_IIN_MISMATCH…).
 * A route that states no such condition still refuses, with the cause's own message.
 */
export function refusedByCondition(route: RegulationRoute, check: Check, cause: string, logMessage: string, extra: ErrorDetails = {}): AppError {
  const condition = route.intakeFlow.find((item) => item.kind === 'condition' && item.check === check);
  if (!condition?.refusal) {
    if (check === 'authorization') return new AppError('CITIZEN_AUTHORIZATION_REFUSED', logMessage, { cause, ...extra });
    return new AppError('INTAKE_CONDITION_NOT_MET', logMessage, { conditionId: condition?.id ?? check, cause, ...extra });
  }
  const { message } = condition.refusal;
  return new AppError('INTAKE_REFUSED', `${condition.id}: ${logMessage}`, {
    conditionId: condition.id,
    conditionNumber: condition.number ?? 0,
    check,
    cause,
    refusalKk: message.kk,
    refusalRu: message.ru,
    refusalEn: message.en,
    ...extra,
  });
}
