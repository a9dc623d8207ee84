import type { signingEn } from './signing.en.ts';

/** kk messages of the signing screens: the keys of signing.en.ts. */
export const signingKk: Readonly<Record<keyof typeof signingEn, string>> = {
  'signing.method': 'Қол қою тәсілі',
  'signing.method.ncaLayer': 'NCALayer (кілт осы компьютерде немесе токенде)',
  'signing.method.keyFile': 'Кілт файлы (.p12) және құпиясөз, осы браузерде',
  'signing.ncaLayer.checking': 'NCALayer іске қосылғанын тексеріп жатырмыз…',
  'signing.ncaLayer.notRunning': 'Бұл компьютерде NCALayer іске қосылмаған, кілт файлымен қол қойыңыз. NCALayer арқылы қол қою үшін оны іске қосып (ncl.pki.gov.kz), бетті жаңартыңыз.',
  'signing.ncaLayer.hint': 'NCALayer өз терезесін ашады: онда қол қою кілтін таңдап, оның құпиясөзін енгізіңіз.',
  'signing.expectedIin': 'Тек ЖСН {iin} сертификаты қол қоя алады.',
  'signing.keyFile.file': 'Қол қою кілтінің файлы (.p12)',
  'signing.keyFile.fileHint': 'ҰКО берген RSA256_… файлы. Кілт браузеріңізде қалады, ешқайда жіберілмейді.',
  'signing.keyFile.fileMissing': 'Кілт файлын таңдаңыз.',
  'signing.keyFile.password': 'Кілт файлының құпиясөзі',
  'signing.keyFile.passwordMissing': 'Кілт файлының құпиясөзін енгізіңіз.',
  'signing.submit': 'Қол қою',
  'signing.working': 'Қол қойылуда…',
  'signing.error.wrongPassword': 'Құпиясөз бұл кілт файлына сәйкес келмейді. Пернетақта тілін және Caps Lock-ты тексеріп, қайталаңыз.',
  'signing.error.notPkcs12': 'Бұл файлды пайдалану мүмкін емес: ол .p12 кілт файлы емес, немесе оның шифрлауын (ГОСТ, ескі 3DES) браузер қолдамайды. Мұндай кілттер үшін NCALayer пайдаланыңыз.',
  'signing.error.noSigningKey': 'Файлда осы мақсатқа қол қою кілті жоқ. Аутентификация кілтін (AUTH_…) емес, қол қою кілтін (RSA256_…) таңдаңыз.',
  'signing.error.certificateExpired': 'Бұл кілт сертификатының мерзімі өтіп кеткен, ештеңеге қол қойылған жоқ. Жаңа кілтті pki.gov.kz сайтынан алыңыз.',
  'signing.error.certificateNotYetValid': 'Бұл кілттің сертификаты әлі күшіне енбеген, ештеңеге қол қойылған жоқ. Компьютер сағатын тексеріңіз.',
  'signing.error.iinMismatch': 'Бұл кілт басқа адамға тиесілі: оның ЖСН-і сұраудағы ЖСН-мен сәйкес емес.',
  'signing.error.ncaLayerUnavailable': 'NCALayer жауап бермейді. NCALayer-ді іске қосыңыз немесе кілт файлымен қол қойыңыз.',
  'signing.error.ncaLayerCanceled': 'NCALayer-де қол қою тоқтатылды. Ештеңеге қол қойылған жоқ.',
  'signing.error.ncaLayerFailed': 'NCALayer қол қоя алмады. Қайталаңыз немесе кілт файлымен қол қойыңыз.',
  'signing.error.unexpected': 'Күтпеген себеппен қол қою сәтсіз аяқталды. Қайталаңыз.',
};
