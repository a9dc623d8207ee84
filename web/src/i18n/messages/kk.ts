import type { MessageKey } from './en.ts';
import { portalKk } from './portal.kk.ts';
import { deskKk } from './desk.kk.ts';
import { supervisionKk } from './supervision.kk.ts';
import { signingKk } from './signing.kk.ts';
import { verifyKk } from './verify.kk.ts';

/** Қазақша каталог (әдепкі тіл): en.ts-тегі кілттер, сол `{name}` толтырғыштары. */
export const kk: Readonly<Record<MessageKey, string>> = {
  // ===== app shell =====
  'app.name': 'Qyzmet',
  'app.tagline': 'Мемлекеттік көрсетілетін қызметтер регламенттері',
  'app.area.backOffice': 'Көрсетілетін қызметті берушінің жұмыс орны',
  'app.skipToContent': 'Негізгі мазмұнға өту',
  'app.language': 'Тіл',
  'app.loading': 'Жүктелуде…',
  'app.notFound.title': 'Бет табылмады',
  'app.notFound.text': 'Бұл мекенжайда бет жоқ.',
  'app.notFound.back': 'Бастапқы бетке өту',
  'app.footer': 'Qyzmet әлеуметтік-еңбек саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін орындайды.',

  // ===== navigation =====
  'nav.main': 'Негізгі мәзір',
  'nav.inbox': 'Кіріс істер',
  'nav.receive': 'Өтінішті қабылдау',
  'nav.signOut': 'Шығу',
  'nav.signedInAs': '{name}, {role}',

  // ===== staff roles =====
  'role.clerk': 'Кеңсе қызметкері',
  'role.head': 'Басшы',
  'role.executor': 'Жауапты орындаушы',
  'role.scOperator': 'Мемлекеттік корпорация операторы',
  'role.supervisor': 'Өңір кураторы',
  'role.admin': 'Әкімші',
  'role.system': 'Жүйе',

  // ===== sign-in =====
  'signIn.title': 'Қызметкердің кіруі',
  'signIn.intro': 'Ұйымыңыз берген логин мен құпиясөзбен кіріңіз.',
  'signIn.login': 'Логин',
  'signIn.password': 'Құпиясөз',
  'signIn.submit': 'Кіру',
  'signIn.submitting': 'Кіріп жатыр…',
  'signIn.sessionExpired': 'Сеанс аяқталды. Қайта кіріңіз.',
  'signIn.signedOut': 'Сіз жүйеден шықтыңыз.',

  // ===== inbox =====
  'inbox.title': 'Кіріс істер',
  'inbox.caption': 'Сізді ({role}) күтіп тұрған істер; мерзімі жақыны алдымен',
  'inbox.refresh': 'Жаңарту',
  'inbox.empty': 'Сізді күтіп тұрған іс жоқ.',
  'inbox.total': 'Істер: {count}',
  'inbox.overdueCount': 'Мерзімі өткен: {count}',
  'inbox.col.case': 'Іс',
  'inbox.col.service': 'Қызмет',
  'inbox.col.applicant': 'Өтініш беруші (ЖСН)',
  'inbox.col.step': 'Қадам',
  'inbox.col.due': 'Мерзімі',
  'inbox.col.remaining': 'Қалған уақыт',
  'inbox.notRegistered': 'әлі тіркелмеген',
  'inbox.openCase': '{ref} ісін ашу',

  // ===== durations and due times =====
  'time.left': '{duration} қалды',
  'time.overdueBy': '{duration} кешікті',
  'time.overdue': 'Мерзімі өтті',
  'time.days': '{n} күн',
  'time.hours': '{n} сағ',
  'time.minutes': '{n} мин',
  'time.underMinute': '1 минуттан аз',
  'time.noLimit': 'мерзімі белгіленбеген',

  // ===== limit units (regulation step limits) =====
  'unit.minutes': '{n} минут',
  'unit.hours': '{n} сағат',
  'unit.workingDays': '{n} жұмыс күні',
  'unit.calendarDays': '{n} күнтізбелік күн',
  'unit.months': '{n} ай',
  'unit.other': '{n} {unit}',

  // ===== case statuses (what the applicant sees) =====
  'status.received': 'Қабылданды',
  'status.inWork': 'Жұмыста',
  'status.completed': 'Орындалды',
  'status.refused': 'Бас тартылды',

  // ===== step states =====
  'stepStatus.pending': 'Күтуде',
  'stepStatus.open': 'Орындалуда',
  'stepStatus.done': 'Орындалды',
  'stepStatus.skipped': 'Өткізіп жіберілді',

  // ===== step kinds =====
  'stepKind.register': 'Тіркеу',
  'stepKind.assignExecutor': 'Бұрыштама (орындаушыны тағайындау)',
  'stepKind.decide': 'Шешім',
  'stepKind.prepareDocument': 'Құжатты дайындау',
  'stepKind.sign': 'Қол қою',
  'stepKind.issue': 'Нәтижені беру',
  'stepKind.forward': 'Жіберу',
  'stepKind.automatic': 'Автоматты әрекет',

  // ===== channels =====
  'channel.providerOffice': 'Көрсетілетін қызметті берушінің кеңсесі',
  'channel.stateCorporation': 'Мемлекеттік корпорация',
  'channel.portal': 'Электрондық үкімет порталы',
  'channel.ruralAkim': 'Ауыл әкімі',
  'channel.otherAuthority': 'Басқа орган',

  // ===== issue methods =====
  'issueMethod.inPerson': 'Қолма-қол',
  'issueMethod.personalCabinet': 'Жеке кабинетке',
  'issueMethod.email': 'Электрондық поштамен',
  'issueMethod.post': 'Поштамен',
  'issueMethod.stateCorporation': 'Мемлекеттік корпорация арқылы',

  // ===== case view =====
  'case.back': 'Кіріс істерге оралу',
  'case.summary': 'Іс туралы мәліметтер',
  'case.status': 'Мәртебесі',
  'case.journalNumber': 'Тіркеу нөмірі',
  'case.applicant': 'Өтініш беруші',
  'case.iin': 'ЖСН',
  'case.unknownName': 'жеке тұлғалар дерекқорында жоқ',
  'case.channel': 'Өтініш арнасы',
  'case.filedAt': 'Қабылданған уақыты',
  'case.overallDue': 'Жалпы мерзімі',
  'case.closedAt': 'Аяқталған уақыты',
  'case.executor': 'Жауапты орындаушы',
  'case.decision': 'Шешім',
  'case.decision.positive': 'Оң нәтиже: {result}',
  'case.decision.refusal': 'Дәлелді бас тарту: {ground}',
  'case.reasonText': 'Дәлелі',
  'case.issuedVia': 'Берілді',
  'case.formData': 'Өтініш деректері',
  'case.documents': 'Құжаттар тізбесі',
  'case.action': 'Сіздің әрекетіңіз',
  'case.openStep': 'Ашық қадам: {step}',
  'case.waitingFor': 'Бұл қадамды орындайтын: {role}.',
  'case.waitingForExecutor': 'Бұл қадамды тағайындалған орындаушы орындайды.',
  'case.closed': 'Іс аяқталды.',
  'case.conflict': 'Сізден бұрын басқа біреу осы іс бойынша әрекет жасады. Іс қайта жүктелді: оны тексеріп, қажет болса қайталаңыз.',
  'case.received': 'Өтініш қабылданды. Оны кіріс хат-хабар журналында тіркеңіз.',
  'case.registered': 'Өтініш кіріс хат-хабар журналында {journalNumber} нөмірімен тіркелді.',
  'case.stepDone': '«{step}» қадамы орындалды.',
  'case.history': 'Іс тарихы',
  'case.historyEmpty': 'Әзірге оқиға жоқ.',

  // ===== steps table =====
  'steps.title': 'Қадамдар мен мерзімдер',
  'steps.col.step': 'Қадам',
  'steps.col.role': 'Рөл',
  'steps.col.limit': 'Регламент бойынша мерзім',
  'steps.col.opened': 'Басталды',
  'steps.col.due': 'Мерзімі',
  'steps.col.completed': 'Орындалды',
  'steps.col.state': 'Күйі',
  'steps.late': 'мерзімі бұзылып',

  // ===== step actions =====
  'action.submitting': 'Жіберілуде…',
  'action.register.hint': 'Құжаттарды тексеріп, өтінішті кіріс хат-хабар журналында тіркеңіз.',
  'action.register.submit': 'Журналда тіркеу',
  'action.assign.legend': 'Жауапты орындаушыны таңдаңыз',
  'action.assign.load': '{count} ашық іс',
  'action.assign.none': 'Орындаушылар тізімі бос.',
  'action.assign.required': 'Орындаушыны таңдаңыз.',
  'action.assign.submit': 'Орындауға жіберу',
  'action.decide.legend': 'Шешім',
  'action.decide.positive': 'Оң нәтиже',
  'action.decide.refusal': 'Дәлелді бас тарту',
  'action.decide.resultType': 'Нәтиже түрі',
  'action.decide.ground': 'Бас тарту негізі',
  'action.decide.chooseGround': 'Негізді таңдаңыз',
  'action.decide.reason': 'Өтініш берушіге арналған дәлел',
  'action.decide.reasonHint': 'Бас тартуды өтініш берушіге түсінікті етіп жазыңыз; кемінде {min} таңба.',
  'action.decide.reasonTooShort': 'Дәлел тым қысқа: кемінде {min} таңба жазыңыз.',
  'action.decide.outcomeRequired': 'Оң нәтижені немесе дәлелді бас тартуды таңдаңыз.',
  'action.decide.submit': 'Шешімді сақтау',
  'action.sign.document': 'Қол қойылатын құжат: {result}',
  'action.sign.submit': 'Қол қою',
  'action.issue.method': 'Беру тәсілі',
  'action.issue.submit': 'Нәтижені беру',
  'action.prepare.note': 'Ескертпе (міндетті емес)',
  'action.prepare.submit': 'Құжат дайын',
  'action.forward.submit': 'Жіберу',
  'action.automatic': 'Бұл қадамды жүйе орындайды.',

  // ===== signers =====

  // ===== receive application =====
  'receive.title': 'Өтінішті қабылдау',
  'receive.service': 'Мемлекеттік көрсетілетін қызмет',
  'receive.regulation': 'Регламент: {date} № {number} қаулы',
  'receive.applicant': 'Өтініш беруші',
  'receive.applicantIin': 'Өтініш берушінің ЖСН',
  'receive.iinHint': '12 цифр',
  'receive.iinInvalid': 'ЖСН 12 цифрдан тұруы керек.',
  'receive.formFields': 'Өтініш деректері',
  'receive.documents': 'Қабылданатын құжаттар',
  'receive.choose': 'Таңдаңыз…',
  'receive.periodFrom': 'Басы',
  'receive.periodTo': 'Соңы',
  'receive.fieldRequired': 'Бұл өрісті толтырыңыз.',
  'receive.fieldInvalid': 'Бұл мән қабылданбады: оны тексеріңіз (толығырақ жоғарыда).',
  'receive.noServices': 'Сіздің өңіріңізде сіз қабылдай алатын қызмет жоқ.',
  'receive.submit': 'Өтінішті қабылдау',

  // ===== timeline events =====
  'event.caseFiled': 'Өтініш қабылданды ({channel}).',
  'event.stepOpened': '«{step}» қадамы ашылды, мерзімі — {due}.',
  'event.stepOpenedNoDue': '«{step}» қадамы ашылды.',
  'event.stepCompleted': '«{step}» қадамы орындалды.',
  'event.stepCompletedLate': '«{step}» қадамы мерзімі бұзылып орындалды.',
  'event.incomingRegistered': 'Кіріс хат-хабар журналында {journalNumber} нөмірімен тіркелді.',
  'event.executorAssigned': 'Жауапты орындаушы тағайындалды: {executor}.',
  'event.registryUpdated': '{registry} жүйесіне жазба енгізілді (жазба {recordId}).',
  'event.decisionPositive': 'Оң нәтиже дайындалды: {result}.',
  'event.decisionRefusal': 'Дәлелді бас тарту дайындалды: {ground}.',
  'event.documentPrepared': 'Құжат дайындалды.',
  'event.documentSigned': 'Құжатқа қол қойылды.',
  'event.documentSignedUnverified': 'Құжатқа қол қойылды (қолтаңба әлі тексерілмеген).',
  'event.resultIssued': 'Нәтиже берілді: {method}.',
  'event.handedOver': 'Іс жіберілді.',
  'event.statusChanged': 'Мәртебесі: {status}.',
  'event.caseClosed': 'Іс аяқталды: {status}.',
  'event.other': 'Оқиға: {type}.',

  // ===== who acted =====
  'actor.system': 'Жүйе',
  'actor.citizen': 'Өтініш беруші',
  'actor.staff': '{name} ({role})',

  // ===== errors =====
  'error.title': 'Қате',
  'error.network': 'Сервермен байланыс жоқ. Желіні тексеріп, қайталаңыз.',
  'error.unexpected': 'Бірдеңе дұрыс болмады (HTTP {status}). Қайталаңыз; қате қайталанса, әкімшіге хабарлаңыз.',

  // ===== common =====
  'common.yes': 'Иә',
  'common.no': 'Жоқ',
  'common.empty': '—',
  'common.required': 'міндетті',
  // ===== per-area catalogs =====
  ...portalKk,
  ...deskKk,
  ...supervisionKk,
  ...signingKk,
  ...verifyKk,
};
