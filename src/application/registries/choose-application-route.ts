import { providersAtLocality } from '../../adapters/db/provider-locations-store.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { PersonRecord } from '../../core/ports/persons-registry.ts';
import { akimRouteEligibility, chooseRoute } from '../../core/registries/route-choice.ts';
import type { Channel, Regulation, RegulationRoute } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { readingOverrides } from '../regulation-readings.ts';

/**
 * The route an application takes: by channel, then by its data where a channel has several routes (social payments by
 * risk, duplicate documents), then the route's eligibility (the akim route only where no provider is at the place of
 * residence, from the persons database's address).
 */
export async function chooseApplicationRoute(
  app: AppContext,
  regulation: Regulation,
  channel: Channel,
  formData: Readonly<Record<string, unknown>>,
  person: PersonRecord | null,
): Promise<RegulationRoute> {
  // Where the text reads two ways, the route of the reading in force: the definition's, or the administrator's. Only
  // then are the administrator's choices read: a channel none of whose routes is one reading needs none (issue #19).
  const readingsMatter = regulation.routes.some((route) => route.channel === channel && route.reading);
  const choice = chooseRoute(regulation, channel, formData, readingsMatter ? await readingOverrides(app.db, regulation.id) : {});
  if (!choice.ok) {
    if (choice.problem === 'channelNotOffered') throw new AppError('CHANNEL_NOT_OFFERED', `${regulation.id} has no ${channel} route`, { channel });
    throw new AppError('ROUTE_NOT_FOR_APPLICATION', `${regulation.id}: no ${channel} route for ${choice.field}=${choice.value}`, { channel, field: choice.field, value: choice.value });
  }
  if (choice.route.eligibility?.rule === 'noProviderAtResidence') {
    const address = person?.address ?? null;
    const providers = address?.locality ? await providersAtLocality(app.db, { region: address.region, district: address.district, locality: address.locality }) : [];
    const eligibility = akimRouteEligibility(address?.locality ?? null, providers);
    if (!eligibility.eligible) {
      if (eligibility.reason === 'residenceUnknown') throw new AppError('RESIDENCE_UNKNOWN', `no locality for ${person?.iin ?? 'unknown person'}`);
      throw new AppError('AKIM_ROUTE_NOT_ELIGIBLE', `provider ${eligibility.providerId} has an office at ${address?.locality}`, { providerId: eligibility.providerId });
    }
  }
  return choice.route;
}
