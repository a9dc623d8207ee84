import type { components, paths } from './schema.d.ts';

/** Names for the generated OpenAPI types the screens use (schema.d.ts is generated: `npm run gen:api`). */
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Staff = components['schemas']['Staff'];
export type CaseView = components['schemas']['Case'];
export type CaseStep = CaseView['steps'][number];
export type CaseStatus = CaseView['status'];
export type IssueMethod = NonNullable<CaseView['issuedVia']>;
export type InboxItem = components['schemas']['InboxItem'];
export type ErrorBody = components['schemas']['ErrorResponse'];
export type CaseEvent = JsonOf<paths['/api/cases/{caseId}/history']['get']['responses'][200]>[number];
export type Regulation = JsonOf<paths['/api/regulations/{regulationId}']['get']['responses'][200]>;
export type RegulationSummary = JsonOf<paths['/api/regulations']['get']['responses'][200]>[number];
export type FormField = Regulation['formFields'][number];
export type Executor = JsonOf<paths['/api/executors']['get']['responses'][200]>[number];
export type SignInResult = JsonOf<paths['/api/auth/sign-in']['post']['responses'][200]>;
export type ReceiveApplicationBody = paths['/api/cases']['post']['requestBody']['content']['application/json'];
export type CompleteStepBody = paths['/api/cases/{caseId}/steps']['post']['requestBody']['content']['application/json'];
export type JournalEntry = components['schemas']['JournalEntry'];
export type IncomingJournal = components['schemas']['IncomingJournal'];
export type CaseSearchItem = components['schemas']['CaseSearchItem'];
export type Person = components['schemas']['Person'];
export type LabourMarketHistory = components['schemas']['LabourMarketHistory'];
export type RegistryRecord = components['schemas']['RegistryRecord'];
export type RegistryVocabulary = components['schemas']['RegistryVocabulary'];

// The citizen portal's answers (src/http/routes/portal/portal.types.ts).
export type CitizenSession = components['schemas']['CitizenSession'];
export type CatalogService = components['schemas']['PortalService'];
export type CaseSummary = components['schemas']['PortalCaseSummary'];
export type CaseDetail = components['schemas']['PortalCaseDetail'];
export type PortalNotification = components['schemas']['CitizenNotification'];
export type ContactPreferences = components['schemas']['ContactPreferences'];
export type CitizenRead = components['schemas']['CitizenReadEntry'];
