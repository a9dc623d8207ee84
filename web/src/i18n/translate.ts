import type { Language } from './languages.ts';
import { en, type MessageKey } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

/** The catalogs: every person-facing string of the web app, keyed alike in the three languages. */
export const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { kk, ru, en };

export type { MessageKey };
export type MessageValues = Readonly<Record<string, string | number>>;

/** The `{name}` placeholders of a message, sorted (the catalog test checks the languages agree). */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(message: string, values: MessageValues = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  return fill(CATALOGS[language][key], values);
}

/** For keys built from API values (a new step kind, status or event type): the key if the catalog has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
