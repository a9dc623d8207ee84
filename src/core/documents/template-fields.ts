import type { Text } from '../i18n/text.ts';
import type { ReferralMeasure } from '../registries/labour-market.ts';
import type { UnemployedStatusForPeriod } from '../registries/unemployed-status.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './template-fields.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: template-fields.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'template-fields.labels.json');

/**
 * What the registries wrote for a case at its decide step and the result document prints: the certificate of
 * unemployed status's flags (seed 002 appendix 5) and the referral a referral form certifies. Read by the
 * application layer (src/application/documents/case-document.ts), passed in so the assembly stays pure.
 */
export interface DocumentFacts {
  readonly unemployedStatus?: UnemployedStatusForPeriod | null;
  readonly referral?: { readonly measure: ReferralMeasure; readonly issuedOn: string; readonly cardId: string } | null;
}

export interface DocumentField {
  readonly label: Text;
  readonly value: Text;
}

const same = (text: string): Text => ({ kk: text, ru: text, en: text });
const YES: Text = labels.yes;
const NO: Text = labels.no;
const yesNo = (flag: boolean): Text => (flag ? YES : NO);

/** The measures as the referral forms name them (compare-referrals.md §2; seed 004 adds training and guidance). */
export const REFERRAL_MEASURE_NAMES: Readonly<Record<ReferralMeasure, Text>> = labels.referralMeasureNames;

const LABELS = labels.fieldLabels satisfies Record<string, Text>;

/**
 * The fields a template prints besides the form: for the certificate of unemployed status the period and the three
 * participation flags of seed 002 appendix 5 (002_1d31f342cf019b59.txt, the certificate form: period, public works,
 * training or youth practice, social or housing assistance); for a referral form the measure, date and card.
 */
export function templateFields(templateId: string, facts: DocumentFacts): DocumentField[] {
  const status = facts.unemployedStatus;
  if ((templateId === 'unemployed-certificate' || templateId === 'unemployed-registration-certificate') && status) {
    return [
      { label: LABELS.period, value: same(`${status.period.from} — ${status.period.to}`) },
      ...(status.card ? [{ label: LABELS.registeredOn, value: same(status.card.registeredOn) }] : []),
      ...(status.card?.deregisteredOn ? [{ label: LABELS.deregisteredOn, value: same(status.card.deregisteredOn) }] : []),
      { label: LABELS.publicWorks, value: yesNo(status.publicOrSocialWorks) },
      { label: LABELS.training, value: yesNo(status.trainingOrYouthPractice) },
      { label: LABELS.assistance, value: yesNo(status.socialOrHousingAssistance) },
    ];
  }
  const referral = facts.referral;
  if ((templateId.startsWith('referral-') || templateId === 'vocational-guidance') && referral) {
    return [
      { label: LABELS.measure, value: REFERRAL_MEASURE_NAMES[referral.measure] },
      { label: LABELS.referralIssuedOn, value: same(referral.issuedOn) },
      { label: LABELS.card, value: same(referral.cardId) },
    ];
  }
  return [];
}
