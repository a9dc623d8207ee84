import createClient, { type Middleware } from 'openapi-fetch';
import type { Language } from '../i18n/languages.ts';
import { ApiError, NetworkError } from './api-error.ts';
import type { paths } from './schema.d.ts';

/**
 * The one API client: openapi-fetch typed by the generated schema (schema.d.ts), same origin as the app. The
 * session and the language reach every request through a middleware; a 401 outside sign-in ends the session.
 */
let bearerToken: string | null = null;
let language: Language = 'kk';
let onUnauthenticated: () => void = () => {};

export function setApiToken(token: string | null): void {
  bearerToken = token;
}

export function setApiLanguage(next: Language): void {
  language = next;
}

/** The language the app speaks now (Accept-Language of every call, the portal's client too). */
export function apiLanguage(): Language {
  return language;
}

export function onApiUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

/** For the area clients that call fetch themselves (the desk): their 401 ends the session the same way. */
export function reportUnauthenticated(): void {
  if (bearerToken) onUnauthenticated();
}

const sessionAndLanguage: Middleware = {
  onRequest({ request }) {
    if (bearerToken) request.headers.set('Authorization', `Bearer ${bearerToken}`);
    request.headers.set('Accept-Language', language);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && bearerToken && !new URL(request.url).pathname.endsWith('/api/auth/sign-in')) onUnauthenticated();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(sessionAndLanguage);

interface FetchResult<Data> {
  readonly data?: Data;
  readonly error?: unknown;
  readonly response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiError (an error answer) or NetworkError. */
export async function unwrap<Data>(call: Promise<FetchResult<Data>>): Promise<Data> {
  let result: FetchResult<Data>;
  try {
    result = await call;
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as Data;
}
