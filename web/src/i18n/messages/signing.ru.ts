import type { signingEn } from './signing.en.ts';

/** ru messages of the signing screens: the keys of signing.en.ts. */
export const signingRu: Readonly<Record<keyof typeof signingEn, string>> = {
  'signing.method': 'Способ подписания',
  'signing.method.ncaLayer': 'NCALayer (ключ на этом компьютере или на токене)',
  'signing.method.keyFile': 'Файл ключа (.p12) и пароль, в этом браузере',
  'signing.ncaLayer.checking': 'Проверяем, запущен ли NCALayer…',
  'signing.ncaLayer.notRunning': 'NCALayer на этом компьютере не запущен, подпишите файлом ключа. Чтобы подписать через NCALayer, запустите его (ncl.pki.gov.kz) и обновите страницу.',
  'signing.ncaLayer.hint': 'NCALayer откроет своё окно: выберите в нём ключ для подписи и введите его пароль.',
  'signing.expectedIin': 'Подписать может только сертификат с ИИН {iin}.',
  'signing.keyFile.file': 'Файл ключа подписи (.p12)',
  'signing.keyFile.fileHint': 'Файл RSA256_… от НУЦ. Ключ остаётся в вашем браузере и никуда не отправляется.',
  'signing.keyFile.fileMissing': 'Выберите файл ключа.',
  'signing.keyFile.password': 'Пароль к файлу ключа',
  'signing.keyFile.passwordMissing': 'Введите пароль к файлу ключа.',
  'signing.submit': 'Подписать',
  'signing.working': 'Подписываем…',
  'signing.error.wrongPassword': 'Пароль не подходит к этому файлу ключа. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.',
  'signing.error.notPkcs12': 'Этот файл нельзя использовать: это не файл ключа .p12, или его шифрование (ГОСТ, устаревший 3DES) не поддерживается в браузере. Для таких ключей используйте NCALayer.',
  'signing.error.noSigningKey': 'В файле нет ключа для подписи с этой целью. Выберите ключ подписи (RSA256_…), а не ключ аутентификации (AUTH_…).',
  'signing.error.certificateExpired': 'Срок действия сертификата этого ключа истёк, ничего не подписано. Получите новый ключ на pki.gov.kz.',
  'signing.error.certificateNotYetValid': 'Сертификат этого ключа ещё не действует, ничего не подписано. Проверьте часы компьютера.',
  'signing.error.iinMismatch': 'Этот ключ принадлежит другому человеку: его ИИН не совпадает с ИИН в запросе.',
  'signing.error.ncaLayerUnavailable': 'NCALayer не отвечает. Запустите NCALayer или подпишите файлом ключа.',
  'signing.error.ncaLayerCanceled': 'Подписание отменено в NCALayer. Ничего не подписано.',
  'signing.error.ncaLayerFailed': 'NCALayer не смог подписать. Попробуйте снова или подпишите файлом ключа.',
  'signing.error.unexpected': 'Подписать не удалось по непредвиденной причине. Попробуйте снова.',
};
