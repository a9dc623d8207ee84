import type { Text } from '../i18n/text.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './citizen-notice-text.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: citizen-notice-text.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'citizen-notice-text.labels.json');

export type NoticeStatus = 'received' | 'inWork' | 'completed' | 'refused';

export interface CitizenNoticeFacts {
  readonly status: NoticeStatus;
  /** The service's name as the regulation gives it. */
  readonly serviceName: Text;
  /** The case number the person can quote: the provider's journal number once registered, else the application number. */
  readonly caseNumber: string;
  /** The overall due time as the provider's wall clock shows it (local-time-text.ts), when known. */
  readonly dueText: string | null;
  /** Where the person opens the application in the portal cabinet (QYZMET_PUBLIC_URL/portal/cases/<id>). */
  readonly cabinetUrl: string;
}

const q = (name: string, language: 'kk' | 'ru' | 'en') => (language === 'en' ? `"${name}"` : `«${name}»`);

/** What the person should do now, per status: every notice ends with it (issue #17: notices that say something). */
function nextStep(facts: CitizenNoticeFacts): Text {
  switch (facts.status) {
    case 'received':
      return {
        kk: `Әзірге ештеңе істеудің қажеті жоқ: өтінішті қызмет беруші тіркейді.${facts.dueText ? ` Нәтиже мерзімі: ${facts.dueText}.` : ''}`,
        ru: `Пока ничего делать не нужно: заявление зарегистрирует услугодатель.${facts.dueText ? ` Срок результата: ${facts.dueText}.` : ''}`,
        en: `Nothing to do for now: the provider will register the application.${facts.dueText ? ` The result is due by ${facts.dueText}.` : ''}`,
      };
    case 'inWork':
      return {
        kk: `Өтініш қаралуда; ештеңе істеудің қажеті жоқ, нәтиже дайын болғанда хабарлаймыз.${facts.dueText ? ` Нәтиже мерзімі: ${facts.dueText}.` : ''}`,
        ru: `Заявление рассматривается; ничего делать не нужно, мы сообщим, когда результат будет готов.${facts.dueText ? ` Срок результата: ${facts.dueText}.` : ''}`,
        en: `The application is being considered; nothing to do, we will tell you when the result is ready.${facts.dueText ? ` The result is due by ${facts.dueText}.` : ''}`,
      };
    case 'completed':
      return {
        kk: 'Нәтижені жеке кабинеттен ашып, жүктеп алыңыз және қызмет сапасы туралы сауалнамаға жауап беріңіз.',
        ru: 'Откройте и скачайте результат в личном кабинете и ответьте на анкету о качестве услуги.',
        en: 'Open and download the result in your cabinet, and answer the survey on the quality of the service.',
      };
    case 'refused':
      return {
        kk: 'Бас тарту себебін жеке кабинеттен оқыңыз; себепті жойғаннан кейін қайта өтініш беруге болады.',
        ru: 'Прочитайте причину отказа в личном кабинете; после устранения причины можно подать заявление снова.',
        en: 'Read the reason for the refusal in your cabinet; once the reason is removed you may apply again.',
      };
  }
}

const STATUS_HEADLINE: Readonly<Record<NoticeStatus, Text>> = labels.statusHeadline;

/**
 * The notice a citizen receives when their application changes status — in the cabinet, by e-mail and by SMS alike:
 * it names the service, the case number and what to do next, in Kazakh, Russian and English.
 */
export function citizenNoticeText(facts: CitizenNoticeFacts): { subject: Text; body: Text } {
  const headline = STATUS_HEADLINE[facts.status];
  const step = nextStep(facts);
  const subject = (language: 'kk' | 'ru' | 'en') => `${q(facts.serviceName[language], language)}, № ${facts.caseNumber}: ${headline[language]}`;
  return {
    subject: { kk: subject('kk'), ru: subject('ru'), en: subject('en') },
    body: {
      kk: `${q(facts.serviceName.kk, 'kk')} қызметі, өтініш № ${facts.caseNumber}: ${headline.kk}. ${step.kk} Жеке кабинет: ${facts.cabinetUrl}`,
      ru: `Услуга ${q(facts.serviceName.ru, 'ru')}, заявление № ${facts.caseNumber}: ${headline.ru}. ${step.ru} Личный кабинет: ${facts.cabinetUrl}`,
      en: `Service ${q(facts.serviceName.en, 'en')}, application No. ${facts.caseNumber}: ${headline.en}. ${step.en} Your cabinet: ${facts.cabinetUrl}`,
    },
  };
}
