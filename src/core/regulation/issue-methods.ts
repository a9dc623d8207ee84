import { handOverStep } from './result-plan.ts';
import type { Channel, IssueMethod, Regulation, RegulationResult, RegulationRoute, ResultForm } from './schema.ts';

/**
 * How a route may hand its results over, from the channel and the regulation's form of the result:
 * - the channel: a State Corporation route issues at the State Corporation (its specialist hands the result over,
 *   e.g. seed 001 line 315), a portal route to the personal cabinet; the provider's office and a rural akim hand it
 *   over in person, by post, by e-mail or to the cabinet;
 * - the form: a result the regulation gives only on paper (seed 001 lines 226 and 242, Semipalatinsk: "қағаз түрінде")
 *   is never issued by e-mail or to the personal cabinet; an electronic-only result is never posted.
 */
const BY_CHANNEL: Readonly<Record<Channel, readonly IssueMethod[]>> = {
  providerOffice: ['inPerson', 'post', 'email', 'personalCabinet'],
  ruralAkim: ['inPerson', 'post', 'email', 'personalCabinet'],
  otherAuthority: ['inPerson', 'post', 'email', 'personalCabinet'],
  stateCorporation: ['stateCorporation'],
  portal: ['personalCabinet', 'inPerson'],
};

const ELECTRONIC_ONLY: readonly IssueMethod[] = ['email', 'personalCabinet'];

function allowedByForm(form: ResultForm, method: IssueMethod): boolean {
  if (form === 'paper') return !ELECTRONIC_ONLY.includes(method);
  if (form === 'electronic') return method !== 'post';
  return true;
}

export function allowedIssueMethods(regulation: Pick<Regulation, 'resultForm'>, route: Pick<RegulationRoute, 'channel'>): IssueMethod[] {
  return BY_CHANNEL[route.channel].filter((method) => allowedByForm(regulation.resultForm.value, method));
}

/**
 * How one result may be handed over on a route: a payment only by its payer's transfer (seed 001 lines 236-240);
 * a document by the route's methods, narrowed to the one the regulation names for the route's hand-over step where it
 * names one (`deliversTo`: Kyzylorda's portal clerk sends the result "to the personal cabinet", seed 003 lines 472-474),
 * or to the ways it lists for that step (`issueMethods`: Tainsha's "in person or by e-mail", seed 002 lines 231, 286).
 */
export function allowedIssueMethodsFor(regulation: Regulation, route: RegulationRoute, result: Pick<RegulationResult, 'resultType'> | undefined): IssueMethod[] {
  if (result?.resultType === 'payment') return ['accountTransfer'];
  const handOver = handOverStep(regulation, route);
  // The ways the regulation names for this hand-over replace the channel's defaults (seed 002 line 286: the PSC
  // employee hands the result over in person or e-mails it), still narrowed by the form of the result.
  if (handOver?.issueMethods) return handOver.issueMethods.methods.filter((method) => allowedByForm(regulation.resultForm.value, method));
  const byRoute = allowedIssueMethods(regulation, route);
  const named = handOver?.deliversTo?.method;
  return named ? byRoute.filter((method) => method === named) : byRoute;
}
