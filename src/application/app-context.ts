import type { DeadlineCalculator } from '../core/calendar/deadline-calculator.ts';
import type { Database } from '../adapters/db/database.ts';
import type { Provider } from '../adapters/db/provider-store.ts';
import type { RegulationCatalog } from './regulation-catalog.ts';
import type { StepEffect } from './cases/step-effect.ts';
import type { SignatureVerifier } from '../core/ports/signature-verifier.ts';
import type { PkiPublication } from '../core/ports/pki-publication.ts';
import type { CalendarSource } from './calendar/calendar-source.ts';

/** What the use cases need from the outside world; the HTTP layer, the CLI and the tests each build one. */
export interface AppContext {
  readonly db: Database;
  readonly catalog: RegulationCatalog;
  /** The clock. Tests pass a fixed or stepped one; nothing below reads Date.now() itself. */
  readonly clock: () => Date;
  /** The working calendar a provider's deadlines are computed in (its hours, its region's time zone). */
  readonly calendarFor: (provider: Provider) => DeadlineCalculator;
  /** The working calendar data in force (administrators edit it; see calendar-versions.ts). */
  readonly calendar: CalendarSource;
  readonly newId: () => string;
  readonly sessionHours: number;
  /** Work done inside a step's transaction besides the case itself (registry updates); see step-effect.ts. */
  readonly stepEffects: readonly StepEffect[];
  /** Checks EDS signatures (condition 2); null where verification is switched off (QYZMET_EDS_VERIFICATION=off). */
  readonly signatureVerifier: SignatureVerifier | null;
  /** The demo CA's CRL, OCSP responder and certificates served under /pki/; absent when Qyzmet runs no CA. */
  readonly pkiPublication?: PkiPublication | null;
}
