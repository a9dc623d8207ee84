import type { Language, LocalizedText } from '../i18n/languages.ts';
import type { ErrorBody } from './types.ts';

/**
 * An error answer of the API: `{ error: { code, message, messages: {kk, ru, en}, details } }`. The screens show
 * `messages[language]`, so switching the language re-renders the error in the new one.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText | null;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(status: number, body: unknown) {
    const error = isErrorBody(body) ? body.error : null;
    super(error ? `${error.code}: ${error.message}` : `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = error?.code ?? `HTTP_${status}`;
    this.messages = error?.messages ?? null;
    this.details = error?.details ?? {};
  }

  messageIn(language: Language): string | null {
    return this.messages?.[language] ?? null;
  }

  /** The form field the error names (`applicantIin`, `formData.phone`), without the `body.` of schema errors. */
  get field(): string | null {
    const field = this.details.field;
    return typeof field === 'string' ? field.replace(/^body\./, '') : null;
  }
}

/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'messages' in error;
}

export const isVersionConflict = (error: unknown): boolean => error instanceof ApiError && error.code === 'VERSION_CONFLICT';
