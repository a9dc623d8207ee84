import type { Text } from '../i18n/text.ts';
import type { DeregistrationReason, ReferralMeasure, ReferralOutcome } from './labour-market.ts';

/** What a person reads for the registry codes, in Kazakh, Russian and English. */

export const REFERRAL_MEASURE_LABELS: Readonly<Record<ReferralMeasure, Text>> = {
  employment: { kk: 'Жұмысқа орналасу', ru: 'Трудоустройство', en: 'Employment' },
  'youth-practice': { kk: 'Жастар практикасы', ru: 'Молодежная практика', en: 'Youth practice' },
  'social-jobs': { kk: 'Әлеуметтік жұмыс орындары', ru: 'Социальные рабочие места', en: 'Social jobs' },
  'public-works': { kk: 'Қоғамдық жұмыстар', ru: 'Общественные работы', en: 'Public works' },
  training: {
    kk: 'Кәсіптік даярлау, қайта даярлау және біліктілігін арттыру',
    ru: 'Профессиональная подготовка, переподготовка и повышение квалификации',
    en: 'Vocational training, retraining and advanced training',
  },
  'career-guidance': { kk: 'Кәсіптік бағдар беру', ru: 'Профессиональная ориентация', en: 'Career guidance' },
};

export const REFERRAL_OUTCOME_LABELS: Readonly<Record<ReferralOutcome, Text>> = {
  pending: { kk: 'Күтілуде', ru: 'Ожидается', en: 'Pending' },
  started: { kk: 'Қатысуды бастады', ru: 'Приступил(а) к участию', en: 'Started' },
  completed: { kk: 'Аяқтады', ru: 'Завершил(а)', en: 'Completed' },
  employed: { kk: 'Жұмысқа орналасты', ru: 'Трудоустроен(а)', en: 'Employed' },
  declined: { kk: 'Бас тартты', ru: 'Отказался(ась)', en: 'Declined' },
  noShow: { kk: 'Келмеді', ru: 'Не явился(ась)', en: 'Did not come' },
};

export const DEREGISTRATION_REASON_LABELS: Readonly<Record<DeregistrationReason, Text>> = {
  employed: { kk: 'Жұмысқа орналасуы', ru: 'Трудоустройство', en: 'Found a job' },
  ownRequest: { kk: 'Өз өтініші бойынша', ru: 'По собственному заявлению', en: 'Own request' },
  refusedSuitableJobs: { kk: 'Лайықты жұмыстан бас тартуы', ru: 'Отказ от подходящей работы', en: 'Refused suitable jobs' },
  noShow: { kk: 'Дәлелді себепсіз келмеуі', ru: 'Неявка без уважительной причины', en: 'Did not come without good reason' },
  movedAway: { kk: 'Басқа тұрғылықты жерге көшуі', ru: 'Переезд на другое место жительства', en: 'Moved away' },
  pension: { kk: 'Зейнеткерлікке шығуы', ru: 'Выход на пенсию', en: 'Retired' },
  imprisoned: { kk: 'Бас бостандығынан айырылуы', ru: 'Лишение свободы', en: 'Imprisoned' },
  deceased: { kk: 'Қайтыс болуы', ru: 'Смерть', en: 'Deceased' },
  falseData: { kk: 'Жалған мәліметтер ұсынуы', ru: 'Представление ложных сведений', en: 'False information given' },
};

/** Every record kind a registry holds (service-records.ts, the certificates, housing assistance). */
export const RECORD_KIND_LABELS: Readonly<Record<string, Text>> = {
  'tsa-assignment': { kk: 'Атаулы әлеуметтік көмек тағайындау', ru: 'Назначение адресной социальной помощи', en: 'Targeted social assistance assignment' },
  'tsa-recipient-certificate': {
    kk: 'Атаулы әлеуметтік көмек алушы екені (еместігі) туралы анықтама',
    ru: 'Справка о том, является ли (не является ли) получателем адресной социальной помощи',
    en: 'Certificate of receiving (not receiving) targeted social assistance',
  },
  'housing-assistance': { kk: 'Тұрғын үй көмегі', ru: 'Жилищная помощь', en: 'Housing assistance' },
  'child-benefit-assignment': { kk: '18 жасқа дейінгі балаларға мемлекеттік жәрдемақы', ru: 'Государственное пособие на детей до 18 лет', en: 'State benefit for children under 18' },
  'home-schooling-compensation': {
    kk: 'Мүгедек балаларды үйде оқытуға жұмсалған шығындарды өтеу',
    ru: 'Возмещение затрат на обучение на дому детей-инвалидов',
    en: 'Compensation of home-schooling costs of a disabled child',
  },
  'fuel-assistance': {
    kk: 'Ауылдық жердегі әлеуметтік сала мамандарына отын сатып алуға көмек',
    ru: 'Помощь специалистам социальной сферы в сельской местности на приобретение топлива',
    en: 'Fuel assistance to rural social-sphere specialists',
  },
  'oralman-status': { kk: 'Оралман мәртебесі', ru: 'Статус оралмана', en: 'Oralman (repatriate) status' },
  'rehabilitated-certificate': { kk: 'Ақталған адамға анықтама', ru: 'Справка реабилитированному лицу', en: 'Certificate to a rehabilitated person' },
  'rehabilitated-certificate-duplicate': {
    kk: 'Ақталған адамға анықтаманың телнұсқасы',
    ru: 'Дубликат справки реабилитированному лицу',
    en: 'Duplicate certificate to a rehabilitated person',
  },
  'semipalatinsk-recognition': {
    kk: 'Семей ядролық сынақ полигонындағы сынақтардан зардап шеккен деп тану және біржолғы өтемақы',
    ru: 'Признание пострадавшим от ядерных испытаний на Семипалатинском полигоне и единовременная компенсация',
    en: 'Recognition as a victim of the Semipalatinsk nuclear tests and one-time compensation',
  },
  'semipalatinsk-certificate': {
    kk: 'Семей ядролық сынақ полигонындағы сынақтардан зардап шеккен адамның куәлігі',
    ru: 'Удостоверение пострадавшего от ядерных испытаний на Семипалатинском полигоне',
    en: 'Certificate of a victim of the Semipalatinsk nuclear tests',
  },
  'semipalatinsk-certificate-duplicate': {
    kk: 'Семей ядролық сынақ полигонындағы сынақтардан зардап шеккен адам куәлігінің телнұсқасы',
    ru: 'Дубликат удостоверения пострадавшего от ядерных испытаний на Семипалатинском полигоне',
    en: 'Duplicate certificate of a victim of the Semipalatinsk nuclear tests',
  },
  'social-payment-assignment': {
    kk: 'Әлеуметтік тәуекел жағдайына әлеуметтік төлем тағайындау',
    ru: 'Назначение социальной выплаты на случай социального риска',
    en: 'Social payment for a social risk',
  },
  'unemployed-certificate': { kk: 'Жұмыссыз ретінде тіркеу туралы анықтама', ru: 'Справка о регистрации в качестве безработного', en: 'Certificate of registration as unemployed' },
};

/** The registries by the id the regulations give them. */
export const REGISTRY_LABELS: Readonly<Record<string, Text>> = {
  'ais-employment': { kk: '«Жұмыспен қамту» ААЖ', ru: 'АИС «Занятость»', en: '"Employment" AIS' },
  'ais-labour-market': { kk: '«Еңбек нарығы» ААЖ', ru: 'АИС «Рынок труда»', en: '"Labour market" AIS' },
  'e-sobes': { kk: '«E-собес» АЖ', ru: 'ИС «E-собес»', en: '"E-sobes" IS' },
  'social-assistance-register': { kk: 'Көрсетілетін қызметті берушінің есебі', ru: 'Учет услугодателя', en: "The provider's register" },
};
