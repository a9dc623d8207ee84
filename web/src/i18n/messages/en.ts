import { portalEn } from './portal.en.ts';
import { deskEn } from './desk.en.ts';
import { supervisionEn } from './supervision.en.ts';
import { signingEn } from './signing.en.ts';
import { verifyEn } from './verify.en.ts';
/**
 * English catalog; its keys are the catalog's keys (kk.ts and ru.ts must have every one — the compiler and
 * test/web/i18n-catalog.test.ts both check). `{name}` placeholders must match across the three languages.
 * Keys are grouped by screen: app, nav, role, signIn, inbox, time, unit, status, stepStatus, stepKind, channel,
 * issueMethod, case, steps, action, signer, receive, event, actor, error, common.
 */
export const en = {
  // ===== app shell =====
  'app.name': 'Qyzmet',
  'app.tagline': 'Regulations of state services',
  'app.area.backOffice': 'Provider back office',
  'app.skipToContent': 'Skip to main content',
  'app.language': 'Language',
  'app.loading': 'Loading…',
  'app.notFound.title': 'Page not found',
  'app.notFound.text': 'There is no page at this address.',
  'app.notFound.back': 'Go to the start page',
  'app.footer': 'Qyzmet executes the regulations of state services of the social-labour sphere.',

  // ===== navigation =====
  'nav.main': 'Main menu',
  'nav.inbox': 'Inbox',
  'nav.receive': 'Receive application',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': '{name}, {role}',

  // ===== staff roles =====
  'role.clerk': 'Office clerk',
  'role.head': 'Head',
  'role.executor': 'Responsible executor',
  'role.scOperator': 'State Corporation operator',
  'role.supervisor': 'Regional supervisor',
  'role.admin': 'Administrator',
  'role.system': 'System',

  // ===== sign-in =====
  'signIn.title': 'Staff sign-in',
  'signIn.intro': 'Sign in with the login and password your organisation gave you.',
  'signIn.login': 'Login',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.sessionExpired': 'Your session has ended. Please sign in again.',
  'signIn.signedOut': 'You have signed out.',

  // ===== inbox =====
  'inbox.title': 'Inbox',
  'inbox.caption': 'Cases waiting for you as {role}, soonest due first',
  'inbox.refresh': 'Refresh',
  'inbox.empty': 'No cases are waiting for you.',
  'inbox.total': 'Cases: {count}',
  'inbox.overdueCount': 'Overdue: {count}',
  'inbox.col.case': 'Case',
  'inbox.col.service': 'Service',
  'inbox.col.applicant': 'Applicant (IIN)',
  'inbox.col.step': 'Step',
  'inbox.col.due': 'Due',
  'inbox.col.remaining': 'Time left',
  'inbox.notRegistered': 'not registered yet',
  'inbox.openCase': 'Open case {ref}',

  // ===== durations and due times =====
  'time.left': '{duration} left',
  'time.overdueBy': 'overdue by {duration}',
  'time.overdue': 'Overdue',
  'time.days': '{n} d',
  'time.hours': '{n} h',
  'time.minutes': '{n} min',
  'time.underMinute': 'under a minute',
  'time.noLimit': 'no time limit',

  // ===== limit units (regulation step limits) =====
  'unit.minutes': '{n} min',
  'unit.hours': '{n} h',
  'unit.workingDays': '{n} working days',
  'unit.calendarDays': '{n} calendar days',
  'unit.months': '{n} months',
  'unit.other': '{n} {unit}',

  // ===== case statuses (what the applicant sees) =====
  'status.received': 'Received',
  'status.inWork': 'In work',
  'status.completed': 'Completed',
  'status.refused': 'Refused',

  // ===== step states =====
  'stepStatus.pending': 'Pending',
  'stepStatus.open': 'Open',
  'stepStatus.done': 'Done',
  'stepStatus.skipped': 'Skipped',

  // ===== step kinds =====
  'stepKind.register': 'Registration',
  'stepKind.assignExecutor': 'Resolution (assigning an executor)',
  'stepKind.decide': 'Decision',
  'stepKind.prepareDocument': 'Document preparation',
  'stepKind.sign': 'Signing',
  'stepKind.issue': 'Issue of the result',
  'stepKind.forward': 'Hand-over',
  'stepKind.automatic': 'Automatic action',

  // ===== channels =====
  'channel.providerOffice': "Provider's office",
  'channel.stateCorporation': 'State Corporation',
  'channel.portal': 'E-gov portal',
  'channel.ruralAkim': 'Rural akim',
  'channel.otherAuthority': 'Other authority',

  // ===== issue methods =====
  'issueMethod.inPerson': 'In person',
  'issueMethod.personalCabinet': 'To the personal cabinet',
  'issueMethod.email': 'By e-mail',
  'issueMethod.post': 'By post',
  'issueMethod.stateCorporation': 'Through the State Corporation',

  // ===== case view =====
  'case.back': 'Back to the inbox',
  'case.summary': 'About the case',
  'case.status': 'Status',
  'case.journalNumber': 'Registration number',
  'case.applicant': 'Applicant',
  'case.iin': 'IIN',
  'case.unknownName': 'not in the persons database',
  'case.channel': 'Channel',
  'case.filedAt': 'Received at',
  'case.overallDue': 'Overall due time',
  'case.closedAt': 'Closed at',
  'case.executor': 'Responsible executor',
  'case.decision': 'Decision',
  'case.decision.positive': 'Positive result: {result}',
  'case.decision.refusal': 'Reasoned refusal: {ground}',
  'case.reasonText': 'Reasoning',
  'case.issuedVia': 'Issued',
  'case.formData': 'Application data',
  'case.documents': 'Documents checklist',
  'case.action': 'Your action',
  'case.openStep': 'Open step: {step}',
  'case.waitingFor': 'This step is done by: {role}.',
  'case.waitingForExecutor': 'The assigned executor does this step.',
  'case.closed': 'The case is closed.',
  'case.conflict': 'Someone acted on this case before you. The case has been reloaded: check it and act again if still needed.',
  'case.received': 'The application is received. Register it in the incoming journal.',
  'case.registered': 'The application is registered in the incoming journal as {journalNumber}.',
  'case.stepDone': 'Step "{step}" is done.',
  'case.history': 'Case timeline',
  'case.historyEmpty': 'No events yet.',

  // ===== steps table =====
  'steps.title': 'Steps and due times',
  'steps.col.step': 'Step',
  'steps.col.role': 'Role',
  'steps.col.limit': 'Limit',
  'steps.col.opened': 'Opened',
  'steps.col.due': 'Due',
  'steps.col.completed': 'Completed',
  'steps.col.state': 'State',
  'steps.late': 'late',

  // ===== step actions =====
  'action.submitting': 'Sending…',
  'action.register.hint': 'Check the documents and register the application in the incoming journal.',
  'action.register.submit': 'Register in the journal',
  'action.assign.legend': 'Choose the responsible executor',
  'action.assign.load': '{count} open cases',
  'action.assign.none': 'There are no executors to choose from.',
  'action.assign.required': 'Choose an executor.',
  'action.assign.submit': 'Send for execution',
  'action.decide.legend': 'Decision',
  'action.decide.positive': 'Positive result',
  'action.decide.refusal': 'Reasoned refusal',
  'action.decide.resultType': 'Result type',
  'action.decide.ground': 'Ground for refusal',
  'action.decide.chooseGround': 'Choose a ground',
  'action.decide.reason': 'Reasoning for the applicant',
  'action.decide.reasonHint': 'Explain the refusal so that the applicant understands it; at least {min} characters.',
  'action.decide.reasonTooShort': 'The reasoning is too short: write at least {min} characters.',
  'action.decide.outcomeRequired': 'Choose a positive result or a reasoned refusal.',
  'action.decide.submit': 'Save the decision',
  'action.sign.document': 'Document to sign: {result}',
  'action.sign.submit': 'Sign',
  'action.issue.method': 'Issue method',
  'action.issue.submit': 'Issue the result',
  'action.prepare.note': 'Note (optional)',
  'action.prepare.submit': 'The document is ready',
  'action.forward.submit': 'Hand over',
  'action.automatic': 'The system does this step.',

  // ===== signers =====

  // ===== receive application =====
  'receive.title': 'Receive an application',
  'receive.service': 'State service',
  'receive.regulation': 'Regulation: resolution No. {number} of {date}',
  'receive.applicant': 'Applicant',
  'receive.applicantIin': "Applicant's IIN",
  'receive.iinHint': '12 digits',
  'receive.iinInvalid': 'The IIN must be 12 digits.',
  'receive.formFields': 'Application data',
  'receive.documents': 'Documents to accept',
  'receive.choose': 'Choose…',
  'receive.periodFrom': 'From',
  'receive.periodTo': 'To',
  'receive.fieldRequired': 'Fill in this field.',
  'receive.fieldInvalid': 'This value was not accepted: check it (details above).',
  'receive.noServices': 'There are no services you can receive in your region.',
  'receive.submit': 'Receive the application',

  // ===== timeline events =====
  'event.caseFiled': 'Application received ({channel}).',
  'event.stepOpened': 'Step "{step}" opened, due {due}.',
  'event.stepOpenedNoDue': 'Step "{step}" opened.',
  'event.stepCompleted': 'Step "{step}" done.',
  'event.stepCompletedLate': 'Step "{step}" done late.',
  'event.incomingRegistered': 'Registered in the incoming journal as {journalNumber}.',
  'event.executorAssigned': 'Responsible executor assigned: {executor}.',
  'event.registryUpdated': 'Entry made in {registry} (record {recordId}).',
  'event.decisionPositive': 'Positive result prepared: {result}.',
  'event.decisionRefusal': 'Reasoned refusal prepared: {ground}.',
  'event.documentPrepared': 'Document prepared.',
  'event.documentSigned': 'Document signed.',
  'event.documentSignedUnverified': 'Document signed (the signature is not verified yet).',
  'event.resultIssued': 'Result issued: {method}.',
  'event.handedOver': 'Case handed over.',
  'event.statusChanged': 'Status: {status}.',
  'event.caseClosed': 'Case closed: {status}.',
  'event.other': 'Event: {type}.',

  // ===== who acted =====
  'actor.system': 'System',
  'actor.citizen': 'Applicant',
  'actor.staff': '{name} ({role})',

  // ===== errors =====
  'error.title': 'Error',
  'error.network': 'The server cannot be reached. Check the network and try again.',
  'error.unexpected': 'Something went wrong (HTTP {status}). Try again; if it repeats, tell the administrator.',

  // ===== common =====
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.empty': '—',
  'common.required': 'required',
  // ===== per-area catalogs (portal, desk, supervision, signing, verify) =====
  ...portalEn,
  ...deskEn,
  ...supervisionEn,
  ...signingEn,
  ...verifyEn,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
