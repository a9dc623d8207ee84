import type { Text } from '../i18n/text.ts';
import type { DeregistrationReason, ReferralMeasure, ReferralOutcome } from './labour-market.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './registry-labels.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: registry-labels.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'registry-labels.labels.json');

/** What a person reads for the registry codes, in Kazakh, Russian and English. */

export const REFERRAL_MEASURE_LABELS: Readonly<Record<ReferralMeasure, Text>> = labels.referralMeasureLabels;

export const REFERRAL_OUTCOME_LABELS: Readonly<Record<ReferralOutcome, Text>> = labels.referralOutcomeLabels;

export const DEREGISTRATION_REASON_LABELS: Readonly<Record<DeregistrationReason, Text>> = labels.deregistrationReasonLabels;

/** Every record kind a registry holds (service-records.ts, the certificates, housing assistance). */
export const RECORD_KIND_LABELS: Readonly<Record<string, Text>> = labels.recordKindLabels;

/** The registries by the id the regulations give them. */
export const REGISTRY_LABELS: Readonly<Record<string, Text>> = labels.registryLabels;
