import { findContactPreferences, phoneOnRecord, saveContactPreferences, type ContactPreferences } from '../../adapters/db/notification-store.ts';
import type { AppContext } from '../app-context.ts';
import type { Citizen } from '../../core/org/citizen.ts';

/**
 * Where the citizen wants their notices besides the cabinet (which always keeps them): e-mail to the address they give
 * in the cabinet, SMS to their phone (the persons database's number until they give another). Nothing is sent
 * outside the cabinet until they choose.
 */
export async function contactPreferencesOf(app: AppContext, citizen: Citizen): Promise<ContactPreferences & { phoneOnRecord: string | null }> {
  const [saved, phone] = await Promise.all([findContactPreferences(app.db, citizen.iin), phoneOnRecord(app.db, citizen.iin)]);
  return { ...(saved ?? { email: null, phone, emailEnabled: false, smsEnabled: false, language: 'kk' }), phoneOnRecord: phone };
}

export async function changeContactPreferences(app: AppContext, citizen: Citizen, preferences: ContactPreferences): Promise<ContactPreferences & { phoneOnRecord: string | null }> {
  await saveContactPreferences(app.db, citizen.iin, preferences, app.clock());
  return contactPreferencesOf(app, citizen);
}
