import { fieldLabel } from '../i18n/field-labels.ts';
import { formatText, type Text } from '../i18n/text.ts';
import { ERROR_CODES, type ErrorClass, type ErrorCode } from './error-codes.ts';

export type ErrorDetails = Readonly<Record<string, string | number>>;

/**
 * The one error type of Qyzmet. `message` is for the log; `userMessage` (kk/ru/en) is for the person.
 * The HTTP status and the error class follow from the code, so a thrower cannot get them wrong.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, logMessage: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(logMessage, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].httpStatus;
  }

  get errorClass(): ErrorClass {
    return ERROR_CODES[this.code].errorClass;
  }

  /**
   * A `field` given as a machine path (`applicantIin`, `body.iin`) is named in words in every language
   * (field-labels.ts) unless the thrower named it already (`field_kk|ru|en`): no message shows a path (issue #17).
   */
  get userMessage(): Text {
    const field = this.details.field;
    const named = typeof field === 'string' && !('field_kk' in this.details) ? { ...this.details, ...labelled(field) } : this.details;
    return formatText(ERROR_CODES[this.code].userMessage, named);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

function labelled(path: string): ErrorDetails {
  const label = fieldLabel(path);
  return { field_kk: label.kk, field_ru: label.ru, field_en: label.en };
}
