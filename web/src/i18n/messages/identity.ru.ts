import type { identityEn } from './identity.en.ts';

/** Русские сообщения регистрации с подтверждением, смены и сброса пароля (issue #13). */
export const identityRu: Readonly<Record<keyof typeof identityEn, string>> = {
  'identity.password.navLink': 'Сменить пароль',
  'identity.password.title': 'Смена пароля',
  'identity.password.current': 'Текущий пароль',
  'identity.password.new': 'Новый пароль',
  'identity.password.newHint': 'Не короче 8 символов и трудно угадать: не распространённое слово, не ряд клавиш, не дата, не ваш ИИН или логин. Хорошо подходят несколько слов.',
  'identity.password.submit': 'Сменить пароль',
  'identity.password.changed': 'Пароль изменён. Другие ваши сеансы завершены.',
  'identity.reset.navLink': 'Учётные записи',
  'identity.reset.title': 'Учётные записи сотрудников',
  'identity.reset.intro': 'Сбросьте пароль, если сотрудник его забыл или вход заблокирован. Сброс записывается: кто, кому, когда.',
  'identity.reset.login': 'Логин',
  'identity.reset.name': 'ФИО',
  'identity.reset.role': 'Роль',
  'identity.reset.action': 'Сбросить пароль {login}',
  'identity.reset.done': 'Временный пароль для {login}: {password} — передайте его лично; сотрудник сменит его после входа.',
  'identity.signUp.intro': 'Учётная запись привязывается к ИИН только после подтверждения, что он ваш: ЭЦП или кодом, отправленным на телефон или e-mail из базы физических лиц.',
  'identity.signUp.codeHeading': 'Кодом на телефон или e-mail из базы',
  'identity.signUp.requestCode': 'Отправить код',
  'identity.signUp.code': 'Код',
  'identity.signUp.codeSubmit': 'Зарегистрироваться',
  'identity.signUp.edsHeading': 'С помощью ЭЦП',
  'identity.signUp.edsIntro': 'Выберите ключ аутентификации (AUTH_RSA256_…). ИИН берётся из его сертификата.',
  'identity.signUp.edsStart': 'Зарегистрироваться с ЭЦП',
  'identity.signUp.edsSubmit': 'Подписать и зарегистрироваться',
};
