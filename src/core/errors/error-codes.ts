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
      kk: '«{field}» өрісін тексеріңіз: {reason}.',
      ru: 'Проверьте поле «{field}»: {reason}.',
      en: 'Check the field "{field}": {reason}.',
    },
  },
  INVALID_IIN: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '«{field}»: ЖСН дұрыс емес — 12 цифр және дұрыс бақылау разряды болуы керек.',
      ru: '«{field}»: ИИН неверен — нужно 12 цифр с правильным контрольным разрядом.',
      en: '"{field}": the IIN is not valid — it must be 12 digits with a correct check digit.',
    },
  },
  INVALID_BIN: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '«{field}»: БСН дұрыс емес.',
      ru: '«{field}»: БИН неверен.',
      en: '"{field}": the BIN is not valid.',
    },
  },
  PERIOD_START_AFTER_END: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Кезеңнің басталу күні ({from}) аяқталу күнінен ({to}) кейін тұр: басталу күні аяқталу күнінен кеш болмауы керек.',
      ru: 'Дата начала периода ({from}) позже даты окончания ({to}): начало не может быть позже окончания.',
      en: 'The period starts ({from}) after it ends ({to}): the start date cannot be later than the end date.',
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
  PDF_NOT_A_RESULT_DOCUMENT: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл PDF файлы Qyzmet нәтиже құжаты емес: онда тексеру коды жоқ. Құжаттағы кодты енгізіңіз немесе QR-кодты сканерлеңіз.',
      ru: 'Этот PDF не является документом-результатом Qyzmet: в нём нет кода проверки. Введите код с документа или отсканируйте QR-код.',
      en: 'This PDF is not a Qyzmet result document: it carries no verification code. Enter the code printed on the document or scan its QR code.',
    },
  },
  /**
   * Issue #14: the public check compares the whole uploaded file with the PDFs Qyzmet issued; details.claimedCode is the
   * code the file names in its metadata ('-' when none), which proves nothing but can be checked by code.
   */
  PDF_NOT_ISSUED_BY_QYZMET: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл файлды Qyzmet бермеген: ол Qyzmet берген бірде-бір PDF файлымен байт бойынша сәйкес келмейді. Файлдағы кез келген өзгеріс — тіпті бір байт немесе басқа бағдарламада қайта сақтау — оны түпнұсқадан өзгеше етеді. Түпнұсқа файлды сұраңыз немесе құжатты онда басылған код бойынша тексеріңіз: код бойынша тексеру шынымен не берілгенін көрсетеді.',
      ru: 'Этот файл не выдан Qyzmet: он не совпадает побайтно ни с одним PDF, выданным Qyzmet. Любое изменение файла — даже одного байта или пересохранение в другой программе — делает его отличным от оригинала. Запросите исходный файл или проверьте документ по напечатанному на нём коду: проверка по коду показывает, что было выдано на самом деле.',
      en: 'This file was not issued by Qyzmet: it is not byte for byte identical to any PDF Qyzmet issued. Any change to the file — even one byte, or saving it again in another program — makes it differ from the original. Ask for the original file, or check the document by the code printed on it: the check by code shows what was really issued.',
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
  SIGNER_BIN_MISMATCH: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігіндегі БСН ({actual}) қызмет берушінің БСН-мен ({expected}) сәйкес келмейді. Осы ұйымның қызметкер кілтімен қол қойыңыз.',
      ru: 'Подлинность ЭЦП не подтверждена: БИН в регистрационном свидетельстве ({actual}) не совпадает с БИН услугодателя ({expected}). Подпишите ключом сотрудника этой организации.',
      en: 'The EDS could not be confirmed: the BIN in the certificate ({actual}) differs from the provider’s BIN ({expected}). Sign with an employee key of this organisation.',
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
  DATABASE_UNAVAILABLE: {
    // No writable primary right now (a failover is under way, or the database is down). Nothing of the request was
    // carried out, or — when the connection broke during the commit — its outcome is unknown; either way a retry with
    // the same Idempotency-Key is safe (details.outcome says which).
    httpStatus: 503,
    errorClass: 'external',
    userMessage: {
      kk: 'Қызмет уақытша қолжетімсіз: дерекқор резервтік серверге ауысуда. Сұрауды бір минуттан кейін қайталаңыз — қайталау қауіпсіз, ештеңе екі рет тіркелмейді.',
      ru: 'Сервис временно недоступен: база данных переключается на резервный сервер. Повторите запрос через минуту — повтор безопасен, ничего не будет подано дважды.',
      en: 'The service is temporarily unavailable: the database is switching to its standby server. Please repeat the request in a minute — repeating is safe, nothing will be filed twice.',
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
  /** Issue #17: required fields, consents and documents of the route, each named, before anything is signed. */
  APPLICATION_INCOMPLETE: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш толық емес: {items}.',
      ru: 'Заявление заполнено не полностью: {items}.',
      en: 'The application is incomplete: {items}.',
    },
  },
  /** Issue #17: the head returns the case to the executor; the reason is required. */
  REWORK_NOT_ALLOWED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Істі қазір пысықтауға қайтаруға болмайды: {reason}.',
      ru: 'Дело сейчас нельзя вернуть на доработку: {reason}.',
      en: 'The case cannot be returned for rework now: {reason}.',
    },
  },
  TERM_EXTENSION_NOT_ALLOWED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Қызмет көрсету мерзімін ұзартуға болмайды: {reason}.',
      ru: 'Срок оказания услуги нельзя продлить: {reason}.',
      en: 'The service term cannot be extended: {reason}.',
    },
  },
  REWORK_REASON_REQUIRED: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Пысықтауға қайтару себебін жазыңыз (кемінде {minimumCharacters} таңба).',
      ru: 'Укажите причину возврата на доработку (не короче {minimumCharacters} символов).',
      en: 'Give the reason for returning the case for rework (at least {minimumCharacters} characters).',
    },
  },
  /** Issue #17: a sign-in with an IIN whose check digit is wrong is told so (a format check, says nothing of accounts). */
  CITIZEN_SIGN_IN_FAILED: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'ЖСН немесе құпиясөз қате. Көрсетілетін қызметті алушының деректерінде бұзушылықтар болуына байланысты авторизациядан бас тартылды.',
      ru: 'Неверный ИИН или пароль. Отказ в авторизации в связи с имеющимися нарушениями в данных услугополучателя.',
      en: "Wrong IIN or password. Authorization refused because of problems in the applicant's data.",
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
  // ===== State registries, duplicates and retries (issue #6) =====
  /** A staff lookup found nobody with this IIN in the persons database. */
  // ----- State Corporation desk (issue #7) -----
  POWER_OF_ATTORNEY_EXPIRED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '№ {number} сенімхаттың мерзімі {validUntil} өтіп кеткен: өкіл көрсетілетін қызметті алушының атынан әрекет ете алмайды.',
      ru: 'Срок действия доверенности № {number} истёк {validUntil}: представитель не может действовать от имени услугополучателя.',
      en: 'Power of attorney No. {number} expired on {validUntil}: the representative cannot act for the applicant.',
    },
  },
  POWER_OF_ATTORNEY_INVALID: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '№ {number} сенімхат дұрыс толтырылмаған: {reason}.',
      ru: 'Доверенность № {number} заполнена неверно: {reason}.',
      en: 'Power of attorney No. {number} is not valid: {reason}.',
    },
  },
  QUEUE_EMPTY: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Кезекте күтіп тұрған адам жоқ.',
      ru: 'В очереди никто не ожидает.',
      en: 'Nobody is waiting in the queue.',
    },
  },
  TICKET_NOT_FOUND: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл бөлімшеде бүгін мұндай кезек талоны жоқ.',
      ru: 'В этом отделении сегодня нет такого талона очереди.',
      en: 'This branch has no such queue ticket today.',
    },
  },
  NOT_A_DESK_BRANCH: {
    httpStatus: 403,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл әрекет тек Мемлекеттік корпорация бөлімшесінің операторына қолжетімді.',
      ru: 'Это действие доступно только оператору отделения Госкорпорации.',
      en: 'Only an operator of a State Corporation branch may do this.',
    },
  },
  RESULT_NOT_READY: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Нәтиже әлі дайын емес немесе қол қойылмаған: оны беру мүмкін емес.',
      ru: 'Результат ещё не готов или не подписан: выдать его нельзя.',
      en: 'The result is not ready or not signed yet: it cannot be handed over.',
    },
  },
  PERSON_NOT_FOUND: {
    httpStatus: 404,
    errorClass: 'operated',
    userMessage: {
      kk: '«Жеке тұлғалар» мемлекеттік дерекқорында ЖСН {iin} бар адам жоқ.',
      ru: 'В государственной базе данных «Физические лица» нет лица с ИИН {iin}.',
      en: 'There is no person with IIN {iin} in the State database "Individuals".',
    },
  },
  /** The persons database (ГБД ФЛ) has no data about the applicant: seed 001 line 146, State Corporation process 4. */
  PERSON_NOT_IN_REGISTRY: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Көрсетілетін қызметті алушының ЖТ МДҚ-да мәліметтері болмауына байланысты мәліметтерді алу мүмкін емес (ЖСН {iin}).',
      ru: 'Получение данных невозможно в связи с отсутствием данных услугополучателя в ГБД ФЛ (ИИН {iin}).',
      en: 'The data cannot be obtained because the applicant\'s data are absent from the State database "Individuals" (IIN {iin}).',
    },
  },
  PERSONS_REGISTRY_UNAVAILABLE: {
    httpStatus: 503,
    errorClass: 'external',
    userMessage: {
      kk: '«Жеке тұлғалар» мемлекеттік дерекқоры уақытша қолжетімсіз. Ештеңе сақталған жоқ; кейінірек қайталаңыз.',
      ru: 'Государственная база данных «Физические лица» временно недоступна. Ничего не сохранено; повторите позже.',
      en: 'The State database "Individuals" is temporarily unavailable. Nothing was saved; please try again later.',
    },
  },
  /** A labour-market or social-assistance registry did not answer; the step did not happen. */
  REGISTRY_UNAVAILABLE: {
    httpStatus: 503,
    errorClass: 'external',
    userMessage: {
      kk: '«{registry}» тізілімі уақытша қолжетімсіз. Қадам орындалмады, ештеңе жоғалған жоқ; кейінірек қайталаңыз.',
      ru: 'Реестр «{registry}» временно недоступен. Шаг не выполнен, ничего не потеряно; повторите позже.',
      en: 'The registry "{registry}" is temporarily unavailable. The step was not done and nothing was lost; please try again later.',
    },
  },
  /** The applicant already has an open application for this service; the new one is linked to it, not filed. */
  DUPLICATE_APPLICATION: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш берушінің осы қызмет бойынша қаралып жатқан өтініші бар (іс {existingCaseId}). Қайталама өтініш тіркелмеді, ол алғашқысына байланыстырылды.',
      ru: 'У заявителя уже есть заявление на эту услугу в работе (дело {existingCaseId}). Повторное заявление не зарегистрировано и связано с первым.',
      en: 'The applicant already has an open application for this service (case {existingCaseId}). The repeated application was not filed; it is linked to the first.',
    },
  },
  /** The Idempotency-Key was used before with a different request. */
  IDEMPOTENCY_KEY_REUSED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл Idempotency-Key бұрын басқа сұрау үшін қолданылған. Жаңа сұрау үшін жаңа кілт жасаңыз.',
      ru: 'Этот Idempotency-Key уже использован для другого запроса. Для нового запроса создайте новый ключ.',
      en: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
    },
  },
  IDEMPOTENCY_REQUEST_IN_PROGRESS: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Осы кілтпен жіберілген сұрау әлі өңделуде. Біраздан кейін қайталаңыз.',
      ru: 'Запрос с этим ключом еще обрабатывается. Повторите чуть позже.',
      en: 'A request with this key is still being processed. Please retry shortly.',
    },
  },
  /** Seed 001 line 866: the akim route is only for residents of a place without a provider. */
  AKIM_ROUTE_NOT_ELIGIBLE: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш берушінің тұрғылықты жерінде көрсетілетін қызметті беруші бар; әкім арқылы өтініш тек ол болмаған жағдайда беріледі. Көрсетілетін қызметті берушіге жүгініңіз.',
      ru: 'По месту жительства заявителя есть услугодатель; через акима заявление подается, только если его нет. Обратитесь к услугодателю.',
      en: 'There is a service provider at the applicant\'s place of residence; an application goes through the akim only where there is none. Please apply to the provider.',
    },
  },
  /** The akim route needs the residence down to the locality, and the persons database does not give it. */
  RESIDENCE_UNKNOWN: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«Жеке тұлғалар» дерекқорында өтініш берушінің тұрғылықты жері (елді мекені) көрсетілмеген, сондықтан әкім арқылы өтініш беруге болмайды. Көрсетілетін қызметті берушіге жүгініңіз.',
      ru: 'В базе «Физические лица» не указано место жительства (населенный пункт) заявителя, поэтому заявление через акима невозможно. Обратитесь к услугодателю.',
      en: 'The database "Individuals" does not give the applicant\'s place of residence (locality), so the application cannot go through the akim. Please apply to the provider.',
    },
  },
  /** The channel has no route for this application (e.g. a social risk the channel does not take, seed 001 lines 1276-1284). */
  ROUTE_NOT_FOR_APPLICATION: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{channel}» арнасы «{field}» = «{value}» өтінішін қабылдамайды. Басқа арна арқылы жүгініңіз.',
      ru: 'Канал «{channel}» не принимает заявление с «{field}» = «{value}». Обратитесь через другой канал.',
      en: 'The channel "{channel}" does not take an application with "{field}" = "{value}". Please apply through another channel.',
    },
  },
  /** Seed 003 line 399: a referral needs a job-seeker or unemployed card in the "Labour market" AIS. */
  STEP_CHECK_FAILED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Регламент талап ететін «{checkId}» тексерісі өтпеді: оң шешім мүмкін емес. «{groundId}» негізі бойынша дәлелді бас тарту дайындаңыз.',
      ru: 'Проверка «{checkId}», которую требует регламент, не пройдена: положительное решение невозможно. Подготовьте мотивированный отказ по основанию «{groundId}».',
      en: 'The check "{checkId}" the regulation requires did not pass: a positive decision is not possible. Prepare a reasoned refusal on the ground "{groundId}".',
    },
  },
  REFERRAL_NEEDS_CARD: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«Еңбек нарығы» ААЖ-да өтініш берушінің жұмыс іздеуші немесе жұмыссыз ретінде жеке картасы жоқ. Жолдама берілмейді; дәлелді бас тарту дайындаңыз.',
      ru: 'В АИС «Рынок труда» нет индивидуальной карточки заявителя как ищущего работу или безработного. Направление не выдается; подготовьте мотивированный отказ.',
      en: 'The "Labour market" AIS has no individual card of the applicant as a job seeker or an unemployed person. No referral can be issued; prepare a reasoned refusal.',
    },
  },
  UNEMPLOYED_CARD_ALREADY_OPEN: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш беруші {registeredOn} бастап жұмыссыз ретінде тіркелген; жаңа карта ашылмайды.',
      ru: 'Заявитель уже зарегистрирован безработным с {registeredOn}; новая карточка не открывается.',
      en: 'The applicant has been registered as unemployed since {registeredOn}; no new card is opened.',
    },
  },
  UNEMPLOYED_CARD_CLOSED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Жұмыссыздың картасы {deregisteredOn} жабылған.',
      ru: 'Карточка безработного закрыта {deregisteredOn}.',
      en: 'The unemployed card was closed on {deregisteredOn}.',
    },
  },
  /** Seed 002: a certificate of unemployed status needs a registration during the period asked for. */
  NOT_REGISTERED_UNEMPLOYED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Өтініш беруші {periodFrom} – {periodTo} кезеңінде жұмыссыз ретінде тіркелмеген. Анықтама берілмейді; дәлелді бас тарту дайындаңыз.',
      ru: 'Заявитель не был зарегистрирован безработным в период {periodFrom} – {periodTo}. Справка не выдается; подготовьте мотивированный отказ.',
      en: 'The applicant was not registered as unemployed during {periodFrom} – {periodTo}. No certificate can be issued; prepare a reasoned refusal.',
    },
  },
  /** The executor has not entered what the registry needs for this decision (PUT …/registry-data first). */
  REGISTRY_DATA_REQUIRED: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: '«{stepId}» қадамы үшін тізілімге енгізілетін деректер толтырылмаған: {reason}.',
      ru: 'Для шага «{stepId}» не заполнены данные для реестра: {reason}.',
      en: 'The registry data for step "{stepId}" is missing or incomplete: {reason}.',
    },
  },
  /** The chosen result contradicts the registry (e.g. "belongs to TSA recipients" with no TSA assignment). */
  REGISTRY_RESULT_MISMATCH: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Таңдалған нәтиже тізілім деректеріне сәйкес келмейді: тізілім бойынша нәтиже — «{expectedResultId}».',
      ru: 'Выбранный результат не соответствует данным реестра: по реестру результат — «{expectedResultId}».',
      en: 'The chosen result does not match the registry: according to the registry the result is "{expectedResultId}".',
    },
  },
  /** A duplicate document was asked for, but the registry has no original. */
  ORIGINAL_DOCUMENT_NOT_FOUND: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Телнұсқа берілмейді: тізілімде түпнұсқа құжат ({kind}) жоқ.',
      ru: 'Дубликат не выдается: в реестре нет оригинала документа ({kind}).',
      en: 'No duplicate can be issued: the registry has no original document ({kind}).',
    },
  },
  /** Only the staff of the provider that keeps a registry record may change it. */
  RECORD_OF_ANOTHER_PROVIDER: {
    httpStatus: 403,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл жазбаны басқа көрсетілетін қызметті беруші жүргізеді; оны тек сол берушінің қызметкерлері өзгерте алады.',
      ru: 'Эту запись ведет другой услугодатель; изменить ее могут только его сотрудники.',
      en: 'This record is kept by another provider; only its staff can change it.',
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
  REGULATION_TEXT_NOT_AVAILABLE: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{regulationId}» регламентінің осы редакциясы тек оны өзгерткен актіден белгілі ({amendingAct}); оның мәтіні каталогта жоқ, сондықтан бұл редакция бойынша өтініш қабылданбайды.',
      ru: 'Эта редакция регламента «{regulationId}» известна только по изменившему её акту ({amendingAct}); её текста нет в каталоге, поэтому заявления по ней не принимаются.',
      en: 'This version of regulation "{regulationId}" is known only from the act that amended it ({amendingAct}); its text is not in the catalog, so no application can be filed under it.',
    },
  },
  VERSION_NOT_IN_FORCE_FOR_FILING: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{regulationId}» регламенті {day} күні қолданыста емес, сондықтан ол бойынша өтініш қабылданбайды: {reasonKk}',
      ru: 'Регламент «{regulationId}» не действует на {day}, поэтому заявления по нему не принимаются: {reasonRu}',
      en: 'Regulation "{regulationId}" is not in force on {day}, so no application can be filed under it: {reasonEn}',
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
  // ----- review and publish of imported regulations (issue #20) -----
  /** The importer could not read the uploaded text (or found no regulation in it). */
  REGULATION_IMPORT_FAILED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{fileName}» мәтінінен регламент оқылмады: {reason}.',
      ru: 'Из текста «{fileName}» не удалось прочитать регламент: {reason}.',
      en: 'No regulation could be read from "{fileName}": {reason}.',
    },
  },
  /** Only plain text is read here so far; HTML and .docx go through the importer's format adapters. */
  REGULATION_TEXT_FORMAT_NOT_SUPPORTED: {
    httpStatus: 415,
    errorClass: 'operated',
    userMessage: {
      kk: '«{fileName}» файлының пішімі қабылданбайды; мәтінді (.txt) жүктеңіз.',
      ru: 'Формат файла «{fileName}» не поддерживается; загрузите текст (.txt).',
      en: 'The format of "{fileName}" is not accepted; upload plain text (.txt).',
    },
  },
  /** A draft with review issues cannot be published; the review lists them with their paths. */
  REGULATION_DRAFT_INVALID: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Жобада {count} ескерту бар; оларды түзетіп, қайта тексеріңіз. Біріншісі: {first}',
      ru: 'В проекте {count} замечаний; исправьте их и проверьте снова. Первое: {first}',
      en: 'The draft has {count} issues; correct them and validate again. The first: {first}',
    },
  },
  /** A second publish of the same draft (a double click, another administrator): the first one stands. */
  REGULATION_DRAFT_ALREADY_PUBLISHED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл жоба «{regulationId}» редакциясы ретінде жарияланып қойған; қайта жарияланбайды.',
      ru: 'Этот проект уже опубликован как редакция «{regulationId}»; повторно он не публикуется.',
      en: 'This draft is already published as version "{regulationId}"; it is not published again.',
    },
  },
  /** The draft was saved by someone else (or in another tab) since it was read. */
  REGULATION_DRAFT_CHANGED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Жоба сіз ашқаннан кейін өзгерді (қазір {revision}-нұсқа). Бетті жаңартып, қайталаңыз.',
      ru: 'Проект изменился после того, как вы его открыли (теперь версия {revision}). Обновите страницу и повторите.',
      en: 'The draft changed after you opened it (now revision {revision}). Reload and try again.',
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
  // ----- citizen portal and gateway (issue #7) -----
  /** A channel condition failed: the text is the regulation's own refusal message for that condition (details). */
  INTAKE_REFUSED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: { kk: '{refusalKk}', ru: '{refusalRu}', en: '{refusalEn}' },
  },
  /** Condition 1 of the portal flows; seed 000 line 766 ("формирование порталом сообщения об отказе в авторизации"). */
  CITIZEN_AUTHORIZATION_REFUSED: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'Көрсетілетін қызметті алушының деректерінде бұзушылықтар болуына байланысты авторизациядан бас тартылды.',
      ru: 'Отказ в авторизации в связи с имеющимися нарушениями в данных услугополучателя.',
      en: "Authorization refused because of problems in the applicant's data.",
    },
  },
  CITIZEN_ALREADY_REGISTERED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл ЖСН порталда тіркелген. Жүйеге кіріңіз.',
      ru: 'Этот ИИН уже зарегистрирован на портале. Войдите в систему.',
      en: 'This IIN is already registered on the portal. Please sign in.',
    },
  },
  PASSWORD_TOO_WEAK: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Құпиясөзді табу оңай: кең тараған сөздер, пернетақта тізбектері, ЖСН немесе логин жарамайды. Кемінде 8 таңбалы, болжау қиын құпиясөз таңдаңыз (мысалы, бірнеше сөз).',
      ru: 'Пароль легко подобрать: распространённые слова, последовательности клавиш, ИИН или логин не подходят. Выберите трудноугадываемый пароль не короче 8 символов (например, из нескольких слов).',
      en: 'The password is too easy to guess: common words, keyboard runs, your IIN or login will not do. Choose a hard-to-guess password of at least 8 characters (several words, for instance).',
    },
  },
  EDS_CHALLENGE_INVALID: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'Кіру сұрауының мерзімі өткен немесе ол пайдаланылған. Қайта көріңіз.',
      ru: 'Запрос на вход истёк или уже использован. Попробуйте ещё раз.',
      en: 'The sign-in challenge has expired or was already used. Please try again.',
    },
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    httpStatus: 415,
    errorClass: 'operated',
    userMessage: {
      kk: 'Файл түрі қолдау көрсетілмейді ({mediaType}): тек PDF, JPEG немесе PNG.',
      ru: 'Тип файла не поддерживается ({mediaType}): только PDF, JPEG или PNG.',
      en: 'This file type is not accepted ({mediaType}): only PDF, JPEG or PNG.',
    },
  },
  ATTACHMENT_TOO_LARGE: {
    httpStatus: 413,
    errorClass: 'operated',
    userMessage: {
      kk: 'Файл тым үлкен: {limitMegabytes} МБ-тан аспауы керек.',
      ru: 'Файл слишком большой: не более {limitMegabytes} МБ.',
      en: 'The file is too large: at most {limitMegabytes} MB.',
    },
  },
  ATTACHMENTS_TOTAL_TOO_LARGE: {
    httpStatus: 413,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бір өтініштің файлдары жиынтығында {limitMegabytes} МБ-тан аспауы керек.',
      ru: 'Файлы одного заявления в сумме не должны превышать {limitMegabytes} МБ.',
      en: 'The files of one application may not exceed {limitMegabytes} MB in total.',
    },
  },
  SURVEY_ANSWER_MISSING: {
    httpStatus: 400,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сауалнаманың әр сұрағына жауап таңдаңыз: {questions}.',
      ru: 'Выберите ответ на каждый вопрос анкеты: {questions}.',
      en: 'Choose an answer to every question of the survey: {questions}.',
    },
  },
  TICKET_CLOSED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: '№{number} талон жабылған: оған қызмет көрсетілді немесе ол себебі көрсетіліп жабылды.',
      ru: 'Талон № {number} уже закрыт: посетитель обслужен или талон закрыт с указанием причины.',
      en: 'Ticket {number} is already closed: the visitor was served or the ticket was closed with a reason.',
    },
  },
  SURVEY_NOT_AVAILABLE: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сауалнаманы тек өтініш беруші қызмет көрсету аяқталғаннан кейін толтыра алады.',
      ru: 'Анкету может заполнить только заявитель и только после завершения оказания услуги.',
      en: 'Only the applicant can answer the survey, and only after the service has ended.',
    },
  },
  SURVEY_ALREADY_ANSWERED: {
    httpStatus: 409,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл өтініш бойынша сауалнама толтырылған.',
      ru: 'Анкета по этому заявлению уже заполнена.',
      en: 'The survey for this application has already been answered.',
    },
  },
  GATEWAY_MESSAGE_REJECTED: {
    httpStatus: 502,
    errorClass: 'external',
    userMessage: {
      kk: 'Шлюз хабарламасы қабылданбады (қолтаңба немесе мазмұн сәйкес емес).',
      ru: 'Сообщение шлюза отклонено (подпись или содержимое не совпадают).',
      en: 'The gateway message was rejected (its signature or content does not match).',
    },
  },
  // ----- identity: sign-up proof, sign-in hardening, password change (issue #13) -----
  KEY_USAGE_NOT_AUTHENTICATION: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: 'Бұл кілт аутентификацияға арналмаған (қол қою кілті). Кіру үшін AUTH_RSA256_ аутентификация кілтін таңдаңыз.',
      ru: 'Этот ключ не предназначен для входа (ключ подписи). Для входа выберите ключ аутентификации AUTH_RSA256_.',
      en: 'This key is not an authentication key (it is a signing key). To sign in, choose the authentication key AUTH_RSA256_.',
    },
  },
  SIGN_UP_CODE_INVALID: {
    httpStatus: 401,
    errorClass: 'operated',
    userMessage: {
      kk: 'Код қате, мерзімі өткен немесе әрекеттер саны таусылды. Жаңа код сұраңыз.',
      ru: 'Код неверен, истёк или исчерпано число попыток. Запросите новый код.',
      en: 'The code is wrong, has expired or has had too many attempts. Request a new code.',
    },
  },
  SIGN_IN_LOCKED: {
    httpStatus: 429,
    errorClass: 'operated',
    userMessage: {
      kk: 'Құпиясөз тым көп рет қате енгізілді: кіру {lockedUntilLocal} дейін (Астана уақыты) бұғатталды. Сол уақытқа дейін дұрыс құпиясөз де қабылданбайды.',
      ru: 'Слишком много неверных паролей: вход заблокирован до {lockedUntilLocal} (время Астаны). До этого времени не будет принят и верный пароль.',
      en: 'Too many wrong passwords: sign-in is locked until {lockedUntilLocal} (Astana time). Until then even the right password is refused.',
    },
  },
  TOO_MANY_REQUESTS: {
    httpStatus: 429,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сұраулар тым көп. {retryAfterSeconds} секундтан кейін қайталаңыз.',
      ru: 'Слишком много запросов. Повторите через {retryAfterSeconds} с.',
      en: 'Too many requests. Try again in {retryAfterSeconds} s.',
    },
  },
  CURRENT_PASSWORD_WRONG: {
    httpStatus: 403,
    errorClass: 'operated',
    userMessage: {
      kk: 'Қазіргі құпиясөз қате.',
      ru: 'Текущий пароль указан неверно.',
      en: 'The current password is wrong.',
    },
  },
  REQUEST_TOO_LARGE: {
    httpStatus: 413,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сұрау тым үлкен: {limitMegabytes} МБ-тан аспауы керек.',
      ru: 'Запрос слишком большой: не более {limitMegabytes} МБ.',
      en: 'The request is too large: at most {limitMegabytes} MB.',
    },
  },
  URL_TOO_LONG: {
    httpStatus: 414,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сұрау мекенжайы тым ұзын: {limitCharacters} таңбадан аспауы керек.',
      ru: 'Адрес запроса слишком длинный: не более {limitCharacters} символов.',
      en: 'The request address is too long: at most {limitCharacters} characters.',
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    httpStatus: 415,
    errorClass: 'operated',
    userMessage: {
      kk: 'Сұрау мазмұнының түрі қолдау көрсетілмейді: application/json жіберіңіз.',
      ru: 'Тип содержимого запроса не поддерживается: отправьте application/json.',
      en: 'The request body type is not supported: send application/json.',
    },
  },
  IMPORT_FILE_UNREADABLE: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{file}» файлын регламент мәтіні ретінде оқу мүмкін емес: файл жоқ, ашылмайды немесе мәтіні бүлінген.',
      ru: 'Файл «{file}» не удалось прочитать как текст регламента: файла нет, он не открывается или его текст повреждён.',
      en: 'The file "{file}" could not be read as a regulation text: it is missing, cannot be opened or its text is damaged.',
    },
  },
  IMPORT_FORMAT_NOT_SUPPORTED: {
    httpStatus: 422,
    errorClass: 'operated',
    userMessage: {
      kk: '«{file}» файлының пішімі қолдау таппайды: мәтін (.txt), HTML (.html) немесе Word (.docx) жіберіңіз.',
      ru: 'Формат файла «{file}» не поддерживается: пришлите текст (.txt), HTML (.html) или Word (.docx).',
      en: 'The format of "{file}" is not supported: send text (.txt), HTML (.html) or Word (.docx).',
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
