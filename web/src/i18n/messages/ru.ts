import type { MessageKey } from './en.ts';
import { portalRu } from './portal.ru.ts';
import { deskRu } from './desk.ru.ts';
import { supervisionRu } from './supervision.ru.ts';
import { signingRu } from './signing.ru.ts';
import { verifyRu } from './verify.ru.ts';

/** Русский каталог: те же ключи, что в en.ts, те же плейсхолдеры `{name}`. */
export const ru: Readonly<Record<MessageKey, string>> = {
  // ===== app shell =====
  'app.name': 'Qyzmet',
  'app.tagline': 'Регламенты государственных услуг',
  'app.area.backOffice': 'Рабочее место услугодателя',
  'app.skipToContent': 'Перейти к основному содержанию',
  'app.language': 'Язык',
  'app.loading': 'Загрузка…',
  'app.notFound.title': 'Страница не найдена',
  'app.notFound.text': 'По этому адресу страницы нет.',
  'app.notFound.back': 'На начальную страницу',
  'app.footer': 'Qyzmet исполняет регламенты государственных услуг в социально-трудовой сфере.',

  // ===== navigation =====
  'nav.main': 'Главное меню',
  'nav.inbox': 'Входящие',
  'nav.receive': 'Принять заявление',
  'nav.signOut': 'Выйти',
  'nav.signedInAs': '{name}, {role}',

  // ===== staff roles =====
  'role.clerk': 'Работник канцелярии',
  'role.head': 'Руководитель',
  'role.executor': 'Ответственный исполнитель',
  'role.scOperator': 'Оператор Госкорпорации',
  'role.supervisor': 'Куратор региона',
  'role.admin': 'Администратор',
  'role.system': 'Система',

  // ===== sign-in =====
  'signIn.title': 'Вход для сотрудников',
  'signIn.intro': 'Войдите с логином и паролем, выданными вашей организацией.',
  'signIn.login': 'Логин',
  'signIn.password': 'Пароль',
  'signIn.submit': 'Войти',
  'signIn.submitting': 'Вход…',
  'signIn.sessionExpired': 'Сеанс завершён. Войдите снова.',
  'signIn.signedOut': 'Вы вышли из системы.',

  // ===== inbox =====
  'inbox.title': 'Входящие',
  'inbox.caption': 'Дела, ожидающие вас ({role}); ближайший срок — первым',
  'inbox.refresh': 'Обновить',
  'inbox.empty': 'Нет дел, ожидающих вас.',
  'inbox.total': 'Дел: {count}',
  'inbox.overdueCount': 'Просрочено: {count}',
  'inbox.col.case': 'Дело',
  'inbox.col.service': 'Услуга',
  'inbox.col.applicant': 'Заявитель (ИИН)',
  'inbox.col.step': 'Шаг',
  'inbox.col.due': 'Срок',
  'inbox.col.remaining': 'Осталось',
  'inbox.notRegistered': 'ещё не зарегистрировано',
  'inbox.openCase': 'Открыть дело {ref}',

  // ===== durations and due times =====
  'time.left': 'осталось {duration}',
  'time.overdueBy': 'просрочено на {duration}',
  'time.overdue': 'Просрочено',
  'time.days': '{n} дн.',
  'time.hours': '{n} ч',
  'time.minutes': '{n} мин',
  'time.underMinute': 'меньше минуты',
  'time.noLimit': 'срок не установлен',

  // ===== limit units (regulation step limits) =====
  'unit.minutes': '{n} мин.',
  'unit.hours': '{n} ч.',
  'unit.workingDays': '{n} раб. дн.',
  'unit.calendarDays': '{n} календ. дн.',
  'unit.months': '{n} мес.',
  'unit.other': '{n} {unit}',

  // ===== case statuses (what the applicant sees) =====
  'status.received': 'Принято',
  'status.inWork': 'В работе',
  'status.completed': 'Исполнено',
  'status.refused': 'Отказано',

  // ===== step states =====
  'stepStatus.pending': 'Ожидает',
  'stepStatus.open': 'Выполняется',
  'stepStatus.done': 'Выполнен',
  'stepStatus.skipped': 'Пропущен',

  // ===== step kinds =====
  'stepKind.register': 'Регистрация',
  'stepKind.assignExecutor': 'Резолюция (назначение исполнителя)',
  'stepKind.decide': 'Решение',
  'stepKind.prepareDocument': 'Подготовка документа',
  'stepKind.sign': 'Подписание',
  'stepKind.issue': 'Выдача результата',
  'stepKind.forward': 'Передача',
  'stepKind.automatic': 'Автоматическое действие',

  // ===== channels =====
  'channel.providerOffice': 'Канцелярия услугодателя',
  'channel.stateCorporation': 'Госкорпорация',
  'channel.portal': 'Портал электронного правительства',
  'channel.ruralAkim': 'Аким села',
  'channel.otherAuthority': 'Другой орган',

  // ===== issue methods =====
  'issueMethod.inPerson': 'Лично в руки',
  'issueMethod.personalCabinet': 'В личный кабинет',
  'issueMethod.email': 'По электронной почте',
  'issueMethod.post': 'Почтой',
  'issueMethod.stateCorporation': 'Через Госкорпорацию',

  // ===== case view =====
  'case.back': 'Назад во входящие',
  'case.summary': 'Сведения о деле',
  'case.status': 'Статус',
  'case.journalNumber': 'Регистрационный номер',
  'case.applicant': 'Заявитель',
  'case.iin': 'ИИН',
  'case.unknownName': 'нет в базе физических лиц',
  'case.channel': 'Канал подачи',
  'case.filedAt': 'Принято',
  'case.overallDue': 'Общий срок',
  'case.closedAt': 'Завершено',
  'case.executor': 'Ответственный исполнитель',
  'case.decision': 'Решение',
  'case.decision.positive': 'Положительный результат: {result}',
  'case.decision.refusal': 'Мотивированный отказ: {ground}',
  'case.reasonText': 'Обоснование',
  'case.issuedVia': 'Выдано',
  'case.formData': 'Данные заявления',
  'case.documents': 'Перечень документов',
  'case.action': 'Ваше действие',
  'case.openStep': 'Открытый шаг: {step}',
  'case.waitingFor': 'Этот шаг выполняет: {role}.',
  'case.waitingForExecutor': 'Этот шаг выполняет назначенный исполнитель.',
  'case.closed': 'Дело завершено.',
  'case.conflict': 'Кто-то выполнил действие по этому делу раньше вас. Дело перезагружено: проверьте его и при необходимости повторите.',
  'case.received': 'Заявление принято. Зарегистрируйте его во входящем журнале.',
  'case.registered': 'Заявление зарегистрировано во входящем журнале под номером {journalNumber}.',
  'case.stepDone': 'Шаг «{step}» выполнен.',
  'case.history': 'История дела',
  'case.historyEmpty': 'Событий пока нет.',

  // ===== steps table =====
  'steps.title': 'Шаги и сроки',
  'steps.col.step': 'Шаг',
  'steps.col.role': 'Роль',
  'steps.col.limit': 'Срок по регламенту',
  'steps.col.opened': 'Начат',
  'steps.col.due': 'Срок',
  'steps.col.completed': 'Выполнен',
  'steps.col.state': 'Состояние',
  'steps.late': 'с нарушением срока',

  // ===== step actions =====
  'action.submitting': 'Отправка…',
  'action.register.hint': 'Проверьте документы и зарегистрируйте заявление во входящем журнале.',
  'action.register.submit': 'Зарегистрировать в журнале',
  'action.assign.legend': 'Выберите ответственного исполнителя',
  'action.assign.load': 'открытых дел: {count}',
  'action.assign.none': 'Список исполнителей пуст.',
  'action.assign.required': 'Выберите исполнителя.',
  'action.assign.submit': 'Направить на исполнение',
  'action.decide.legend': 'Решение',
  'action.decide.positive': 'Положительный результат',
  'action.decide.refusal': 'Мотивированный отказ',
  'action.decide.resultType': 'Вид результата',
  'action.decide.ground': 'Основание отказа',
  'action.decide.chooseGround': 'Выберите основание',
  'action.decide.reason': 'Обоснование для заявителя',
  'action.decide.reasonHint': 'Объясните отказ понятно для заявителя; не менее {min} символов.',
  'action.decide.reasonTooShort': 'Обоснование слишком короткое: напишите не менее {min} символов.',
  'action.decide.outcomeRequired': 'Выберите положительный результат или мотивированный отказ.',
  'action.decide.submit': 'Сохранить решение',
  'action.sign.document': 'Подписываемый документ: {result}',
  'action.sign.submit': 'Подписать',
  'action.issue.method': 'Способ выдачи',
  'action.issue.submit': 'Выдать результат',
  'action.prepare.note': 'Примечание (необязательно)',
  'action.prepare.submit': 'Документ подготовлен',
  'action.forward.submit': 'Передать',
  'action.automatic': 'Этот шаг выполняет система.',

  // ===== signers =====

  // ===== receive application =====
  'receive.title': 'Приём заявления',
  'receive.service': 'Государственная услуга',
  'receive.regulation': 'Регламент: постановление № {number} от {date}',
  'receive.applicant': 'Заявитель',
  'receive.applicantIin': 'ИИН заявителя',
  'receive.iinHint': '12 цифр',
  'receive.iinInvalid': 'ИИН должен состоять из 12 цифр.',
  'receive.formFields': 'Данные заявления',
  'receive.documents': 'Принимаемые документы',
  'receive.choose': 'Выберите…',
  'receive.periodFrom': 'С',
  'receive.periodTo': 'По',
  'receive.fieldRequired': 'Заполните это поле.',
  'receive.fieldInvalid': 'Это значение не принято: проверьте его (подробности выше).',
  'receive.noServices': 'В вашем регионе нет услуг, которые вы можете принять.',
  'receive.submit': 'Принять заявление',

  // ===== timeline events =====
  'event.caseFiled': 'Заявление принято ({channel}).',
  'event.stepOpened': 'Открыт шаг «{step}», срок — {due}.',
  'event.stepOpenedNoDue': 'Открыт шаг «{step}».',
  'event.stepCompleted': 'Шаг «{step}» выполнен.',
  'event.stepCompletedLate': 'Шаг «{step}» выполнен с нарушением срока.',
  'event.incomingRegistered': 'Зарегистрировано во входящем журнале под номером {journalNumber}.',
  'event.executorAssigned': 'Назначен ответственный исполнитель: {executor}.',
  'event.registryUpdated': 'Внесена запись в {registry} (запись {recordId}).',
  'event.decisionPositive': 'Подготовлен положительный результат: {result}.',
  'event.decisionRefusal': 'Подготовлен мотивированный отказ: {ground}.',
  'event.documentPrepared': 'Документ подготовлен.',
  'event.documentSigned': 'Документ подписан.',
  'event.documentSignedUnverified': 'Документ подписан (подпись ещё не проверена).',
  'event.resultIssued': 'Результат выдан: {method}.',
  'event.handedOver': 'Дело передано.',
  'event.statusChanged': 'Статус: {status}.',
  'event.caseClosed': 'Дело завершено: {status}.',
  'event.other': 'Событие: {type}.',

  // ===== who acted =====
  'actor.system': 'Система',
  'actor.citizen': 'Заявитель',
  'actor.staff': '{name} ({role})',

  // ===== errors =====
  'error.title': 'Ошибка',
  'error.network': 'Нет связи с сервером. Проверьте сеть и повторите.',
  'error.unexpected': 'Что-то пошло не так (HTTP {status}). Повторите; если ошибка повторится, сообщите администратору.',

  // ===== common =====
  'common.yes': 'Да',
  'common.no': 'Нет',
  'common.empty': '—',
  'common.required': 'обязательно',
  // ===== per-area catalogs =====
  ...portalRu,
  ...deskRu,
  ...supervisionRu,
  ...signingRu,
  ...verifyRu,
};
