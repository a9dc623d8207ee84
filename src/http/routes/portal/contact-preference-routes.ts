import type { AppContext } from '../../../application/app-context.ts';
import { changeContactPreferences, contactPreferencesOf } from '../../../application/notifications/contact-preferences.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZContactPreferences, ZContactPreferencesInput } from './contact-preferences.types.ts';

const preferences = { url: '/api/portal/contact-preferences', tag: 'portal', caller: 'citizen', response: ZContactPreferences } as const;

/** Issue #17: the citizen chooses where notices reach them besides the cabinet (e-mail, SMS) and gives the address. */
export function registerContactPreferenceRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route({ ...preferences, method: 'GET', summary: 'Where notices reach the citizen besides the cabinet: e-mail, SMS, the language' }, ({ actor }) => contactPreferencesOf(ctx, actor));
  route(
    { ...preferences, method: 'PUT', summary: 'Choose the channels of notices (the cabinet always keeps them) and give the e-mail address and phone', body: ZContactPreferencesInput },
    ({ actor, body }) => changeContactPreferences(ctx, actor, body),
  );
}
