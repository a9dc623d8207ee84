import type { GatewaySystemKeys } from '../adapters/gateway/system-keys.ts';
import type { DeadlineCalculator } from '../core/calendar/deadline-calculator.ts';
import type { Database } from '../adapters/db/database.ts';
import type { Provider } from '../core/org/provider.ts';
import type { RegulationCatalog } from './regulation-catalog.ts';
import type { StepEffect } from './cases/step-effect.ts';
import type { SignatureVerifier } from '../core/ports/signature-verifier.ts';
import type { PkiPublication } from '../core/ports/pki-publication.ts';
import type { CalendarSource } from './calendar/calendar-source.ts';
import type { NotificationSender } from '../core/ports/notification-sender.ts';
import type { GatewayEnvelopeCheck } from '../core/gateway/envelope.ts';
import type { FilingPolicy } from '../core/regulation/filing-policy.ts';
import type { RegulationImporter } from '../core/importer/import-contract.ts';
import type { PublishedCatalogState } from './publishing/published-catalog.ts';
import type { IntakeGroupCommit } from './cases/intake-group-commit.ts';

/** What the use cases need from the outside world; the HTTP layer, the CLI and the tests each build one. */
export interface AppContext {
  readonly db: Database;
  /**
   * Where reads that may be a few seconds stale go (QYZMET_READ_DATABASE_URL: a standby): the supervisor dashboard and
   * the public document check. Commands, inboxes and everything a person just changed read `db`, the primary.
   * The same object as `db` when no read database is configured (and always on PGlite).
   */
  readonly readDb: Database;
  readonly catalog: RegulationCatalog;
  /** Issue #20: keeps `catalog` equal to the published versions in the database, in every process (published-catalog.ts). */
  readonly publishedCatalog?: PublishedCatalogState;
  /** Issue #20: turns an uploaded regulation text into drafts; the composition passes the real importer, tests a fixed one. */
  readonly regulationImporter?: RegulationImporter;
  /** Issue #20: reduces an uploaded HTML page (as adilet.zan.kz serves it) to the text lines the importer reads; the composition passes the importer's HTML adapter. */
  readonly regulationTextOfHtml?: (html: string) => string;
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
  /** Sends one-time codes and notices by SMS or e-mail; absent → the local outbox (notification_outbox table). */
  readonly notificationSender?: NotificationSender;
  /** Where the public reaches Qyzmet (QYZMET_PUBLIC_URL, no trailing slash): the base of every printed link and QR. */
  readonly publicUrl: string;
  /** The secret verification codes are derived with (HMAC); kept in the data directory. */
  readonly documentCodeKey: Uint8Array;
  /** The gateway systems' signing keys, the same in every process of one server (adapters/gateway/system-keys.ts). */
  readonly gatewayKeys: (now: Date) => Promise<GatewaySystemKeys>;
  /** QYZMET_GATEWAY_ENVELOPE_CHECK (core/gateway/envelope.ts GatewayEnvelopeCheck); absent: `oneServer`. */
  readonly gatewayEnvelopeCheck?: GatewayEnvelopeCheck;
  /** Which versions applications may be filed under: in force on the filing date, or (demonstration) any. */
  readonly filingPolicy: FilingPolicy;
  /** The demo CA's CRL, OCSP responder and certificates served under /pki/; absent when Qyzmet runs no CA. */
  readonly pkiPublication?: PkiPublication | null;
  /** QYZMET_INTAKE_GROUP_COMMIT: filings batched into shared transactions (intake-group-commit.ts); absent or null: one each. */
  readonly intakeGroupCommit?: IntakeGroupCommit | null;
  /** QYZMET_INTAKE_CACHES: providers and citizen sessions cached at intake (default true); false reads them every time. */
  readonly intakeCaches?: boolean;
}
