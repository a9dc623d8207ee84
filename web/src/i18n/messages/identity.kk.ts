import type { identityEn } from './identity.en.ts';

/** Тіркелуді растау, құпиясөзді ауыстыру және қалпына келтіру хабарлары (issue #13). */
export const identityKk: Readonly<Record<keyof typeof identityEn, string>> = {
  'identity.password.navLink': 'Құпиясөзді ауыстыру',
  'identity.password.title': 'Құпиясөзді ауыстыру',
  'identity.password.current': 'Қазіргі құпиясөз',
  'identity.password.new': 'Жаңа құпиясөз',
  'identity.password.newHint': 'Кемінде 8 таңба және болжау қиын болсын: кең тараған сөз, пернелер қатары, күн, ЖСН немесе логин емес. Бірнеше сөз жақсы жарайды.',
  'identity.password.submit': 'Құпиясөзді ауыстыру',
  'identity.password.changed': 'Құпиясөз ауыстырылды. Басқа сеанстарыңыз аяқталды.',
  'identity.reset.navLink': 'Есептік жазбалар',
  'identity.reset.title': 'Қызметкерлердің есептік жазбалары',
  'identity.reset.intro': 'Қызметкер құпиясөзін ұмытса немесе кіруі бұғатталса, құпиясөзді қалпына келтіріңіз. Бұл жазылады: кім, кімге, қашан.',
  'identity.reset.login': 'Логин',
  'identity.reset.name': 'Аты-жөні',
  'identity.reset.role': 'Рөлі',
  'identity.reset.action': '{login} құпиясөзін қалпына келтіру',
  'identity.reset.done': '{login} үшін уақытша құпиясөз: {password} — оны өзіне тапсырыңыз; қызметкер кіргеннен кейін оны ауыстырады.',
  'identity.signUp.intro': 'Есептік жазба ЖСН-ге ол сіздікі екенін растағаннан кейін ғана байланады: ЭЦҚ арқылы немесе жеке тұлғалар базасындағы телефонға не e-mail-ге жіберілген кодпен.',
  'identity.signUp.codeHeading': 'Базадағы телефонға немесе e-mail-ге келген кодпен',
  'identity.signUp.requestCode': 'Кодты жіберу',
  'identity.signUp.code': 'Код',
  'identity.signUp.codeSubmit': 'Тіркелу',
  'identity.signUp.edsHeading': 'ЭЦҚ арқылы',
  'identity.signUp.edsIntro': 'Аутентификация кілтін (AUTH_RSA256_…) таңдаңыз. ЖСН оның куәлігінен алынады.',
  'identity.signUp.edsStart': 'ЭЦҚ арқылы тіркелу',
  'identity.signUp.edsSubmit': 'Қол қойып тіркелу',
};
