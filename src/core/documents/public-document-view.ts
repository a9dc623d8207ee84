import type { StaffRole } from '../case/actor.ts';
import type { Text } from '../i18n/text.ts';
import type { ResultDocument } from './assemble-result-document.ts';

/**
 * What the public check shows a third party (an employer, a bank, a court) about a result document: what it is, who
 * issued and signed it, when, and whose it is only as far as telling it apart from a namesake — initials and the last
 * four IIN digits. No full IIN, name, phone or form field (issue #14, finding 3: those go only to the applicant and
 * to staff who may see the case).
 */
export interface PublicDocumentView {
  readonly verificationCode: string;
  readonly kind: ResultDocument['kind'];
  readonly title: Text;
  readonly number: string;
  readonly date: string;
  readonly provider: Text;
  readonly service: Text;
  readonly applicant: { readonly initials: string; readonly iinLast4: string };
}

/** "Серікбаев Данияр Ерланұлы" → "С. Д. Е.": the first letter of each part of the name. */
export function initialsOf(fullName: string): string {
  return fullName
    .split(/[\s-]+/)
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => `${[...part.replace(/^[^\p{L}]+/u, '')][0]?.toUpperCase() ?? ''}.`)
    .join(' ');
}

export function publicDocumentView(document: ResultDocument): PublicDocumentView {
  const named = document.applicant.fullName !== document.applicant.iin;
  return {
    verificationCode: document.verificationCode,
    kind: document.kind,
    title: document.title,
    number: document.number,
    date: document.date,
    provider: document.provider,
    service: document.service,
    applicant: { initials: named ? initialsOf(document.applicant.fullName) : '', iinLast4: document.applicant.iin.slice(-4) },
  };
}

/** The signer's position as the public check and the PDF print it, from the role the signer held when signing. */
export const SIGNER_POSITIONS: Readonly<Partial<Record<StaffRole, Text>>> = {
  head: { kk: 'Көрсетілетін қызметті берушінің басшысы', ru: 'Руководитель услугодателя', en: 'Head of the service provider' },
  executor: { kk: 'Жауапты орындаушы', ru: 'Ответственный исполнитель', en: 'Responsible executor' },
  clerk: { kk: 'Кеңсе қызметкері', ru: 'Сотрудник канцелярии', en: 'Office clerk' },
  scOperator: { kk: 'Мемлекеттік корпорация операторы', ru: 'Оператор Государственной корпорации', en: 'State Corporation operator' },
  supervisor: { kk: 'Бақылаушы', ru: 'Куратор', en: 'Supervisor' },
  admin: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
};

export function signerPositionOf(role: string | null): Text | null {
  return role ? (SIGNER_POSITIONS[role as StaffRole] ?? null) : null;
}
