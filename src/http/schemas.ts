import { z } from 'zod';
import { CASE_STATUSES, ISSUE_METHODS } from '../core/case/case-events.ts';
import { ZText } from '../core/regulation/schema.ts';
import { FAMILY_RELATIONS } from '../core/ports/persons-registry.ts';

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      messages: ZText,
      details: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  })
  .meta({ id: 'ErrorResponse' });

export const errorResponses = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
  413: ZErrorResponse,
  414: ZErrorResponse,
  415: ZErrorResponse,
  422: ZErrorResponse,
};

export const ZLanguageQuery = z.object({ lang: z.enum(['kk', 'ru', 'en']).optional() });

const ZResultStep = z
  .object({
    stepId: z.string(),
    role: z.string(),
    limit: z.object({ value: z.number(), unit: z.string() }).nullable(),
    dueAt: z.string().nullable(),
    source: z.object({ seed: z.string(), line: z.number() }),
  })
  .nullable();

const ZCaseResult = z.object({
  resultId: z.string(),
  resultType: z.enum(['document', 'payment']),
  name: ZText,
  preparedBy: ZResultStep,
  issuedBy: ZResultStep.describe('The step that hands a document over; null for a payment, which its payer transfers'),
  deliveredBy: z.enum(ISSUE_METHODS).nullable(),
  payment: z
    .object({ payer: z.enum(['stateCorporation']), destination: z.enum(['personalAccount', 'controlAccount']), whenPaid: ZText, source: z.object({ seed: z.string(), line: z.number() }) })
    .nullable(),
  issued: z.object({ resultId: z.string(), method: z.enum(ISSUE_METHODS) }).nullable(),
});

const ZStepView = z.object({
  stepId: z.string(),
  role: z.string(),
  kind: z.string(),
  status: z.enum(['pending', 'open', 'done', 'skipped']),
  openedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  completedBy: z.string().nullable(),
  overdue: z.boolean(),
  extendedReason: z.string().nullable(),
  action: ZText.nullable(),
  limit: z.object({ value: z.number(), unit: z.string() }).nullable(),
});

export const ZCaseView = z
  .object({
    id: z.string(),
    version: z.number().int().describe('Send it back as expectedVersion with the next command.'),
    regulationId: z.string(),
    service: z.object({ code: z.string(), name: ZText }),
    routeId: z.string(),
    channel: z.string(),
    providerId: z.string(),
    applicant: z.object({ iin: z.string(), fullName: z.string().nullable() }),
    formData: z.record(z.string(), z.unknown()),
    status: z.enum(CASE_STATUSES),
    filedAt: z.string(),
    filingMode: z
      .enum(['inForce', 'demonstration'])
      .nullable()
      .describe('Filed under a version in force on the filing date, or in demonstration mode (the version was not in force); null for cases filed before it was recorded'),
    overallDueAt: z.string().nullable(),
    overallRemainingMinutes: z.number().nullable(),
    closedAt: z.string().nullable(),
    journalNumber: z.string().nullable(),
    executorId: z.string().nullable(),
    executor: z
      .object({ id: z.string(), fullName: z.string(), role: z.string() })
      .nullable()
      .optional()
      .describe('The responsible executor by full name and role (answers about one case to its staff; the desk leaves it out)'),
    decision: z
      .object({ outcome: z.enum(['positive', 'refusal']), resultId: z.string(), groundId: z.string().optional(), reasonText: z.string().optional() })
      .nullable(),
    issuedVia: z.enum(ISSUE_METHODS).nullable(),
    resultIds: z.array(z.string()).describe("The results the decision yields; each is issued (a case is completed only when all are)"),
    issuedResults: z.array(z.object({ resultId: z.string(), method: z.enum(ISSUE_METHODS) })),
    issueMethods: z.array(z.enum(ISSUE_METHODS)).describe("How this route may issue the results: the channel and the regulation's form of the result (paper-only results never by e-mail or to the cabinet)"),
    results: z
      .array(ZCaseResult)
      .describe("Each result as the regulation plans it: a document or a payment, who prepares it and who hands it over (with the case's due times), and whether it was issued"),
    reading: z
      .object({ contradictionId: z.string(), readingId: z.string() })
      .nullable()
      .describe("The reading of a contradiction in the regulation's text this route follows (the handbook shows both readings)"),
    openStep: z
      .object({ stepId: z.string(), role: z.string(), kind: z.string(), dueAt: z.string().nullable(), remainingMinutes: z.number().nullable() })
      .nullable(),
    rework: z
      .object({ stepId: z.string(), reason: z.string(), returnedBy: z.string(), returnedAt: z.string() })
      .nullable()
      .describe("The head's return for rework while the reopened step is open: why, by whom, when"),
    termExtension: z
      .object({
        allowed: z
          .object({ value: z.number(), unit: z.string(), when: ZText, roles: z.array(z.string()), source: z.object({ seed: z.string(), line: z.number(), quote: z.string() }).loose() })
          .nullable()
          .describe('How far, when and by whom the regulation lets the whole service term be extended, with its seed line; null where it does not'),
        made: z
          .object({ reason: z.string(), extendedBy: z.string(), extendedAt: z.string(), value: z.number(), unit: z.string() })
          .nullable()
          .describe('The extension made on this case: why, by whom, when, by how much'),
      })
      .describe('Extension of the whole service term (POST /api/cases/{caseId}/term-extension)'),
    steps: z.array(ZStepView),
  })
  .meta({ id: 'Case' });

/** A person as the persons database holds them: answered by the registry lookup and the desk's applicant lookup. */
const ZPersonName = z.object({ surname: z.string(), givenName: z.string(), patronymic: z.string().nullable() });

export const ZPersonView = z
  .object({
    iin: z.string(),
    name: z.object({ kk: ZPersonName, ru: ZPersonName }),
    birthDate: z.string().describe('YYYY-MM-DD'),
    sex: z.enum(['male', 'female']),
    citizenship: z.string().describe('ISO 3166-1 alpha-3; XXA = stateless'),
    address: z.object({ region: z.string(), district: z.string().nullable(), locality: z.string().nullable(), line: z.string().nullable() }),
    deathDate: z.string().nullable(),
    family: z.array(z.object({ relation: z.enum(FAMILY_RELATIONS).describe("the relative's relation to this person"), iin: z.string(), fullName: z.string().nullable() })).readonly(),
  })
  .meta({ id: 'Person' });

/** What every notification carries, a staff member's (GET /api/notifications) and a citizen's (GET /api/portal/notifications). */
export const notificationFields = {
  id: z.string(),
  caseId: z.string().nullable(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
};
