import { AppError } from '../errors/app-error.ts';
import type { Language, Text } from '../i18n/text.ts';
import { checkFormData, type CheckedFields, type FormDataIssue } from './form-data.ts';
import type { Channel, Regulation } from './schema.ts';

/** A required document of the regulation with nothing attached for it. */
export interface MissingDocument {
  readonly id: string;
  readonly name: Text;
}

export interface IntakeProblems {
  readonly fields: readonly FormDataIssue[];
  readonly documents: readonly MissingDocument[];
  /** How the documents reach the provider: uploaded (portal, desk) or handed over on paper (office); absent = uploaded. */
  readonly carrier?: DocumentCarrier;
}

export type DocumentCarrier = 'upload' | 'paper';

/**
 * How each channel's documents reach the provider. The portal and the State Corporation desk upload scans, checked by
 * the sender before the message leaves (submit-through-gateway.ts); at an office (the provider's, the rural akim's,
 * another authority's) the applicant hands over the paper originals and the clerk ticks them, so a filing there is
 * always checked against that list — a list left out means nothing was handed over (issue #17).
 */
const CARRIER_BY_CHANNEL: Readonly<Record<Channel, DocumentCarrier>> = {
  portal: 'upload',
  stateCorporation: 'upload',
  providerOffice: 'paper',
  ruralAkim: 'paper',
  otherAuthority: 'paper',
};

export function documentCarrierOf(channel: Channel): DocumentCarrier {
  return CARRIER_BY_CHANNEL[channel];
}

const MISSING_DOCUMENT: Readonly<Record<DocumentCarrier, Text>> = {
  upload: { kk: 'құжат тіркелмеген', ru: 'не приложен документ', en: 'document not attached' },
  paper: { kk: 'құжат тапсырылмаған', ru: 'не сдан документ', en: 'document not handed over' },
};

/**
 * What an application lacks before it may be signed and accepted: the regulation's required fields and consents
 * (form-data.ts) and — where the channel carries the documents as uploads (portal, State Corporation desk) — every
 * required document (`requiredDocuments[].required`) against the uploads or, at the provider's office, against the
 * paper originals the clerk ticked (`carrier: 'paper'`). `attachedDocumentIds` null checks only the form.
 */
export function intakeProblems(regulation: CheckedFields & { readonly requiredDocuments: ReadonlyArray<Pick<Regulation['requiredDocuments'][number], 'id' | 'name' | 'required'>> }, formData: Readonly<Record<string, unknown>>, attachedDocumentIds: ReadonlySet<string> | null, carrier: DocumentCarrier = 'upload'): IntakeProblems {
  const fields = checkFormData(regulation, formData);
  const documents = attachedDocumentIds === null ? [] : regulation.requiredDocuments.filter((d) => d.required && !attachedDocumentIds.has(d.id)).map((d) => ({ id: d.id, name: d.name }));
  return { fields, documents, carrier };
}

const LANGS: readonly Language[] = ['kk', 'ru', 'en'];

/** Every missing or wrong item in one line of a language (the server's refusal and the browser's check say the same). */
export function intakeItemsText(problems: IntakeProblems, language: Language): string {
  const fields = problems.fields.map((f) => `«${f.label[language]}» — ${f.reason[language]}`);
  const documents = problems.documents.map((d) => `«${d.name[language]}»`);
  const documentsLine = documents.length === 0 ? [] : [`${MISSING_DOCUMENT[problems.carrier ?? 'upload'][language]}: ${documents.join(', ')}`];
  return [...fields, ...documentsLine].join('; ');
}

/**
 * The one refusal for an incomplete or wrongly filled application, naming every missing or wrong item by its label in
 * each language (APPLICATION_INCOMPLETE, 422); null when nothing is wrong. `missingFields` and `missingDocuments`
 * keep the machine ids for clients that mark the items on the form.
 */
export function intakeRefusal(problems: IntakeProblems): AppError | null {
  if (problems.fields.length === 0 && problems.documents.length === 0) return null;
  const details: Record<string, string> = {
    missingFields: problems.fields.map((f) => f.field).join(','),
    missingDocuments: problems.documents.map((d) => d.id).join(','),
  };
  // The first wrong field, so a form can put the message at it and move the focus there (web ApiError.field).
  const first = problems.fields[0];
  if (first) details.field = `formData.${first.field}`;
  for (const language of LANGS) details[`items_${language}`] = intakeItemsText(problems, language);
  return new AppError('APPLICATION_INCOMPLETE', `application incomplete: ${intakeItemsText(problems, 'en')}`, details);
}
