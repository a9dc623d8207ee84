import createClient, { type Middleware } from 'openapi-fetch';
import { apiLanguage } from '../api/client.ts';
import type { paths } from '../api/schema.d.ts';
import type { CitizenSession } from '../api/types.ts';

/**
 * The portal's client: the same generated client as the staff areas (openapi-fetch over schema.d.ts), with the
 * citizen's session. A citizen is not staff, so the session is kept apart from the staff session of the shared
 * client, in sessionStorage (gone when the tab closes).
 */
const STORAGE_KEY = 'qyzmet.portal.session';

export type { CaseDetail, CaseSummary, CatalogService, CitizenRead, CitizenSession, ContactPreferences, PortalNotification } from '../api/types.ts';

export function readPortalSession(): CitizenSession | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as CitizenSession) : null;
  } catch {
    return null;
  }
}

export function writePortalSession(session: CitizenSession | null): void {
  if (session) globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
  else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
}

let onPortalUnauthenticated: () => void = () => {};

/** What the portal does when the server no longer knows the citizen's session (expired, signed out elsewhere). */
export function setPortalUnauthenticatedHandler(handler: () => void): void {
  onPortalUnauthenticated = handler;
}

const citizenSession: Middleware = {
  onRequest({ request }) {
    const token = readPortalSession()?.token;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', apiLanguage());
    return request;
  },
  onResponse({ request, response }) {
    // Issue #17: an expired session ended only the call, and the header still said "signed in"; now it ends the
    // session in the portal too, which shows the sign-in with the reason and comes back to this page afterwards.
    if (response.status === 401 && request.headers.has('Authorization') && !new URL(request.url).pathname.startsWith('/api/portal/sign-in')) onPortalUnauthenticated();
    return response;
  },
};

export const portalApi = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
portalApi.use(citizenSession);
