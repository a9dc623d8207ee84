import { z } from 'zod';

/**
 * A regulation version as data. Stored JSON: a change here may need every file in regulations/ to change with it,
 * so bump REGULATION_SCHEMA_VERSION on a breaking change.
 */
export const REGULATION_SCHEMA_VERSION = 1;

export const ZText = z.strictObject({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });

export const ZIsoDate = z.iso.date();

/** A quote may span at most this many lines after its first (blank lines of the PDF conversion included). */
export const MAX_QUOTE_SPAN_LINES = 5;

/**
 * Where a figure or rule comes from: the seed file, the 1-based line and a literal quote found on that line. The PDF
 * conversion splits some sentences over lines (seed 003 lines 451/455: "(жиырма" … "минуттан аспайды)"); `endLine`
 * then names the last line and the quote is found in the lines `line`..`endLine` joined by spaces.
 */
export const ZSourceRef = z
  .strictObject({
    // A seed file, or a text an administrator uploaded (issue #20: upload_<SHA-256 prefix>.txt, stored in the database).
    seed: z.string().regex(/^(\d{3}|upload)_[0-9a-f]{16}\.txt$/, 'a seed file name such as 000_88b275066dc75452.txt, or an uploaded text upload_<16 hex>.txt'),
    line: z.number().int().positive(),
    endLine: z.number().int().positive().optional(),
    quote: z.string().min(3),
  })
  .refine((s) => s.endLine === undefined || (s.endLine > s.line && s.endLine - s.line <= MAX_QUOTE_SPAN_LINES), {
    message: 'endLine must follow line, at most 5 lines later',
    path: ['endLine'],
  });

/**
 * Facts the seeds do not give (documents, fields, grounds, terms left to the Standards) are ours: `qyzmetDefault`
 * marks them so an administrator knows what to check and change.
 */
export const ZProvenance = z.discriminatedUnion('origin', [
  z.strictObject({ origin: z.literal('seed'), source: ZSourceRef, otherSources: z.array(ZSourceRef).optional() }),
  z.strictObject({ origin: z.literal('qyzmetDefault'), note: z.string().min(1) }),
]);

export const LIMIT_UNITS = ['minutes', 'hours', 'workingDays', 'calendarDays', 'months'] as const;
export const ZLimitUnit = z.enum(LIMIT_UNITS);

/** The moment a limit counts from. Semipalatinsk decisions count from the application's registration (seed 001). */
export const ZLimitAnchor = z.enum(['stepStart', 'caseFiled', 'caseRegistered']);

/** How far, and when, the regulation lets a limit be extended (Semipalatinsk: +1 month for an extra inquiry). */
export const ZLimitExtension = z.strictObject({
  value: z.number().positive(),
  unit: ZLimitUnit,
  when: z.string().min(1),
  source: ZSourceRef,
});

export const ZLimit = z.strictObject({
  value: z.number().positive(),
  unit: ZLimitUnit,
  countsFrom: ZLimitAnchor.default('stepStart'),
  /** Seed 002 (State Corporation table): "the days of receiving and issuing documents are not counted". */
  receiptDayNotCounted: z.boolean().default(false),
  /**
   * Seed 002 line 261: "құжаттарды қабылдау және беру күндері ... мерзіміне енбейді" — the day of issue is not counted
   * either: a day-counted term then ends with the next working day, the day the result is handed over.
   */
  issueDayNotCounted: z.boolean().default(false),
  extension: ZLimitExtension.optional(),
  source: ZSourceRef,
  otherSources: z.array(ZSourceRef).optional(),
});

/** Roles are closed: authorization keys on them. An akim's office uses clerk/head/executor of its own organization. */
export const ROLES = ['clerk', 'head', 'executor', 'scOperator', 'system'] as const;
export const ZRole = z.enum(ROLES);

/**
 * What a step does decides which command completes it and what that command carries:
 * - register: the clerk enters the application in the incoming journal (a journal number);
 * - assignExecutor: the head's resolution names a responsible executor;
 * - decide: the executor prepares the result or a reasoned refusal (and registers in the registry);
 * - prepareDocument: the executor prepares a further document after the decision (e.g. a certificate);
 * - sign: the signer certifies the prepared document with an EDS;
 * - issue: the result reaches the applicant;
 * - forward: a hand-over with nothing to enter (State Corporation intake, dispatch);
 * - automatic: a system action the engine completes at once.
 */
export const STEP_KINDS = [
  'register',
  'assignExecutor',
  'decide',
  'prepareDocument',
  'sign',
  'issue',
  'forward',
  'automatic',
] as const;
export const ZStepKind = z.enum(STEP_KINDS);

export const ZId = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'an id of letters, digits and dashes starting with a lower-case letter');

/**
 * How a result reaches the applicant (the issue step's input). `accountTransfer` is a payment result's: the State
 * Corporation transfers the money to the applicant's account (seed 001 lines 236-240); no document method serves it.
 */
export const ISSUE_METHODS = ['inPerson', 'personalCabinet', 'email', 'post', 'stateCorporation', 'accountTransfer'] as const;
export const ZIssueMethod = z.enum(ISSUE_METHODS);

/**
 * One condition on the application's data (a form field). A rule (`ZApplicantRule`) is any of several all-of groups,
 * so "not loss of job and not (loss of ability to work first set)" (seed 001 lines 1278-1284) is data, not code.
 */
export const ZFormCondition = z
  .strictObject({
    field: ZId,
    equals: z.union([z.string(), z.boolean()]).optional(),
    notEquals: z.union([z.string(), z.boolean()]).optional(),
    oneOf: z.array(z.string()).min(1).optional(),
  })
  .refine((c) => [c.equals, c.notEquals, c.oneOf].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of equals, notEquals, oneOf',
  });

/** When a route or a result applies, from the applicant's data, with the seed line that says so. */
export const ZApplicantRule = z.strictObject({
  anyOf: z.array(z.array(ZFormCondition).min(1)).min(1),
  source: ZSourceRef,
  otherSources: z.array(ZSourceRef).optional(),
});

/**
 * Checks a step makes beyond the four fixed intake conditions: a named predicate an adapter evaluates, and the refusal
 * ground that follows when it fails (seed 003 lines 397-399: the executor checks that the applicant has an individual
 * card in the "Labour market" AIS). A failed check bars a positive decision at that step.
 */
export const STEP_CHECK_PREDICATES = ['labourMarketCardExists'] as const;
export const ZStepCheck = z.strictObject({
  id: ZId,
  predicate: z.enum(STEP_CHECK_PREDICATES),
  text: ZText,
  /** The refusal ground the executor gives when the check fails (one of the regulation's refusalGrounds). */
  refusalGroundId: ZId,
  source: ZSourceRef,
});

export const ZStep = z.strictObject({
  id: ZId,
  role: ZRole,
  kind: ZStepKind,
  action: ZText,
  /** null where the regulation gives no time for the step; `limitNote` then says why. */
  limit: ZLimit.nullable(),
  limitNote: z.string().optional(),
  /** A step that only follows one outcome (e.g. a certificate drawn up only after a positive decision). */
  runsWhen: z.enum(['always', 'positiveDecision', 'refusalDecision']).default('always'),
  /** What this step hands on to the next one (the regulation's "result of the procedure"). */
  handsOn: ZText.optional(),
  informationSystems: z.array(ZId).default([]),
  /** Named checks this step makes (a decide step: they bar a positive decision when they fail). */
  checks: z.array(ZStepCheck).default([]),
  /**
   * Where the regulation says how this step hands the result over: an issue step then offers only this method, and an
   * automatic step records the issue itself (seed 000 line 623: "направляется ... в «личный кабинет»").
   */
  deliversTo: z.strictObject({ method: ZIssueMethod, source: ZSourceRef }).optional(),
  /**
   * Where the regulation names the ways a hand-over step gives the result to the applicant, those ways and no others
   * (seed 002 lines 120 and 231: the department employee hands it over "in person or by sending it to the applicant's
   * e-mail"; lines 144 and 286: the PSC employee likewise).
   */
  issueMethods: z.strictObject({ methods: z.array(ZIssueMethod).min(1), source: ZSourceRef, otherSources: z.array(ZSourceRef).optional() }).optional(),
  source: ZSourceRef,
});

export const CHANNELS = ['providerOffice', 'stateCorporation', 'portal', 'ruralAkim', 'otherAuthority'] as const;
export const ZChannel = z.enum(CHANNELS);

/** Conditions of the channel flows: each failed one ends the flow with its own refusal message. */
export const CONDITION_CHECKS = ['authorization', 'signature', 'personInRegistry', 'documentsComplete'] as const;
export const ZConditionCheck = z.enum(CONDITION_CHECKS);

export const ZFlowItem = z.strictObject({
  id: ZId,
  kind: z.enum(['process', 'condition']),
  /** The number the regulation gives the item ("процесс 3", "условие 2"); null for an unnumbered pre-step. */
  number: z.number().int().positive().nullable(),
  actor: z.enum(['applicant', 'portal', 'scOperator', 'gateway', 'provider', 'system']),
  text: ZText,
  limit: ZLimit.nullable(),
  check: ZConditionCheck.optional(),
  /**
   * The refusal branch of a condition: its message and, where the seed gives that branch its own time, its limit
   * (seed 001 lines 146 and 156: process 4 "cannot obtain data" and process 7 "refusal message", "(2 минут ішінде)").
   */
  refusal: z.strictObject({ message: ZText, limit: ZLimit.optional(), source: ZSourceRef }).optional(),
  source: ZSourceRef,
});


/**
 * The form the regulation gives the result ("нәтижесін ұсыну нысаны": seed 001 line 242 "қағаз түрінде" — on paper;
 * line 87 "электрондық немесе қағаз түрінде" — electronic or paper). A paper-only result cannot be issued by e-mail
 * or to the personal cabinet (issue-methods.ts).
 */
export const RESULT_FORMS = ['paper', 'electronic', 'paperOrElectronic'] as const;
export const ZResultForm = z.strictObject({ value: z.enum(RESULT_FORMS), provenance: ZProvenance });

/**
 * The form of the service itself ("мемлекеттік қызметті көрсету нысаны" / "форма оказания государственной услуги"),
 * which the seeds state apart from the form of the result: on paper (seed 001 line 226), electronic partly automated
 * and/or on paper (seed 001 line 83, seed 000 line 537), electronic fully automated and/or on paper (seed 001 line 355),
 * or an electronic service partly automated, with a media gap (seed 002 line 63). A paper service has no portal route.
 */
export const SERVICE_FORMS = ['paper', 'electronicPartlyAutomatedOrPaper', 'electronicFullyAutomatedOrPaper', 'electronicPartlyAutomated'] as const;
export const ZServiceForm = z.strictObject({ value: z.enum(SERVICE_FORMS), source: ZSourceRef, otherSources: z.array(ZSourceRef).optional() });

export const ZRoute = z.strictObject({
  id: ZId,
  channel: ZChannel,
  name: ZText,
  /** The provider-side steps this route runs, in order. */
  steps: z.array(ZId).min(1),
  /** The channel's own numbered processes and conditions, run when the application is submitted. */
  intakeFlow: z.array(ZFlowItem).default([]),
  /** When the route applies only to some applicants (e.g. no provider at the place of residence). */
  eligibility: z.strictObject({ rule: z.enum(['noProviderAtResidence']), source: ZSourceRef }).optional(),
  /**
   * Where a positive decision yields several result documents at once (Semipalatinsk: the decision AND the
   * certificate, seed 001 lines 232-234), all of them, in order: each is produced, signed and issued. Absent: the
   * executor chooses one positive result.
   */
  resultIds: z.array(ZId).min(1).optional(),
  /** The applicants this route serves, from their data (social payments by risk, seed 001 lines 1276-1284). */
  appliesWhen: ZApplicantRule.optional(),
  /**
   * A route that is one reading of a contradiction (`contradictions[].readings[].id`): offered only while that reading
   * is chosen, so the other reading stays visible and an administrator can switch to it.
   */
  reading: z.strictObject({ contradictionId: ZId, readingId: ZId }).optional(),
  source: ZSourceRef,
});

/**
 * A payment result (seed 001 lines 236-240: "at the State Corporation: payment of the compensation by transfer to the
 * applicant's personal account" / "to the control accounts of cash" of applicants serving a sentence): who pays, to
 * which account, and what fixes the date (the payment schedule of lines 269 and 309, not in the seeds).
 */
export const ZPayment = z.strictObject({
  payer: z.enum(['stateCorporation']),
  destination: z.enum(['personalAccount', 'controlAccount']),
  whenPaid: ZText,
  source: ZSourceRef,
  otherSources: z.array(ZSourceRef).optional(),
});

export const ZResult = z
  .strictObject({
    id: ZId,
    kind: z.enum(['positive', 'refusal']),
    /** A document is produced, signed and issued; a payment is transferred by its payer (`payment`). */
    resultType: z.enum(['document', 'payment']).default('document'),
    name: ZText,
    /** The document template the result is printed with. */
    template: ZId,
    /** The step that prepares the result where it is not the decision itself (Semipalatinsk's certificate, line 265). */
    preparedAt: ZId.optional(),
    /** Only for applicants whose data match (the control account only for those serving a sentence, line 240). */
    appliesWhen: ZApplicantRule.optional(),
    payment: ZPayment.optional(),
    source: ZSourceRef,
  })
  .refine((r) => (r.resultType === 'payment') === (r.payment !== undefined), {
    message: 'a payment result has payment, a document has none',
    path: ['payment'],
  });

export const ZRefusalGround = z.strictObject({ id: ZId, text: ZText, provenance: ZProvenance });

export const ZFormField = z.strictObject({
  id: ZId,
  label: ZText,
  type: z.enum(['text', 'date', 'iin', 'bin', 'phone', 'email', 'select', 'boolean', 'number', 'period']),
  required: z.boolean(),
  options: z.array(z.strictObject({ id: ZId, label: ZText })).optional(),
  provenance: ZProvenance,
});

export const ZRequiredDocument = z.strictObject({
  id: ZId,
  name: ZText,
  required: z.boolean(),
  provenance: ZProvenance,
});

export const ZInformationSystem = z.strictObject({ id: ZId, name: ZText, source: ZSourceRef });

/** Where the seeds say two things, both readings stay visible and one is chosen, with the reason; all three texts in kk, ru, en. */
export const ZContradiction = z.strictObject({
  id: ZId,
  topic: ZText,
  readings: z.array(z.strictObject({ id: ZId, summary: ZText, source: ZSourceRef })).min(2),
  chosen: ZId,
  reason: ZText,
});

export const ZActRef = z.strictObject({ date: ZIsoDate, number: z.string().min(1), title: z.string().optional() });

/**
 * When an act applies, as the act says it. `calendarDaysAfterFirstPublication` (seed 001 line 50, seed 003 line 44,
 * seed 000 line 49) and `calendarDaysAfterPublication` (seed 002 line 21) count `days` from the day after the
 * publication; `onFirstPublication` applies on that day (seed 000 line 5, the kk reading of repealing resolution 73);
 * `unknown` where the seed does not say (repealing resolution 233, seed 002 lines 9 and 11; the Akmola act, seed 004).
 */
export const ENTRY_INTO_FORCE_RULES = ['onRegistration', 'onFirstPublication', 'calendarDaysAfterFirstPublication', 'calendarDaysAfterPublication', 'unknown'] as const;
export const ZEntryIntoForceRule = z.enum(ENTRY_INTO_FORCE_RULES);

/** One reading of a repealing act's entry-into-force clause; two where the seed's languages disagree (seed 000 lines 5, 467). */
export const ZEntryIntoForceReading = z.strictObject({
  rule: ZEntryIntoForceRule,
  days: z.number().int().nonnegative().optional(),
  source: ZSourceRef.optional(),
});

export const ZAct = z.strictObject({
  issuer: ZText,
  /** The kind of act, a code of regulations/reference/act-kinds.json (checked at load): every seed act is an akimat resolution. */
  kind: ZId,
  date: ZIsoDate,
  /**
   * True where the seed holds no act at all (seed 004, Akmola): `date` is then only the earliest the act can be, and
   * nothing is known of its registration, publication or repeal, so it is never certainly in force.
   */
  placeholder: z.boolean().default(false),
  number: z.string().min(1),
  justiceRegistration: z.strictObject({ date: ZIsoDate, number: z.string().min(1), by: ZText }).nullable(),
  amends: z
    .array(ZActRef.extend({ change: z.enum(['newEdition', 'addition', 'deletion']) }))
    .default([]),
  repealedBy: ZActRef.extend({
    /** The day the repeal took effect, where a source gives it; otherwise it is computed from the readings below. */
    effectiveFrom: ZIsoDate.nullable(),
    /** The repealing act's justice registration and first publication, where known. */
    registeredOn: ZIsoDate.nullable().default(null),
    firstPublicationDate: ZIsoDate.nullable().default(null),
    /** How the repealing act enters into force (its footnote in the seed); `unknown` where the seed does not say. */
    entryIntoForce: z.array(ZEntryIntoForceReading).min(1).default([{ rule: 'unknown' }]),
    note: z.string().optional(),
  }).nullable(),
  entryIntoForce: z.strictObject({
    rule: ZEntryIntoForceRule,
    days: z.number().int().nonnegative().optional(),
    /** Null where the seeds do not say when the act was first published. */
    firstPublicationDate: ZIsoDate.nullable(),
    source: ZSourceRef,
  }),
  source: ZSourceRef,
});

export const REGIONS = ['zhambyl', 'kyzylorda', 'aktobe', 'northKazakhstan', 'akmola'] as const;
export const ZRegion = z.enum(REGIONS);

/**
 * Where the regulation lets the whole service term be extended (seed 001 lines 271 and 311: "the term of the state
 * service is extended by 1 (one) month where an additional inquiry or inspection is needed to decide"): by how much,
 * when, who may extend it (`roles`; the seed names nobody, so that is `rolesProvenance`), with its citation. Once per
 * case, before the decision; the overall due time and the decision's due time move by it.
 */
export const ZTermExtension = z.strictObject({
  value: z.number().positive(),
  unit: ZLimitUnit,
  when: ZText,
  roles: z.array(ZRole).min(1),
  rolesProvenance: ZProvenance,
  source: ZSourceRef,
  otherSources: z.array(ZSourceRef).optional(),
});

export const ZRegulation = z.strictObject({
  schema: z.literal(REGULATION_SCHEMA_VERSION),
  /** Stable id of this regulation version; cases store it. */
  id: ZId,
  service: z.strictObject({
    code: ZId,
    name: ZText,
    description: ZText.optional(),
    standard: z.string().optional(),
    /**
     * Who may receive the service, where the regulation says it (seed 002 line 81: individuals — citizens of Kazakhstan,
     * oralmans, foreigners and stateless persons permanently resident in Kazakhstan). Elsewhere the Standard says it.
     */
    recipients: z.strictObject({ text: ZText, source: ZSourceRef }).optional(),
    source: ZSourceRef,
  }),
  region: ZRegion,
  /** A district within the region, where the act is a district akimat's (seed 002, Tainsha). */
  district: z.string().optional(),
  act: ZAct,
  provider: z.strictObject({ name: ZText, source: ZSourceRef }),
  steps: z.array(ZStep).min(1),
  routes: z.array(ZRoute).min(1),
  results: z.array(ZResult).min(1),
  /** The form of the service, where the regulation states it (every seed regulation does). */
  serviceForm: ZServiceForm.nullable().default(null),
  resultForm: ZResultForm,
  refusalGrounds: z.array(ZRefusalGround).default([]),
  formFields: z.array(ZFormField).default([]),
  requiredDocuments: z.array(ZRequiredDocument).default([]),
  informationSystems: z.array(ZInformationSystem).default([]),
  /** The overall term where a regulation states one; otherwise the sum of the step limits is planned. */
  totalTerm: ZLimit.nullable().default(null),
  /** Extension of the whole service term, where the regulation allows one (seed 001 line 271). */
  termExtension: ZTermExtension.nullable().default(null),
  contradictions: z.array(ZContradiction).default([]),
  notes: z.array(z.string()).default([]),
});

export type Regulation = z.infer<typeof ZRegulation>;
export type RegulationStep = z.infer<typeof ZStep>;
export type RegulationRoute = z.infer<typeof ZRoute>;
export type Limit = z.infer<typeof ZLimit>;
export type LimitUnit = z.infer<typeof ZLimitUnit>;
export type Role = z.infer<typeof ZRole>;
export type StepKind = z.infer<typeof ZStepKind>;
export type Channel = z.infer<typeof ZChannel>;
export type SourceRef = z.infer<typeof ZSourceRef>;
export type RegionCode = z.infer<typeof ZRegion>;
export type Act = z.infer<typeof ZAct>;
export type IssueMethod = z.infer<typeof ZIssueMethod>;
export type ResultForm = z.infer<typeof ZResultForm>['value'];
export type ServiceForm = z.infer<typeof ZServiceForm>['value'];
export type RegulationResult = z.infer<typeof ZResult>;
export type ApplicantRule = z.infer<typeof ZApplicantRule>;
export type StepCheck = z.infer<typeof ZStepCheck>;
export type TermExtension = z.infer<typeof ZTermExtension>;
