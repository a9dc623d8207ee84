import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveriesOfCitizen } from '../../src/adapters/db/notification-store.ts';
import { routeByChannel } from '../../src/adapters/notifications/channel-router.ts';
import { createOutboxNotificationSender } from '../../src/adapters/notifications/outbox-notification-sender.ts';
import { createSmtpNotificationSender } from '../../src/adapters/notifications/smtp-notification-sender.ts';
import { deliverDueNotices } from '../../src/application/notifications/deliver-notices.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { fileOnPortal } from '../access/support/access-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from './support/test-smtp-server.ts';

const CITIZEN = '880515300120';
const START = '2026-11-24T05:00:00Z';
const SERVICE_RU = 'Регистрация лиц, ищущих работу';
const SERVICE_KK = 'Жұмыс іздеп жүрген адамдарды тіркеу';

/**
 * Issue #17: a notice names the service, the case number and what to do next, and reaches the citizen by the
 * channels they chose — here by e-mail through a real SMTP server started by the test and read back from it — and
 * a send that fails is kept and tried again, never lost.
 */
describe('notices that reach people: cabinet wording, e-mail over SMTP, SMS outbox, retries', () => {
  let app: TestApp;
  let smtp: TestSmtpServer;
  let smtpSender: ReturnType<typeof createSmtpNotificationSender>;
  let citizen: string;
  let caseId: string;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    smtpSender = createSmtpNotificationSender({ url: smtp.url, from: 'Qyzmet <noreply@qyzmet.test>' });
    app = await startTestApp(import.meta.url, START, { notificationSender: (db) => routeByChannel({ email: smtpSender, sms: createOutboxNotificationSender(db) }) });
    const signedIn = await app.request('POST', '/api/portal/sign-in', undefined, { iin: CITIZEN, password: DEMO_PASSWORD });
    citizen = signedIn.body.token;
  });
  afterAll(async () => {
    smtpSender?.close();
    await app?.close();
    await smtp?.close();
  });

  const deliver = () => deliverDueNotices(app.ctx, app.ctx.notificationSender!);

  async function completeOpenSteps(): Promise<void> {
    const staff: Record<string, string> = {};
    const tokenOf = async (login: string) => (staff[login] ??= await app.signIn(login));
    const inputs: Record<string, unknown> = {
      assign: { executorId: 'zhambyl.executor1' },
      decide: { outcome: 'positive' },
      'sign-by-executor': { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' },
    };
    const actorOf: Record<string, string> = { register: 'zhambyl.clerk', assign: 'zhambyl.head', decide: 'zhambyl.executor1', 'sign-by-executor': 'zhambyl.executor1' };
    for (;;) {
      const view = (await app.request('GET', `/api/cases/${caseId}`, await tokenOf('zhambyl.clerk'))).body;
      if (!view.openStep || view.status === 'completed') return;
      const stepId = view.openStep.stepId as string;
      const done = await app.request('POST', `/api/cases/${caseId}/steps`, await tokenOf(actorOf[stepId]!), { stepId, expectedVersion: view.version, ...(inputs[stepId] ? { input: inputs[stepId] } : {}) });
      expect(done.status, `${stepId}: ${JSON.stringify(done.body)}`).toBe(200);
    }
  }

  it('should keep e-mail and SMS off until the citizen chooses them, offering the phone on record', async () => {
    const initial = await app.request('GET', '/api/portal/contact-preferences', citizen);
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ email: null, emailEnabled: false, smsEnabled: false, language: 'kk' });
    const noAddress = await app.request('PUT', '/api/portal/contact-preferences?lang=en', citizen, { email: null, phone: null, emailEnabled: true, smsEnabled: false, language: 'ru' });
    expect(noAddress.status).toBe(400);
    const badAddress = await app.request('PUT', '/api/portal/contact-preferences', citizen, { email: 'not-an-address', phone: null, emailEnabled: true, smsEnabled: false, language: 'ru' });
    expect(badAddress.status).toBe(400);
    const chosen = await app.request('PUT', '/api/portal/contact-preferences', citizen, { email: 'aigerim@example.kz', phone: '+77011234567', emailEnabled: true, smsEnabled: true, language: 'ru' });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    expect(chosen.body).toMatchObject({ email: 'aigerim@example.kz', phone: '+77011234567', emailEnabled: true, smsEnabled: true, language: 'ru' });
  });

  it('should name the service, the case number and the next step in the cabinet notice, in kk, ru and en', async () => {
    ({ caseId } = await fileOnPortal(app, citizen));
    const [notice] = (await app.request('GET', '/api/portal/notifications', citizen)).body;
    expect(notice).toMatchObject({ caseId, payload: { status: 'received' } });
    const number = caseId.slice(0, 8).toUpperCase();
    expect(notice.message.subject.ru).toBe(`«${SERVICE_RU}», № ${number}: заявление принято`);
    expect(notice.message.body.kk).toContain(`«${SERVICE_KK}» қызметі, өтініш № ${number}`);
    expect(notice.message.body.ru).toContain('Пока ничего делать не нужно');
    expect(notice.message.body.en).toContain(`/portal/cases/${caseId}`);
    expect(notice.deliveries).toEqual([
      { channel: 'email', status: 'pending', attempts: 0, sentAt: null },
      { channel: 'sms', status: 'pending', attempts: 0, sentAt: null },
    ]);
  });

  it('should keep a notice the SMTP server refuses pending, retry it later and deliver it once the server accepts', async () => {
    smtp.refuse = true;
    expect(await deliver()).toEqual({ sent: 1, failed: 1 }); // the SMS went to its outbox, the e-mail was refused
    let email = (await deliveriesOfCitizen(app.ctx.db, CITIZEN)).find((d) => d.channel === 'email')!;
    expect(email).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-24T05:01:00.000Z', lastError: expect.stringContaining('451') });
    smtp.refuse = false;
    expect(await deliver()).toEqual({ sent: 0, failed: 0 }); // not due yet: the retry waits its minute
    app.setNow('2026-11-24T05:01:00Z');
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    email = (await deliveriesOfCitizen(app.ctx.db, CITIZEN)).find((d) => d.channel === 'email')!;
    expect(email).toMatchObject({ status: 'sent', attempts: 2, sentAt: '2026-11-24T05:01:00.000Z', lastError: null });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toContain(SERVICE_RU);
    const [sms] = await app.ctx.db.execute<{ recipient: string; body: { ru: string } }>(`select recipient, body from notification_outbox where channel = 'sms' and purpose = 'notice:caseStatusChanged'`);
    expect(sms).toMatchObject({ recipient: '+77011234567', body: { ru: expect.stringContaining(SERVICE_RU) } });
  });

  it('should e-mail the citizen, in the chosen language first, when the case completes', async () => {
    app.setNow('2026-11-24T06:00:00Z');
    await completeOpenSteps();
    app.setNow('2026-11-24T07:00:00Z');
    const run = await deliver();
    expect(run.failed).toBe(0);
    const completed = smtp.received.find((mail) => mail.subject?.includes('услуга оказана'));
    expect(completed, smtp.received.map((m) => m.subject).join(' | ')).toBeDefined();
    const [journal] = await app.ctx.db.execute<{ journal_number: string }>('select journal_number from cases where id = $1', [caseId]);
    expect(completed!.subject).toBe(`«${SERVICE_RU}», № ${journal!.journal_number}: услуга оказана, результат готов`);
    expect(completed!.to).toMatchObject({ text: 'aigerim@example.kz' });
    expect(completed!.from?.value).toEqual([{ name: 'Qyzmet', address: 'noreply@qyzmet.test' }]);
    const text = completed!.text ?? '';
    expect(text.indexOf('Услуга «' + SERVICE_RU)).toBe(0); // Russian first, as chosen
    expect(text).toContain('ответьте на анкету');
    expect(text).toContain(`«${SERVICE_KK}» қызметі`);
    expect(text).toContain(`/portal/cases/${caseId}`);
    const all = await deliveriesOfCitizen(app.ctx.db, CITIZEN);
    expect(all.every((d) => d.status === 'sent')).toBe(true);
  });
});
