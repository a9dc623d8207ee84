import type { SqlExecutor } from '../adapters/db/database.ts';
import { latestReadingChoices, recordReadingChoice, type ReadingChoice } from '../adapters/db/reading-choice-store.ts';
import type { StaffMember } from '../core/org/staff-member.ts';
import { AppError } from '../core/errors/app-error.ts';
import { fieldValidationError } from '../core/errors/validation-reasons.ts';
import { chosenReading } from '../core/regulation/applicant-rules.ts';
import type { AppContext } from './app-context.ts';

/** The administrator's reading per contradiction of a version, by contradiction id (route-choice.ts reads it). */
export async function readingOverrides(db: SqlExecutor, regulationId: string): Promise<Record<string, string>> {
  return Object.fromEntries((await latestReadingChoices(db, regulationId)).map((c) => [c.contradictionId, c.readingId]));
}

/**
 * Every contradiction of a version with both readings, the routes that follow each, the definition's choice and the
 * one in force (an administrator's, where made): "show both readings, mark the chosen one" (issue #16).
 */
export async function regulationReadings(app: AppContext, regulationId: string) {
  const regulation = app.catalog.get(regulationId);
  const choices = await latestReadingChoices(app.db, regulationId);
  const overrides = Object.fromEntries(choices.map((c) => [c.contradictionId, c.readingId]));
  return {
    regulationId,
    contradictions: regulation.contradictions.map((c) => ({
      id: c.id,
      topic: c.topic,
      readings: c.readings.map((r) => ({
        id: r.id,
        summary: r.summary,
        source: r.source,
        routeIds: regulation.routes.filter((route) => route.reading?.contradictionId === c.id && route.reading.readingId === r.id).map((route) => route.id),
      })),
      definitionChoice: c.chosen,
      reason: c.reason,
      inForce: chosenReading(regulation, c.id, overrides) ?? c.chosen,
      administratorChoice: choices.find((choice) => choice.contradictionId === c.id) ?? null,
    })),
  };
}

/** An administrator chooses the reading of one contradiction for a version; applications filed from now on follow it. */
export async function chooseReading(app: AppContext, staff: StaffMember, regulationId: string, contradictionId: string, input: { readingId: string; reason: string }) {
  const regulation = app.catalog.get(regulationId);
  const contradiction = regulation.contradictions.find((c) => c.id === contradictionId);
  if (!contradiction) throw new AppError('NOT_FOUND', `${regulationId} has no contradiction ${contradictionId}`, { what: contradictionId });
  if (!contradiction.readings.some((r) => r.id === input.readingId)) {
    throw fieldValidationError('body.readingId', { code: 'invalid_value', params: { values: contradiction.readings.map((r) => r.id) } }, `${contradictionId} has no reading ${input.readingId}`);
  }
  const choice: ReadingChoice = { contradictionId, readingId: input.readingId, chosenBy: staff.id, chosenAt: app.clock().toISOString(), reason: input.reason };
  await recordReadingChoice(app.db, regulationId, choice);
  return regulationReadings(app, regulationId);
}
