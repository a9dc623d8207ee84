import { matchesApplicantRule, routeOffered } from '../regulation/applicant-rules.ts';
import type { Channel, Regulation, RegulationRoute } from '../regulation/schema.ts';

/**
 * Which route of a regulation an application takes. The schema keys routes by channel; where a channel has several
 * routes, the application's own data choose by each route's `appliesWhen` rule, which cites its seed line (social
 * payments by risk, seed 001 lines 1276-1284: regulations/aktobe-2016-285-social-risk-payments.json). A route that is
 * one reading of a contradiction is offered only while that reading is chosen (`reading`).
 */

type FormData = Readonly<Record<string, unknown>>;

export type RouteChoice =
  | { readonly ok: true; readonly route: RegulationRoute }
  | { readonly ok: false; readonly problem: 'channelNotOffered' }
  | { readonly ok: false; readonly problem: 'notForThisApplication'; readonly field: string; readonly value: string };

/**
 * A duplicate document is its own route where a regulation has one (Semipalatinsk: `office-duplicate`,
 * `state-corporation-duplicate`), chosen by the form's `request-type`.
 */
function byRequestType(routes: readonly RegulationRoute[], form: FormData): readonly RegulationRoute[] {
  if (!routes.some((r) => r.id.endsWith('-duplicate'))) return routes;
  const wantsDuplicate = form['request-type'] === 'duplicate';
  return routes.filter((r) => r.id.endsWith('-duplicate') === wantsDuplicate);
}

export function chooseRoute(regulation: Regulation, channel: Channel, form: FormData, readingOverrides: Readonly<Record<string, string>> = {}): RouteChoice {
  const onChannel = regulation.routes.filter((r) => r.channel === channel && routeOffered(regulation, r, readingOverrides));
  if (onChannel.length === 0) return { ok: false, problem: 'channelNotOffered' };
  const ruled = onChannel.find((r) => r.appliesWhen);
  const candidates = ruled ? onChannel.filter((r) => !r.appliesWhen || matchesApplicantRule(r.appliesWhen, form)) : byRequestType(onChannel, form);
  const route = candidates[0];
  if (!route) {
    const field = ruled?.appliesWhen?.anyOf[0]?.[0]?.field ?? 'request-type';
    return { ok: false, problem: 'notForThisApplication', field, value: String(form[field] ?? '-') };
  }
  return { ok: true, route };
}

export type AkimEligibility =
  | { readonly eligible: true }
  | { readonly eligible: false; readonly reason: 'providerAtResidence'; readonly providerId: string }
  | { readonly eligible: false; readonly reason: 'residenceUnknown' };

/**
 * Seed 001 line 866 (rural fuel assistance; TSA likewise): the akim of a settlement, village or rural district accepts
 * the application only "where there is no service provider at the place of residence" ("тұрғылықты жері бойынша
 * көрсетілетін қызметті беруші болмаған жағдайда"). A residence the persons database does not give down to the
 * locality cannot show that, so the akim route is not open to it.
 */
export function akimRouteEligibility(residenceLocality: string | null, providerIdsAtResidence: readonly string[]): AkimEligibility {
  if (residenceLocality === null) return { eligible: false, reason: 'residenceUnknown' };
  const providerId = providerIdsAtResidence[0];
  return providerId ? { eligible: false, reason: 'providerAtResidence', providerId } : { eligible: true };
}
