import type { CaseState } from '../case/case-state.ts';
import { formatText, type Text } from '../i18n/text.ts';
import type { Regulation } from '../regulation/schema.ts';
import { GENERIC_PARAGRAPH, LEGAL_EQUIVALENCE_NOTE, TEMPLATE_PARAGRAPHS } from './document-texts.ts';
import { type DocumentFacts, templateFields } from './template-fields.ts';
import { verificationCodeOf } from './verification-code.ts';

/** A result document as data: what is signed (its canonical bytes), printed and shown on the verification page. */
export interface ResultDocument {
  readonly schema: 1;
  readonly verificationCode: string;
  readonly caseId: string;
  readonly regulationId: string;
  readonly templateId: string;
  readonly kind: 'positive' | 'refusal';
  readonly number: string;
  /** ISO date of the decision, in the provider's region. */
  readonly date: string;
  readonly provider: Text;
  readonly title: Text;
  readonly service: Text;
  readonly applicant: { readonly fullName: string; readonly iin: string };
  readonly fields: ReadonlyArray<{ readonly label: Text; readonly value: Text }>;
  readonly body: Text;
  readonly legalNote: Text;
}

export interface AssembleInput {
  readonly state: CaseState;
  readonly regulation: Regulation;
  readonly providerName: Text;
  /** The ISO date of the decision as the provider's calendar sees it. */
  readonly decisionDate: string;
  /** What the registries wrote for the case (certificate flags, the referral); none for most templates. */
  readonly facts?: DocumentFacts;
  /** The server's secret the verification code is derived with (verification-code.ts). */
  readonly codeKey: Uint8Array;
  /**
   * Which of the case's result documents (a decision may yield several, seed 001 lines 232-234); the decision's own
   * result by default. Each document has its own code, number, bytes and signature.
   */
  readonly resultId?: string;
  /** The document's place among the case's documents (1-based); the second and later get it in their number. */
  readonly documentIndex?: number;
}

type FormField = Regulation['formFields'][number];

function sameInEveryLanguage(text: string): Text {
  return { kk: text, ru: text, en: text };
}

function formValue(field: FormField, value: unknown): Text {
  if (field.type === 'select') return field.options?.find((o) => o.id === value)?.label ?? sameInEveryLanguage(String(value));
  if (value && typeof value === 'object' && 'from' in value && 'to' in value) return sameInEveryLanguage(`${String(value.from)} — ${String(value.to)}`);
  return sameInEveryLanguage(String(value));
}

/** Builds the document of a decided case. Pure: the same case always gives the same document (and bytes). */
export function assembleResultDocument({ state, regulation, providerName, decisionDate, facts = {}, codeKey, resultId, documentIndex = 1 }: AssembleInput): ResultDocument {
  const decision = state.decision;
  if (!decision) throw new Error(`case ${state.id} has no decision to document`);
  const wanted = resultId ?? decision.resultId;
  const result = regulation.results.find((r) => r.id === wanted);
  if (!result) throw new Error(`regulation ${regulation.id} has no result ${wanted}`);
  const ground = decision.outcome === 'refusal' ? regulation.refusalGrounds.find((g) => g.id === decision.groundId) : undefined;
  const applicantName = state.applicant.fullName ?? state.applicant.iin;
  const placeholders = (language: keyof Text) => ({
    applicant: applicantName,
    iin: state.applicant.iin,
    service: regulation.service.name[language],
    result: result.name[language],
    decisionDate,
    ground: ground?.text[language] ?? '',
    reason: decision.outcome === 'refusal' ? decision.reasonText : '',
  });
  const template = TEMPLATE_PARAGRAPHS[result.template] ?? GENERIC_PARAGRAPH;
  const body: Text = {
    kk: formatText(template, placeholders('kk')).kk,
    ru: formatText(template, placeholders('ru')).ru,
    en: formatText(template, placeholders('en')).en,
  };
  return {
    schema: 1,
    verificationCode: verificationCodeOf(codeKey, state.id, result.id),
    caseId: state.id,
    regulationId: regulation.id,
    templateId: result.template,
    kind: result.kind,
    number: `${state.journalNumber ?? state.id.slice(0, 8)}/${result.kind === 'refusal' ? 'Б' : 'Н'}${documentIndex > 1 ? `-${documentIndex}` : ''}`,
    date: decisionDate,
    provider: providerName,
    title: result.name,
    service: regulation.service.name,
    applicant: { fullName: applicantName, iin: state.applicant.iin },
    fields: [
      ...templateFields(result.template, facts),
      ...regulation.formFields
        .filter((field) => state.formData[field.id] !== undefined && field.type !== 'boolean')
        .map((field) => ({ label: field.label, value: formValue(field, state.formData[field.id]) })),
    ],
    body,
    legalNote: LEGAL_EQUIVALENCE_NOTE,
  };
}
