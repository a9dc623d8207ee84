import type { AppContext } from '../../../application/app-context.ts';
import { changeContactPreferences, contactPreferencesOf } from '../../../application/notifications/contact-preferences.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZContactPreferences, ZContactPreferencesInput } from './contact-preferences.types.ts';
import { requireCitizen } from './submitter.ts';

/** Issue #17: the citizen chooses where notices reach them besides the cabinet (e-mail, SMS) and gives the address. */
export function registerContactPreferenceRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/portal/contact-preferences',
    { schema: { tags: ['portal'], summary: 'Where notices reach the citizen besides the cabinet: e-mail, SMS, the language', security: [{ bearer: [] }], response: { 200: ZContactPreferences, ...errorResponses } } },
    async (request) => contactPreferencesOf(ctx, await requireCitizen(ctx, request)),
  );

  app.put(
    '/api/portal/contact-preferences',
    {
      schema: {
        tags: ['portal'],
        summary: 'Choose the channels of notices (the cabinet always keeps them) and give the e-mail address and phone',
        security: [{ bearer: [] }],
        body: ZContactPreferencesInput,
        response: { 200: ZContactPreferences, ...errorResponses },
      },
    },
    async (request) => changeContactPreferences(ctx, await requireCitizen(ctx, request), request.body),
  );
}
