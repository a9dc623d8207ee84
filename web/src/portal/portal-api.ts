import { ApiError, NetworkError } from '../api/api-error.ts';
import type { FormField } from '../api/types.ts';
import type { LocalizedText } from '../i18n/languages.ts';

/**
 * The portal's calls. The citizen's session is its own (a citizen is not staff), so it is kept apart from the staff
 * session of the shared client, in sessionStorage (gone when the tab closes).
 */
const STORAGE_KEY = 'qyzmet.portal.session';

export interface CitizenSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly citizen: { readonly iin: string; readonly fullName: string; readonly region: string };
}

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

export async function portalCall<T>(method: 'GET' | 'POST' | 'PUT', path: string, language: string, body?: unknown): Promise<T> {
  const token = readPortalSession()?.token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        'accept-language': language,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  // Issue #17: an expired session ended only the call, and the header still said "signed in"; now it ends the session
  // in the portal too, which shows the sign-in with the reason and comes back to this page afterwards.
  if (response.status === 401 && token && !path.startsWith('/api/portal/sign-in')) onPortalUnauthenticated();
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed as T;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export interface CatalogService {
  readonly regulationId: string;
  readonly serviceCode: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText | null;
  readonly repealed: boolean;
  readonly totalTerm: { readonly value: number; readonly unit: string } | null;
  readonly requiredDocuments: readonly { readonly id: string; readonly name: LocalizedText; readonly required: boolean }[];
  readonly formFields: readonly FormField[];
}

export interface CaseSummary {
  readonly caseId: string;
  readonly regulationId: string;
  readonly serviceName: LocalizedText;
  readonly status: CaseStatus;
  readonly filedAt: string;
  readonly closedAt: string | null;
}

export type CaseStatus = 'received' | 'inWork' | 'completed' | 'refused';

export interface CaseDetail extends CaseSummary {
  readonly overallDueAt: string | null;
  readonly statusHistory: readonly { readonly status: CaseStatus; readonly at: string }[];
  readonly steps: readonly { readonly stepId: string; readonly action: LocalizedText | null; readonly status: string; readonly openedAt: string | null; readonly dueAt: string | null; readonly completedAt: string | null }[];
  readonly refusal: { readonly groundId: string; readonly ground: LocalizedText | null; readonly reasonText: string } | null;
  readonly results: readonly {
    readonly resultId: string;
    readonly resultType: 'document' | 'payment';
    readonly name: LocalizedText;
    readonly payment: { readonly payer: string; readonly destination: 'personalAccount' | 'controlAccount'; readonly whenPaid: LocalizedText } | null;
    readonly issued: { readonly method: string } | null;
  }[];
  readonly resultDocument: { readonly verificationCode: string; readonly kind: string; readonly signedAt: string } | null;
  readonly attachments: readonly { readonly id: string; readonly fileName: string }[];
  readonly survey: { readonly answered: boolean; readonly available: boolean };
}

export interface PortalNotification {
  readonly id: string;
  readonly caseId: string | null;
  readonly payload: { readonly status?: CaseStatus; readonly regulationId?: string };
  readonly createdAt: string;
  readonly readAt: string | null;
  /** The notice in words: the service, the case number and what to do next (issue #17). */
  readonly message: { readonly subject: LocalizedText; readonly body: LocalizedText } | null;
  readonly deliveries: readonly { readonly channel: 'email' | 'sms'; readonly status: 'pending' | 'sent'; readonly sentAt: string | null }[];
}

/** Where notices reach the citizen besides the cabinet (GET/PUT /api/portal/contact-preferences). */
export interface ContactPreferences {
  readonly email: string | null;
  readonly phone: string | null;
  readonly emailEnabled: boolean;
  readonly smsEnabled: boolean;
  readonly language: 'kk' | 'ru' | 'en';
  readonly phoneOnRecord?: string | null;
}
