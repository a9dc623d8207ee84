import type { Text } from '../i18n/text.ts';

/**
 * The body of each result template, with `{placeholders}` filled from the case. A template not listed here gets the
 * generic text, so a new regulation's result prints without code; a template that needs its own wording gets an
 * entry here.
 */
export const TEMPLATE_PARAGRAPHS: Readonly<Record<string, Text>> = {
  'job-seeker-registration-notice': {
    kk: '{applicant} (ЖСН {iin}) {decisionDate} жұмыс іздеп жүрген адам ретінде тіркелгені туралы хабарлаймыз.',
    ru: 'Уведомляем, что {applicant} (ИИН {iin}) {decisionDate} зарегистрирован(а) в качестве лица, ищущего работу.',
    en: 'We notify that {applicant} (IIN {iin}) was registered as a person seeking work on {decisionDate}.',
  },
  'unemployed-registration-notice': {
    kk: '{applicant} (ЖСН {iin}) {decisionDate} жұмыссыз ретінде тіркелді.',
    ru: '{applicant} (ИИН {iin}) {decisionDate} зарегистрирован(а) в качестве безработного.',
    en: '{applicant} (IIN {iin}) was registered as unemployed on {decisionDate}.',
  },
  'unemployed-certificate': {
    kk: '{applicant} (ЖСН {iin}) жұмыссыз ретінде тіркелгенін растайды.',
    ru: 'Подтверждает, что {applicant} (ИИН {iin}) зарегистрирован(а) в качестве безработного.',
    en: 'Certifies that {applicant} (IIN {iin}) is registered as unemployed.',
  },
  'unemployed-registration-certificate': {
    kk: '{applicant} (ЖСН {iin}) жұмыссыз ретінде тіркелгенін растайды. Анықтама өтініш берілген жерге ұсыну үшін берілді.',
    ru: 'Подтверждает, что {applicant} (ИИН {iin}) зарегистрирован(а) в качестве безработного. Справка выдана для представления по месту требования.',
    en: 'Certifies that {applicant} (IIN {iin}) is registered as unemployed. Issued for presentation where required.',
  },
  // The referral forms of the Standard's annexes 1–4 (seeds 000 and 003) and of seed 004 (training, guidance):
  // compare-referrals.md §2. Each names the measure; the measure, date and card follow as fields.
  'referral-employment': {
    kk: '{applicant} (ЖСН {iin}) жұмысқа орналасу үшін жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется для трудоустройства. Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred for employment. Referral issued on {decisionDate}.',
  },
  'referral-youth-practice': {
    kk: '{applicant} (ЖСН {iin}) жастар практикасынан өту үшін жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется для прохождения молодёжной практики. Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred to youth practice. Referral issued on {decisionDate}.',
  },
  'referral-social-jobs': {
    kk: '{applicant} (ЖСН {iin}) әлеуметтік жұмыс орнына жұмысқа орналасу үшін жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется для трудоустройства на социальное рабочее место. Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred to a social job. Referral issued on {decisionDate}.',
  },
  'referral-public-works': {
    kk: '{applicant} (ЖСН {iin}) қоғамдық жұмыстарға қатысу үшін жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется для участия в общественных работах. Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred to public works. Referral issued on {decisionDate}.',
  },
  'referral-vocational-training': {
    kk: '{applicant} (ЖСН {iin}) кәсіптік оқытуға (даярлауға, қайта даярлауға, біліктілігін арттыруға) жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется на профессиональное обучение (подготовку, переподготовку, повышение квалификации). Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred to vocational training (training, retraining, upskilling). Referral issued on {decisionDate}.',
  },
  'vocational-guidance': {
    kk: '{applicant} (ЖСН {iin}) кәсіптік бағдарлау бойынша қызметтер алу үшін жолданады. Жолдама {decisionDate} берілді.',
    ru: '{applicant} (ИИН {iin}) направляется для получения услуг по профессиональной ориентации. Направление выдано {decisionDate}.',
    en: '{applicant} (IIN {iin}) is referred to career guidance. Referral issued on {decisionDate}.',
  },
  // The TSA certificate has two positive outcomes (regulations/aktobe-2016-285-tsa-recipient-certificate.json).
  'tsa-belongs-certificate': {
    kk: '{applicant} (ЖСН {iin}) (отбасы) {decisionDate} жағдай бойынша атаулы әлеуметтік көмек алушы болып табылатынын растайды.',
    ru: 'Подтверждает, что {applicant} (ИИН {iin}) (семья) по состоянию на {decisionDate} является получателем адресной социальной помощи.',
    en: 'Certifies that {applicant} (IIN {iin}) (family) receives targeted social assistance as of {decisionDate}.',
  },
  'tsa-not-belongs-certificate': {
    kk: '{applicant} (ЖСН {iin}) (отбасы) {decisionDate} жағдай бойынша атаулы әлеуметтік көмек алушы болып табылмайтынын растайды.',
    ru: 'Подтверждает, что {applicant} (ИИН {iin}) (семья) по состоянию на {decisionDate} не является получателем адресной социальной помощи.',
    en: 'Certifies that {applicant} (IIN {iin}) (family) does not receive targeted social assistance as of {decisionDate}.',
  },
  'reasoned-refusal': {
    kk: '{applicant} (ЖСН {iin}) «{service}» мемлекеттік қызметін көрсетуден бас тартылады. Негіз: {ground}. Дәлелі: {reason}',
    ru: '{applicant} (ИИН {iin}) отказано в оказании государственной услуги «{service}». Основание: {ground}. Мотивировка: {reason}',
    en: '{applicant} (IIN {iin}) is refused the state service "{service}". Ground: {ground}. Reasons: {reason}',
  },
};

export const GENERIC_PARAGRAPH: Text = {
  kk: '«{result}»: {applicant} (ЖСН {iin}), «{service}» мемлекеттік қызметі бойынша, шешім күні {decisionDate}.',
  ru: '«{result}»: {applicant} (ИИН {iin}), по государственной услуге «{service}», дата решения {decisionDate}.',
  en: '"{result}": {applicant} (IIN {iin}), state service "{service}", decided on {decisionDate}.',
};

/**
 * An electronic document certified by an EDS equals a signed paper one: Law of 7 January 2003 No. 370-II
 * "On electronic document and electronic digital signature", art. 7 p.1; the certificate form of seed 002 carries
 * this note (002_1d31f342cf019b59.txt, lines 500–503; its kk line misprints the month as December).
 */
export const LEGAL_EQUIVALENCE_NOTE: Text = {
  kk: '«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II Қазақстан Республикасы Заңының 7-бабының 1-тармағына сәйкес бұл құжат қағаз жеткізгіштегі құжатпен бірдей.',
  ru: 'Данный документ согласно пункту 1 статьи 7 Закона Республики Казахстан от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.',
  en: 'Under article 7(1) of the Law of the Republic of Kazakhstan of 7 January 2003 No. 370-II "On electronic document and electronic digital signature", this document is equivalent to a paper document.',
};

export const DOCUMENT_LABELS = {
  number: { kk: 'Тіркеу нөмірі', ru: 'Регистрационный номер', en: 'Registration number' },
  date: { kk: 'Күні', ru: 'Дата', en: 'Date' },
  applicant: { kk: 'Көрсетілетін қызметті алушы', ru: 'Услугополучатель', en: 'Applicant' },
  iin: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
  service: { kk: 'Мемлекеттік қызмет', ru: 'Государственная услуга', en: 'State service' },
  signedBy: { kk: 'Қол қойған', ru: 'Подписал', en: 'Signed by' },
  signedAt: { kk: 'Қол қойылған уақыты', ru: 'Время подписания', en: 'Signed at' },
  verify: { kk: 'Құжаттың түпнұсқалығын тексеру коды', ru: 'Код проверки подлинности документа', en: 'Document verification code' },
  /** The preview before signing (issue #17): marked on every page, no QR code and no verification code printed. */
  draftMark: { kk: 'ЖОБА — ЖАРАМСЫЗ', ru: 'ПРОЕКТ — НЕДЕЙСТВИТЕЛЕН', en: 'DRAFT — NOT VALID' },
  draftNote: {
    kk: 'Қол қоюға дейінгі жоба: қол қойылмаған, заңды күші жоқ және тексерілмейді.',
    ru: 'Проект до подписания: не подписан, юридической силы не имеет и проверке не подлежит.',
    en: 'Draft before signing: not signed, has no legal force and cannot be verified.',
  },
  notSigned: { kk: 'Қол қойылмаған', ru: 'Не подписано', en: 'Not signed' },
} as const satisfies Record<string, Text>;
