import type { Text } from '../i18n/text.ts';
import type { ReferralMeasure } from '../registries/labour-market.ts';
import type { UnemployedStatusForPeriod } from '../registries/unemployed-status.ts';

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
const YES: Text = { kk: 'иә', ru: 'да', en: 'yes' };
const NO: Text = { kk: 'жоқ', ru: 'нет', en: 'no' };
const yesNo = (flag: boolean): Text => (flag ? YES : NO);

/** The measures as the referral forms name them (compare-referrals.md §2; seed 004 adds training and guidance). */
export const REFERRAL_MEASURE_NAMES: Readonly<Record<ReferralMeasure, Text>> = {
  employment: { kk: 'жұмысқа орналасу', ru: 'трудоустройство', en: 'employment' },
  'youth-practice': { kk: 'жастар практикасы', ru: 'молодёжная практика', en: 'youth practice' },
  'social-jobs': { kk: 'әлеуметтік жұмыс орындары', ru: 'социальные рабочие места', en: 'social jobs' },
  'public-works': { kk: 'қоғамдық жұмыстар', ru: 'общественные работы', en: 'public works' },
  training: { kk: 'кәсіптік оқыту', ru: 'профессиональное обучение', en: 'vocational training' },
  'career-guidance': { kk: 'кәсіптік бағдарлау', ru: 'профессиональная ориентация', en: 'career guidance' },
};

const LABELS = {
  period: { kk: 'Кезең', ru: 'Период', en: 'Period' },
  registeredOn: { kk: 'Жұмыссыз ретінде тіркелген күні', ru: 'Дата регистрации в качестве безработного', en: 'Registered as unemployed on' },
  deregisteredOn: { kk: 'Тіркеуден шығарылған күні', ru: 'Дата снятия с учёта', en: 'Deregistered on' },
  publicWorks: {
    kk: 'Қоғамдық жұмыстарға, әлеуметтік жұмыс орындарына қатысуы',
    ru: 'Участие в общественных работах, на социальных рабочих местах',
    en: 'Took part in public works or social jobs',
  },
  training: {
    kk: 'Кәсіптік оқытуға, жастар практикасына қатысуы',
    ru: 'Участие в профессиональной подготовке, молодёжной практике',
    en: 'Took part in vocational training or youth practice',
  },
  assistance: {
    kk: 'Атаулы әлеуметтік көмек немесе тұрғын үй көмегін алуы',
    ru: 'Получение адресной социальной или жилищной помощи',
    en: 'Received targeted social or housing assistance',
  },
  measure: { kk: 'Белсенді шара', ru: 'Активная мера', en: 'Active measure' },
  referralIssuedOn: { kk: 'Жолдама берілген күні', ru: 'Дата выдачи направления', en: 'Referral issued on' },
  card: { kk: 'Карточка нөмірі', ru: 'Номер карточки', en: 'Card number' },
} as const satisfies Record<string, Text>;

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
