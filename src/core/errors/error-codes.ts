import type { Text } from '../i18n/text.ts';

/**
 * Who has to act when an error happens (after Diia's ErrorType):
 * - `operated`: an expected refusal on a valid path (bad input, wrong role); no alert;
 * - `external`: a state system we depend on failed; the team cannot fix it alone;
 * - `bug`: anything else; alerts.
 */
export type ErrorClass = 'operated' | 'external' | 'bug';

interface ErrorCodeSpec {
  readonly httpStatus: number;
  readonly errorClass: ErrorClass;
  /** What the person in front of the screen reads. Placeholders `{name}` are filled from the error's details. */
  readonly userMessage: Text;
}

/**
 * The closed list of error codes. A code is stable: clients and translations key on it, so never rename one.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сұрау қате толтырылған: {field} — {reason}.',
      ru: 'Запрос заполнен неверно: {field} — {reason}.',
      en: 'The request is not valid: {field} — {reason}.',
    },
  },
  INVALID_IIN: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '{field} өрісіндегі ЖСН дұрыс емес: 12 цифр және дұрыс бақылау разряды болуы керек.',
      ru: 'ИИН в поле {field} неверен: нужно 12 цифр с правильным контрольным разрядом.',
      en: 'The IIN in {field} is not valid: it must be 12 digits with a correct check digit.',
    },
  },
  INVALID_BIN: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '{field} өрісіндегі БСН дұрыс емес.',
      ru: 'БИН в поле {field} неверен.',
      en: 'The BIN in {field} is not valid.',
    },
  },
  UNAUTHENTICATED: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'Жүйеге кіріңіз.',
      ru: 'Войдите в систему.',
      en: 'Please sign in.',
    },
  },
  SIGN_IN_FAILED: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'Логин немесе құпиясөз қате.',
      ru: 'Неверный логин или пароль.',
      en: 'Wrong login or password.',
    },
  },
  FORBIDDEN_ROLE: {
    httpStatus: 403,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл әрекетті «{requiredRole}» рөлі орындайды; сіздің рөліңіз — «{actualRole}».',
      ru: 'Это действие выполняет роль «{requiredRole}»; ваша роль — «{actualRole}».',
      en: 'This action belongs to the role "{requiredRole}"; your role is "{actualRole}".',
    },
  },
  NOT_ASSIGNED_EXECUTOR: {
    httpStatus: 403,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл іс сізге орындауға тапсырылмаған.',
      ru: 'Это дело не поручено вам на исполнение.',
      en: 'This case is not assigned to you.',
    },
  },
  CASE_NOT_FOUND: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: 'Іс табылмады.',
      ru: 'Дело не найдено.',
      en: 'Case not found.',
    },
  },
  NOT_FOUND: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: 'Табылмады: {what}.',
      ru: 'Не найдено: {what}.',
      en: 'Not found: {what}.',
    },
  },
  VERSION_CONFLICT: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Іс сіз ашқаннан кейін өзгерді. Бетті жаңартып, қайталаңыз.',
      ru: 'Дело изменилось после того, как вы его открыли. Обновите страницу и повторите.',
      en: 'The case changed after you opened it. Reload and try again.',
    },
  },
  STEP_NOT_OPEN: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: '«{stepId}» қадамы қазір орындалмайды; ағымдағы қадам — «{openStepId}».',
      ru: 'Шаг «{stepId}» сейчас не выполняется; текущий шаг — «{openStepId}».',
      en: 'Step "{stepId}" is not the open step; the open step is "{openStepId}".',
    },
  },
  CASE_CLOSED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Іс аяқталған, оны өзгертуге болмайды.',
      ru: 'Дело завершено и не может быть изменено.',
      en: 'The case is closed and cannot be changed.',
    },
  },
  INVALID_STEP_INPUT: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '«{stepId}» қадамына берілген деректер дұрыс емес: {reason}.',
      ru: 'Данные для шага «{stepId}» неверны: {reason}.',
      en: 'The data for step "{stepId}" is not valid: {reason}.',
    },
  },
  EXECUTOR_NOT_ELIGIBLE: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Таңдалған қызметкер осы көрсетілетін қызметті берушінің жауапты орындаушысы емес.',
      ru: 'Выбранный сотрудник не является ответственным исполнителем этого услугодателя.',
      en: 'The chosen employee is not a responsible executor of this provider.',
    },
  },
  REGULATION_NOT_FOUND: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: '«{regulationId}» регламенті табылмады.',
      ru: 'Регламент «{regulationId}» не найден.',
      en: 'Regulation "{regulationId}" not found.',
    },
  },
  CHANNEL_NOT_OFFERED: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл қызмет «{channel}» арнасы арқылы көрсетілмейді.',
      ru: 'Эта услуга не оказывается через канал «{channel}».',
      en: 'This service is not offered through the channel "{channel}".',
    },
  },
  // ===== EDS (condition 2 of the channel flows: certificate valid, not revoked, IIN in request = IIN in certificate) =====
  SIGNATURE_INVALID: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: қолтаңба құжатқа сәйкес келмейді.',
      ru: 'Подлинность ЭЦП не подтверждена: подпись не соответствует документу.',
      en: 'The EDS could not be confirmed: the signature does not match the document.',
    },
  },
  CERTIFICATE_EXPIRED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігінің қолданылу мерзімі өткен.',
      ru: 'Подлинность ЭЦП не подтверждена: срок действия регистрационного свидетельства истек.',
      en: 'The EDS could not be confirmed: the certificate has expired.',
    },
  },
  CERTIFICATE_NOT_YET_VALID: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігі әлі күшіне енбеген.',
      ru: 'Подлинность ЭЦП не подтверждена: регистрационное свидетельство еще не действует.',
      en: 'The EDS could not be confirmed: the certificate is not valid yet.',
    },
  },
  CERTIFICATE_REVOKED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігі кері қайтарылған (күші жойылған).',
      ru: 'Подлинность ЭЦП не подтверждена: регистрационное свидетельство отозвано (аннулировано).',
      en: 'The EDS could not be confirmed: the certificate has been revoked.',
    },
  },
  CERTIFICATE_UNTRUSTED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: куәлікті сенімді куәландырушы орталық бермеген.',
      ru: 'Подлинность ЭЦП не подтверждена: свидетельство выдано недоверенным удостоверяющим центром.',
      en: 'The EDS could not be confirmed: the certificate was not issued by a trusted authority.',
    },
  },
  SIGNER_IIN_MISMATCH: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: сұраудағы ЖСН тіркеу куәлігіндегі ЖСН-мен сәйкес келмейді.',
      ru: 'Подлинность ЭЦП не подтверждена: ИИН в запросе не совпадает с ИИН в регистрационном свидетельстве.',
      en: 'The EDS could not be confirmed: the IIN in the request differs from the IIN in the certificate.',
    },
  },
  KEY_USAGE_NOT_SIGNING: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл кілт қол қоюға арналмаған (аутентификация кілті). RSA256_ немесе GOST_ қол қою кілтін таңдаңыз.',
      ru: 'Этот ключ не предназначен для подписи (ключ аутентификации). Выберите ключ подписи RSA256_ или GOST_.',
      en: 'This key is not a signing key (it is an authentication key). Choose a signing key (RSA256_ or GOST_).',
    },
  },
  UNSUPPORTED_ALGORITHM: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Қолтаңба алгоритмі қолдау көрсетілмейді ({algorithm}). ГОСТ кілттері әзірге тексерілмейді; RSA кілтін пайдаланыңыз.',
      ru: 'Алгоритм подписи не поддерживается ({algorithm}). Ключи ГОСТ пока не проверяются; используйте ключ RSA.',
      en: 'The signature algorithm is not supported ({algorithm}). GOST keys cannot be verified yet; use an RSA key.',
    },
  },
  CERTIFICATE_STATUS_UNAVAILABLE: {
    httpStatus: 503,
    errorClass: 'external',
    userMessage: {
      kk: 'Куәліктің мәртебесін тексеру қызметі қолжетімсіз. Кейінірек қайталаңыз.',
      ru: 'Служба проверки статуса сертификата недоступна. Повторите позже.',
      en: 'The certificate status service is unavailable. Please try again later.',
    },
  },
  INTAKE_CONDITION_NOT_MET: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш қабылданбады: «{conditionId}» шарты орындалмады.',
      ru: 'Заявление не принято: не выполнено условие «{conditionId}».',
      en: 'The application was not accepted: condition "{conditionId}" was not met.',
    },
  },
  REGULATION_NOT_IN_FORCE: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: '«{serviceCode}» қызметінің {region} өңірінде {at} күні күшіндегі регламенті жоқ ({reason}).',
      ru: 'Для услуги «{serviceCode}» в регионе {region} на {at} нет действующего регламента ({reason}).',
      en: 'No regulation of "{serviceCode}" is in force in {region} on {at} ({reason}).',
    },
  },
  REGULATION_INVALID: {
    httpStatus: 500,
    errorClass: 'bug',
    userMessage: {
      kk: 'Регламент анықтамасында қате бар. Әкімшіге хабарласыңыз.',
      ru: 'В определении регламента есть ошибка. Обратитесь к администратору.',
      en: 'The regulation definition has an error. Contact the administrator.',
    },
  },
  CONFIG_INVALID: {
    httpStatus: 500,
    errorClass: 'bug',
    userMessage: {
      kk: 'Жүйе баптауы қате.',
      ru: 'Ошибка конфигурации системы.',
      en: 'The system configuration is not valid.',
    },
  },
  INTERNAL: {
    httpStatus: 500,
    errorClass: 'bug',
    userMessage: {
      kk: 'Ішкі қате. Кейінірек қайталаңыз.',
      ru: 'Внутренняя ошибка. Повторите позже.',
      en: 'Internal error. Please try again later.',
    },
  },
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
