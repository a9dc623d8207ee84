import type { Channel, Regulation, RegulationRoute } from '../regulation/schema.ts';

/**
 * Which route of a regulation an application takes. The schema keys routes by channel; where a channel has several
 * routes, the application's own data chooses (the schema cannot say how, so the rules are here, per service).
 */

type FormData = Readonly<Record<string, unknown>>;

/**
 * Social payments by risk (seed 001, last regulation, lines 1276-1284), by the route ids of
 * regulations/aktobe-2016-285-social-risk-payments.json:
 * - State Corporation: every risk; loss of ability to work only when the degree is already set, loss of job only with
 *   a certificate of registration as unemployed (line 1278);
 * - the department: loss of job on obtaining unemployed status (line 1280);
 * - the Committee's territorial unit: loss of ability to work when the degree is first set (line 1282);
 * - the portal: loss of job and child care to age one (line 1284).
 */
const SOCIAL_RISK_ROUTES: Readonly<Record<string, (form: FormData) => boolean>> = {
  department: (f) => f['social-risk'] === 'loss-of-job',
  'state-corporation-job-loss': (f) => f['social-risk'] === 'loss-of-job' && f['has-unemployed-certificate'] === true,
  'state-corporation-other-risks': (f) =>
    f['social-risk'] !== 'loss-of-job' && !(f['social-risk'] === 'loss-of-ability-to-work' && f['disability-degree-first-set'] === true),
  'committee-unit': (f) => f['social-risk'] === 'loss-of-ability-to-work' && f['disability-degree-first-set'] === true,
  'portal-job-loss': (f) => f['social-risk'] === 'loss-of-job',
  'portal-child-care': (f) => f['social-risk'] === 'child-care',
};

/** Services whose routes are chosen by a form field, with the rule per route id. */
const ROUTE_RULES_BY_SERVICE: Readonly<Record<string, Readonly<Record<string, (form: FormData) => boolean>>>> = {
  'social-risk-payments': SOCIAL_RISK_ROUTES,
};

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

export function chooseRoute(regulation: Regulation, channel: Channel, form: FormData): RouteChoice {
  const onChannel = regulation.routes.filter((r) => r.channel === channel);
  if (onChannel.length === 0) return { ok: false, problem: 'channelNotOffered' };
  const rules = ROUTE_RULES_BY_SERVICE[regulation.service.code];
  const candidates = rules ? onChannel.filter((r) => rules[r.id]?.(form) ?? false) : byRequestType(onChannel, form);
  const route = candidates[0];
  if (!route) {
    const field = rules ? 'social-risk' : 'request-type';
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
