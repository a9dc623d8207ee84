import type { MessageKey, MessageValues } from '../i18n/translate.ts';

/** A message for the next screen (e.g. "application received" after the form moves to the case). */
export interface Flash {
  readonly key: MessageKey;
  readonly values?: MessageValues;
  readonly tone: 'success' | 'warning' | 'info';
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}
