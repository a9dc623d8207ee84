import type { ApplicantRule, Regulation, RegulationRoute } from './schema.ts';

type FormData = Readonly<Record<string, unknown>>;

/** Whether one of the rule's all-of groups holds for the application's data. A missing field matches nothing but `notEquals`. */
export function matchesApplicantRule(rule: ApplicantRule, form: FormData): boolean {
  return rule.anyOf.some((group) =>
    group.every((condition) => {
      const value = form[condition.field];
      if (condition.equals !== undefined) return value === condition.equals;
      if (condition.notEquals !== undefined) return value !== condition.notEquals;
      return typeof value === 'string' && (condition.oneOf ?? []).includes(value);
    }),
  );
}

/**
 * The reading of a contradiction in force for a version: the definition's `chosen`, unless an administrator chose
 * another of its readings (`overrides`, keyed by contradiction id).
 */
export function chosenReading(regulation: Pick<Regulation, 'contradictions'>, contradictionId: string, overrides: Readonly<Record<string, string>> = {}): string | null {
  const contradiction = regulation.contradictions.find((c) => c.id === contradictionId);
  if (!contradiction) return null;
  const override = overrides[contradictionId];
  return override !== undefined && contradiction.readings.some((r) => r.id === override) ? override : contradiction.chosen;
}

/** A route that is one reading of a contradiction is offered only while that reading is chosen. */
export function routeOffered(regulation: Pick<Regulation, 'contradictions'>, route: RegulationRoute, overrides: Readonly<Record<string, string>> = {}): boolean {
  if (!route.reading) return true;
  return chosenReading(regulation, route.reading.contradictionId, overrides) === route.reading.readingId;
}
