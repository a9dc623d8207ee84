import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { routeByChannel } from '../../src/adapters/notifications/channel-router.ts';
import { createOutboxNotificationSender } from '../../src/adapters/notifications/outbox-notification-sender.ts';
import { createSmtpNotificationSender } from '../../src/adapters/notifications/smtp-notification-sender.ts';
import { deliverDueNotices } from '../../src/application/notifications/deliver-notices.ts';
import { fileOnPortal } from '../access/support/access-fixtures.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../notifications/support/test-smtp-server.ts';
import { startTestApp } from '../support/test-app.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, type WebTestApp } from './support/web-app.ts';

/*
 * Issue #17 in Chromium, in Kazakh and Russian, on a desktop and a 390×844 phone: the receipt of accepted documents
 * renders on its print sheet; the Zhambyl desk says before any ticket that it accepts no service and closes a ticket
 * as not served with a required reason; the citizen chooses e-mail in the cabinet, receives an e-mail (read back from
 * a real SMTP server) naming the service when the case completes, and meets the survey with nothing pre-selected.
 */
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const SERVICE = { kk: 'Жұмыс іздеп жүрген адамдарды тіркеу', ru: 'Регистрация лиц, ищущих работу' } as const;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const CITIZENS = { kk: '880515300120', ru: '880515300208' } as const;

async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(await screenshotDir(), 'print-notify');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
}

describe.skipIf(!available)(`printing, notices and the desk's dead ends in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  let smtp: TestSmtpServer;
  let smtpSender: ReturnType<typeof createSmtpNotificationSender>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    smtp = await startTestSmtpServer();
    smtpSender = createSmtpNotificationSender({ url: smtp.url, from: 'Qyzmet <noreply@qyzmet.test>' });
    const testApp = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { notificationSender: (db) => routeByChannel({ email: smtpSender, sms: createOutboxNotificationSender(db) }) });
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    smtpSender?.close();
    await app?.close();
    await smtp?.close();
  });

  async function openPage(language: Language, viewport: { width: number; height: number }, url: string): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  async function staffSignIn(page: Page, language: Language, login: string): Promise<void> {
    await heading(page, t(language, 'signIn.title'));
    await page.getByLabel(t(language, 'signIn.login')).fill(login);
    await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await auditAccessibility(page)).toEqual([]);
  }

  let receiptCaseId = '';

  for (const language of ['kk', 'ru'] as const) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      it(`shows the receipt of accepted documents on its print sheet (${language}, ${size})`, async () => {
        if (!receiptCaseId) {
          const citizen = (await app.request('POST', '/api/portal/sign-in', undefined, { iin: '950101400012', password: 'qyzmet-demo' })).body.token as string;
          receiptCaseId = (await fileOnPortal(app, citizen)).caseId;
        }
        const page = await openPage(language, viewport, `/office/sign-in?next=${encodeURIComponent(`/office/cases/${receiptCaseId}/receipt`)}`);
        await staffSignIn(page, language, 'zhambyl.clerk');
        await heading(page, t(language, 'print.receipt.page'));
        const sheet = page.getByTestId('receipt-kk');
        await sheet.waitFor();
        // Both state languages are on the sheet whichever of the two is on the screen.
        for (const lang of ['kk', 'ru'] as const) {
          const text = await page.getByTestId(`receipt-${lang}`).innerText();
          expect(text).toContain(t(lang, 'print.receipt.title'));
          expect(text).toContain(SERVICE[lang]);
          expect(text).toContain('diploma.pdf');
          expect(await page.getByTestId(`receipt-due-${lang}`).innerText()).toMatch(/^2026-\d\d-\d\d \d\d:\d\d \(UTC\+05:00\)$/);
        }
        await expect(page.getByRole('button', { name: t(language, 'print.print') }).isVisible()).resolves.toBe(true);
        // Printed (print media): the page's chrome and the buttons are left off the A4 sheet.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.site-header').isVisible()).toBe(false);
        expect(await page.getByRole('button', { name: t(language, 'print.print') }).isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(viewport.width);
        await expectAccessible(page);
        await shot(page, `${language}-${size}-office-receipt`);
      }, 120_000);

      it(`shows the desk's services before any ticket and closes a ticket as not served with a reason (${language}, ${size})`, async () => {
        const page = await openPage(language, viewport, '/desk');
        await staffSignIn(page, language, 'zhambyl.operator');
        await heading(page, t(language, 'desk.queue.title'));
        await page.getByText(t(language, 'desk.services.none')).waitFor();
        await expectAccessible(page);
        await shot(page, `${language}-${size}-desk-no-services`);
        await page.getByRole('button', { name: t(language, 'desk.queue.take') }).click();
        await page.getByRole('button', { name: t(language, 'desk.queue.callNext') }).click();
        // The ticket just called is named in the notice; the walk closes that one and no other.
        const calledNotice = new RegExp(t(language, 'desk.queue.called', { number: 9999 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('9999', '\\d+'));
        await page.getByText(calledNotice).waitFor();
        const [called] = await app.ctx.db.execute<{ id: string; number: number }>(
          `select id, number from desk_tickets where branch_id = 'zhambyl-taraz-sc-branch' and status = 'called' order by number desc limit 1`,
        );
        if (!called) throw new Error('no ticket was called');
        await page.getByRole('button', { name: t(language, 'desk.notServed.openTicket', { number: called.number }), exact: true }).click();
        const form = page.getByTestId('not-served-form');
        await form.waitFor();
        await form.getByRole('button', { name: t(language, 'desk.notServed.submit') }).click();
        await form.getByText(t(language, 'desk.notServed.reasonMissing')).waitFor();
        await expectAccessible(page);
        await shot(page, `${language}-${size}-desk-not-served-reason`);
        await form.getByLabel(t(language, 'desk.notServed.reason'), { exact: false }).fill(language === 'kk' ? 'Бөлімше бұл қызметті қабылдамайды' : 'Отделение не принимает эту услугу');
        await form.getByRole('button', { name: t(language, 'desk.notServed.submit') }).click();
        // Wait for this ticket's own confirmation: an earlier walk's "not served" row is already on the list.
        await page.getByText(t(language, 'desk.notServed.done', { number: called.number })).waitFor();
        const [closed] = await app.ctx.db.execute<{ status: string; not_served_reason: string }>(`select status, not_served_reason from desk_tickets where id = $1`, [called.id]);
        expect(closed).toMatchObject({ status: 'notServed', not_served_reason: expect.stringMatching(/Бөлімше|Отделение/) });
        await shot(page, `${language}-${size}-desk-not-served-done`);
      }, 120_000);
    }

    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      it(`e-mails the citizen naming the service when the case completes, and offers the survey with nothing ticked (${language}, ${size})`, async () => {
        const iin = CITIZENS[language];
        // Each viewport's walk starts from a citizen with no e-mail on record (the other walk saved one).
        const resetToken = (await app.request('POST', '/api/portal/sign-in', undefined, { iin, password: 'qyzmet-demo' })).body.token as string;
        await app.request('PUT', '/api/portal/contact-preferences', resetToken, { email: null, phone: null, emailEnabled: false, smsEnabled: false, language });
        const page = await openPage(language, viewport, '/portal');
        await heading(page, t(language, 'portal.signIn.title'));
        await page.getByLabel(t(language, 'portal.field.iin')).fill(iin);
        await page.getByLabel(t(language, 'portal.field.password')).fill('qyzmet-demo');
        await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
        await heading(page, t(language, 'portal.cabinet.title'));
        const channels = page.getByTestId('notice-channels');
        await channels.getByLabel(t(language, 'portal.channels.email')).check();
        await channels.getByRole('button', { name: t(language, 'portal.channels.save') }).click();
        await channels.getByText(t(language, 'portal.channels.emailMissing')).waitFor();
        const address = `citizen-${language}-${size}@example.kz`;
        await channels.getByLabel(t(language, 'portal.channels.emailAddress')).fill(address);
        await channels.getByRole('button', { name: t(language, 'portal.channels.save') }).click();
        await channels.getByText(t(language, 'portal.channels.saved')).waitFor();
        await expectAccessible(page);
        await shot(page, `${language}-${size}-portal-channels`);

        // The citizen's application (filed through the API: the portal's own signing is test/web/portal.browser.test.ts),
        // then the provider completes it.
        const token = (await app.request('POST', '/api/portal/sign-in', undefined, { iin, password: 'qyzmet-demo' })).body.token as string;
        await app.request('PUT', '/api/portal/contact-preferences', token, { email: address, phone: null, emailEnabled: true, smsEnabled: false, language });
        const { caseId } = await fileOnPortal(app, token);
        const staff: Record<string, string> = {};
        const actorOf: Record<string, string> = { register: 'zhambyl.clerk', assign: 'zhambyl.head', decide: 'zhambyl.executor1', 'sign-by-executor': 'zhambyl.executor1' };
        const inputs: Record<string, unknown> = { assign: { executorId: 'zhambyl.executor1' }, decide: { outcome: 'positive' }, 'sign-by-executor': { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' } };
        for (;;) {
          staff['zhambyl.clerk'] ??= await app.signIn('zhambyl.clerk');
          const view = (await app.request('GET', `/api/cases/${caseId}`, staff['zhambyl.clerk'])).body;
          if (!view.openStep || view.status === 'completed') break;
          const stepId = view.openStep.stepId as string;
          const login = actorOf[stepId]!;
          staff[login] ??= await app.signIn(login);
          const done = await app.request('POST', `/api/cases/${caseId}/steps`, staff[login], { stepId, expectedVersion: view.version, ...(inputs[stepId] ? { input: inputs[stepId] } : {}) });
          expect(done.status, JSON.stringify(done.body)).toBe(200);
        }
        expect((await deliverDueNotices(app.ctx, app.ctx.notificationSender!)).failed).toBe(0);
        const mail = smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === address && (m.text ?? '').startsWith(language === 'kk' ? `«${SERVICE.kk}» қызметі` : `Услуга «${SERVICE.ru}»`) && /қызмет көрсетілді|услуга оказана/.test(m.subject ?? ''));
        expect(mail, smtp.received.map((m) => `${JSON.stringify(m.to)} ${m.subject}`).join('\n')).toBeDefined();
        expect(mail!.subject).toContain(SERVICE[language]);

        await page.goto(`/portal/cases/${caseId}`);
        await page.getByRole('heading', { name: t(language, 'portal.survey.heading') }).waitFor();
        expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
        await page.getByRole('button', { name: t(language, 'portal.survey.submit') }).click();
        await page.getByTestId('survey-missing').waitFor();
        expect(await page.getByTestId('survey-missing').innerText()).toContain(t(language, 'portal.survey.processAndResult'));
        await expectAccessible(page);
        await shot(page, `${language}-${size}-portal-survey-unanswered`);

        await page.goto('/portal/notifications');
        await heading(page, t(language, 'portal.notifications.title'));
        await page.getByText(SERVICE[language]).first().waitFor();
        await expectAccessible(page);
        await shot(page, `${language}-${size}-portal-notifications`);
      }, 180_000);
    }
  }
});
