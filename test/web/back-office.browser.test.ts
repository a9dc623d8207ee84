import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { CmsSignatureVerifier, exportPkcs12, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { startTestApp } from '../support/test-app.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * The Zhambyl journey through the back office in a real browser: the clerk receives and registers, the head assigns,
 * the executor decides, the head signs, the clerk issues — each person in their own browser profile, in Kazakh,
 * Russian or English, with the server's clock moved between the steps. Screenshots go to test-output/web/.
 */

const REGULATION_ID = 'zhambyl-2017-231-job-seeker-registration';
const regulation = JSON.parse(readFileSync(path.join(REGULATIONS_DIR, `${REGULATION_ID}.json`), 'utf8')) as {
  formFields: Array<{ id: string; label: Record<Language, string> }>;
  results: Array<{ id: string; kind: string; name: Record<Language, string> }>;
  refusalGrounds: Array<{ id: string; text: Record<Language, string> }>;
};
const fieldLabel = (id: string, language: Language) => regulation.formFields.find((f) => f.id === id)!.label[language];
const EXECUTOR1_NAME = 'Ахметова Динара Болатқызы';
const EXECUTOR2_NAME = 'Ким Виктор Сергеевич';
const HEAD_KEY_PASSWORD = 'Құпия-2026';

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; CI installs it)`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(await screenshotDir(), `${name}.png`), fullPage: true });
}

async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await auditAccessibility(page)).toEqual([]);
}

async function signIn(page: Page, language: Language, login: string): Promise<void> {
  await heading(page, t(language, 'signIn.title'));
  await page.getByLabel(t(language, 'signIn.login')).fill(login);
  await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
  await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
  await heading(page, t(language, 'inbox.title'));
}

/** A link of the main menu (the back link on a case also starts with the inbox's name). */
function menuLink(page: Page, language: Language, key: MessageKey) {
  return page.getByRole('navigation', { name: t(language, 'nav.main') }).getByRole('link', { name: t(language, key), exact: true });
}

async function openCaseFromInbox(page: Page, language: Language, ref: string): Promise<void> {
  await page.getByRole('link', { name: t(language, 'inbox.openCase', { ref }) }).click();
  await page.getByTestId('case-status').waitFor();
}

async function caseStatus(page: Page, language: Language, status: 'received' | 'inWork' | 'completed' | 'refused'): Promise<void> {
  await page.getByTestId('case-status').filter({ hasText: t(language, `status.${status}`) }).waitFor({ timeout: 10_000 });
}

describe.skipIf(!available)(`the provider back office in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const person = async (viewport?: { width: number; height: number }) => {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    return context;
  };
  let clerkToken: string;
  let headToken: string;
  let headKey: IssuedKey;
  let headKeyFile: Uint8Array;

  beforeAll(async () => {
    await buildWebApp();
    // EDS verification on: a test CA is the trust anchor, and the head holds a signing key file it issued.
    const caNow = new Date('2026-01-01T00:00:00Z');
    const ca = await LocalCa.create({ now: caNow });
    const signatureVerifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    const testApp = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier }); // Tuesday 10:00 in Taraz (UTC+5)
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    const head = (await findStaff(app.ctx.db, 'zhambyl.head'))!;
    headKey = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: '150940001238', organization: 'Taraz employment centre', name: { surname: 'Омаров', firstName: 'Ерлан' } },
      purpose: 'signing',
      notBefore: caNow,
      // The browser signs with its own clock; a long validity keeps the test independent of the day it runs.
      validityDays: 20 * 365,
    });
    headKeyFile = await exportPkcs12({ privateKey: headKey.privateKey, certificate: headKey.certificate, chain: headKey.chain, password: HEAD_KEY_PASSWORD, iterations: 1000 });
    browser = await launchChromium();
    clerkToken = await app.signIn('zhambyl.clerk');
    headToken = await app.signIn('zhambyl.head');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  let clerk: Page;
  let executorContext: BrowserContext;

  it('should take an application from receipt to issue through every role when each person uses the UI', async () => {
    // Two more cases, filed through the API: one the clerk never registers (it becomes overdue) and one the head's
    // resolution will lose to a colleague (409).
    const forgotten = await app.request('POST', '/api/cases', clerkToken, officeApplication(app.ctx, {
      regulationId: REGULATION_ID,
      applicantIin: '950101400012',
      formData: { 'desired-position': 'Мұғалім', 'education-level': 'higher', phone: '+77017654321', 'consent-publish': true },
    }));
    expect(forgotten.status).toBe(201);
    const contested = await app.request('POST', '/api/cases', clerkToken, officeApplication(app.ctx, {
      regulationId: REGULATION_ID,
      applicantIin: '061211600012',
      formData: { 'desired-position': 'Аспаз', 'education-level': 'secondary', phone: '+77015550000', 'consent-publish': true },
    }));
    const contestedRegistered = await app.request('POST', `/api/cases/${contested.body.id}/steps`, clerkToken, { stepId: 'register', expectedVersion: contested.body.version });
    expect(contestedRegistered.status).toBe(200);

    // ===== the clerk, in Kazakh (the default), signs in with the keyboard alone =====
    clerk = await (await person()).newPage();
    await clerk.goto('/');
    await heading(clerk, t('kk', 'signIn.title'));
    expect(clerk.url()).toContain('/office/sign-in');
    expect(await clerk.evaluate(() => document.documentElement.lang)).toBe('kk');
    await expectAccessible(clerk);
    await shot(clerk, 'kk-01-sign-in');
    await clerk.getByLabel(t('kk', 'signIn.login')).focus();
    await clerk.keyboard.type('zhambyl.clerk');
    await clerk.keyboard.press('Tab');
    await clerk.keyboard.type('qyzmet-demo');
    await clerk.keyboard.press('Enter');
    await heading(clerk, t('kk', 'inbox.title'));
    await see(clerk, t('kk', 'nav.signedInAs', { name: 'Сейітова Айгүл Маратқызы', role: t('kk', 'role.clerk') }));
    await see(clerk, t('kk', 'inbox.openCase', { ref: '950101400012' }));
    await expectAccessible(clerk);
    await shot(clerk, 'kk-02-inbox-clerk');

    // ===== the clerk receives the application: the form comes from the regulation's formFields =====
    await menuLink(clerk, 'kk', 'nav.receive').click();
    await heading(clerk, t('kk', 'receive.title'));
    expect(await clerk.evaluate(() => document.activeElement?.tagName)).toBe('H1'); // focus moved to the new screen
    await clerk.getByLabel(t('kk', 'receive.service')).selectOption(REGULATION_ID);
    await clerk.getByLabel(t('kk', 'receive.applicantIin')).fill('880515300120');
    await clerk.getByLabel(fieldLabel('desired-position', 'kk')).fill('Бухгалтер');
    await clerk.getByLabel(fieldLabel('education-level', 'kk')).selectOption('higher');
    await clerk.getByLabel(fieldLabel('experience-years', 'kk')).fill('3');
    await clerk.getByLabel(fieldLabel('phone', 'kk')).fill('not a phone');
    await clerk.getByLabel(fieldLabel('consent-publish', 'kk')).check();
    // The identity document handed over on paper (issue #17: the checklist is recorded and listed on the receipt).
    await clerk.getByTestId('paper-documents').getByRole('checkbox', { name: /Жеке басын куәландыратын құжат/ }).check();
    await expectAccessible(clerk);
    await clerk.getByRole('button', { name: t('kk', 'receive.submit') }).click();
    // The API refuses the phone in plain words (issue #17: no `formData.phone`); the message appears at the field, which gets the focus.
    await see(clerk, 'телефон нөмірі +7 701 123 45 67 түрінде болуы керек');
    expect(await clerk.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('phone');
    expect(await clerk.getByLabel(fieldLabel('phone', 'kk')).getAttribute('aria-invalid')).toBe('true');
    await clerk.getByLabel(fieldLabel('phone', 'kk')).fill('+77011234567');
    await shot(clerk, 'kk-03-receive-form');
    await clerk.getByRole('button', { name: t('kk', 'receive.submit') }).click();
    await see(clerk, t('kk', 'case.received'));
    await caseStatus(clerk, 'kk', 'received');
    const caseId = decodeURIComponent(new URL(clerk.url()).pathname.split('/').pop()!);
    await see(clerk, 'Серікбаев Данияр Ерланұлы'); // the persons database's name for the IIN
    await expectAccessible(clerk);
    await shot(clerk, 'kk-04-case-received');

    // ===== the clerk registers it in the incoming journal =====
    app.setNow('2026-11-24T05:10:00Z');
    await clerk.getByRole('button', { name: t('kk', 'action.register.submit') }).click();
    await caseStatus(clerk, 'kk', 'inWork');
    const journalNumber = (await clerk.getByTestId('journal-number').textContent())!.trim();
    expect(journalNumber).toMatch(/^TRZ-2026-\d{6}$/);
    await see(clerk, t('kk', 'case.registered', { journalNumber }));
    await see(clerk, t('kk', 'case.waitingFor', { role: t('kk', 'role.head') }));

    // ===== the head, in Russian: chooses the language before signing in =====
    const headContext = await person();
    const head = await headContext.newPage();
    await head.goto('/office');
    await head.getByRole('button', { name: 'Русский' }).click();
    await heading(head, t('ru', 'signIn.title'));
    expect(await head.evaluate(() => document.documentElement.lang)).toBe('ru');
    await shot(head, 'ru-05-sign-in');
    app.setNow('2026-11-24T05:25:00Z');
    await signIn(head, 'ru', 'zhambyl.head');
    await see(head, t('ru', 'inbox.openCase', { ref: journalNumber }));
    await expectAccessible(head);
    await shot(head, 'ru-06-inbox-head');

    // ===== the head's resolution: an executor chosen seeing each one's load =====
    await openCaseFromInbox(head, 'ru', journalNumber);
    expect(await head.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const executor1 = head.getByRole('radio', { name: new RegExp(EXECUTOR1_NAME) });
    await executor1.waitFor();
    expect(await head.getByText(new RegExp(`${EXECUTOR1_NAME}.*`)).first().textContent()).toBeTruthy();
    await see(head, t('ru', 'action.assign.load', { count: 0 }));
    await executor1.check();
    await expectAccessible(head);
    await shot(head, 'ru-07-assign');
    await head.getByRole('button', { name: t('ru', 'action.assign.submit') }).click();
    await see(head, t('ru', 'case.stepDone', { step: t('ru', 'stepKind.assignExecutor') }));
    await see(head, t('ru', 'case.waitingFor', { role: t('ru', 'role.executor') }));

    // ===== a colleague acts first on the contested case: the head's stale resolution gets 409 and a reload =====
    await head.getByRole('link', { name: t('ru', 'case.back') }).click();
    await heading(head, t('ru', 'inbox.title'));
    await openCaseFromInbox(head, 'ru', contestedRegistered.body.journalNumber as string);
    await head.getByRole('radio', { name: new RegExp(EXECUTOR2_NAME) }).check();
    const first = await app.request('POST', `/api/cases/${contested.body.id}/steps`, headToken, {
      stepId: 'assign',
      expectedVersion: contestedRegistered.body.version,
      input: { executorId: 'zhambyl.executor1' },
    });
    expect(first.status).toBe(200);
    await head.getByRole('button', { name: t('ru', 'action.assign.submit') }).click();
    await see(head, t('ru', 'case.conflict'));
    await see(head, t('ru', 'case.waitingFor', { role: t('ru', 'role.executor') }));
    // The assigned executor is named, not shown by login (issue #17).
    expect(await head.getByText('Ахметова Динара Болатқызы').count()).toBeGreaterThan(0);
    expect(await head.getByText('zhambyl.executor1').count()).toBe(0);
    await shot(head, 'ru-08-version-conflict');
    const contestedNow = await app.request('GET', `/api/cases/${contested.body.id}`, headToken);
    expect(contestedNow.body.executorId).toBe('zhambyl.executor1'); // the stale command changed nothing

    // ===== the executor, in Kazakh: the positive result =====
    executorContext = await person();
    const executor = await executorContext.newPage();
    await executor.goto('/office');
    app.setNow('2026-11-24T07:00:00Z');
    await signIn(executor, 'kk', 'zhambyl.executor1');
    await openCaseFromInbox(executor, 'kk', journalNumber);
    await executor.getByRole('radio', { name: t('kk', 'action.decide.positive') }).check();
    const positive = regulation.results.find((r) => r.kind === 'positive')!;
    await see(executor, positive.name.kk);
    await expectAccessible(executor);
    await shot(executor, 'kk-09-decide');
    await executor.getByRole('button', { name: t('kk', 'action.decide.submit') }).click();
    await see(executor, t('kk', 'case.stepDone', { step: t('kk', 'stepKind.decide') }));
    await executor.getByTestId('decision').filter({ hasText: t('kk', 'case.decision.positive', { result: positive.name.kk }) }).waitFor();

    // ===== the head signs, in Russian again: the language was remembered =====
    // A new tab takes the session from the head's open tab (issue #17: no second sign-in), and the language
    // (localStorage) was remembered.
    const headAgain = await headContext.newPage();
    await headAgain.goto('/office');
    app.setNow('2026-11-24T11:00:00Z');
    await openCaseFromInbox(headAgain, 'ru', journalNumber);
    expect(await headAgain.evaluate(() => document.documentElement.lang)).toBe('ru');
    // NCALayer is not running in the test browser: the built-in key-file signer is offered, and says so.
    await see(headAgain, t('ru', 'signing.ncaLayer.notRunning'));
    const signButton = headAgain.getByRole('button', { name: t('ru', 'action.sign.submit') });
    await signButton.click();
    await see(headAgain, t('ru', 'signing.keyFile.fileMissing'));
    await headAgain.getByLabel(t('ru', 'signing.keyFile.file')).setInputFiles({ name: 'RSA256_head.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from(headKeyFile) });
    await headAgain.getByLabel(t('ru', 'signing.keyFile.password')).fill('wrong password');
    await signButton.click();
    await see(headAgain, t('ru', 'signing.error.wrongPassword'));
    await headAgain.getByLabel(t('ru', 'signing.keyFile.password')).fill(HEAD_KEY_PASSWORD);
    await expectAccessible(headAgain);
    await shot(headAgain, 'ru-10-sign');
    await signButton.click();
    await see(headAgain, t('ru', 'case.stepDone', { step: t('ru', 'stepKind.sign') }));
    // The server verified the CMS the browser made (chain, validity, revocation, the head's IIN).
    await see(headAgain, t('ru', 'event.documentSigned'));
    const signedHistory = await app.request('GET', `/api/cases/${caseId}/history`, headToken);
    expect(signedHistory.body.find((e: { type: string }) => e.type === 'documentSigned').data.signature).toMatchObject({ verified: true, signerIin: (await findStaff(app.ctx.db, 'zhambyl.head'))!.iin });

    // ===== the clerk's inbox: the forgotten application is overdue, highlighted and counted =====
    app.setNow('2026-11-24T11:05:00Z');
    await menuLink(clerk, 'kk', 'nav.inbox').click();
    await heading(clerk, t('kk', 'inbox.title'));
    await see(clerk, t('kk', 'inbox.overdueCount', { count: 1 }));
    const overdueRow = clerk.locator('tr.row-overdue');
    expect(await overdueRow.count()).toBe(1);
    expect(await overdueRow.textContent()).toContain('950101400012');
    expect(await overdueRow.textContent()).toContain(t('kk', 'time.overdue'));
    await shot(clerk, 'kk-11-inbox-overdue');
    await clerk.setViewportSize({ width: 390, height: 844 }); // a phone
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(clerk, 'kk-12-inbox-phone');
    await clerk.setViewportSize({ width: 1280, height: 900 });

    // ===== the clerk issues the result: the case is completed =====
    await openCaseFromInbox(clerk, 'kk', journalNumber);
    await clerk.getByLabel(t('kk', 'action.issue.method')).selectOption('inPerson');
    await clerk.getByRole('button', { name: t('kk', 'action.issue.submit') }).click();
    await caseStatus(clerk, 'kk', 'completed');
    await see(clerk, t('kk', 'case.closed'));
    await see(clerk, t('kk', 'event.resultIssued', { method: t('kk', 'issueMethod.inPerson') }));
    await expectAccessible(clerk);
    await shot(clerk, 'kk-13-case-completed');

    // The same screen in Russian and English, switched in place.
    await clerk.getByRole('button', { name: 'Русский' }).click();
    await caseStatus(clerk, 'ru', 'completed');
    expect(await clerk.evaluate(() => document.documentElement.lang)).toBe('ru');
    await shot(clerk, 'ru-14-case-completed');
    await clerk.getByRole('button', { name: 'English' }).click();
    await caseStatus(clerk, 'en', 'completed');
    expect(await clerk.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(clerk);
    await shot(clerk, 'en-15-case-completed');

    const finalCase = await app.request('GET', `/api/cases/${caseId}`, clerkToken);
    expect(finalCase.body).toMatchObject({ status: 'completed', journalNumber, issuedVia: 'inPerson', decision: { outcome: 'positive' } });
    expect(finalCase.body.steps.map((s: { stepId: string; status: string }) => [s.stepId, s.status])).toEqual([
      ['register', 'done'],
      ['assign', 'done'],
      ['decide', 'done'],
      ['sign', 'done'],
      ['issue', 'done'],
    ]);
  }, 180_000);

  it('should record a reasoned refusal with its ground and reasoning when the executor refuses', async () => {
    const executorToken = await app.signIn('zhambyl.executor1');
    const filed = await app.request('POST', '/api/cases', clerkToken, officeApplication(app.ctx, {
      regulationId: REGULATION_ID,
      applicantIin: '880515300208',
      formData: { 'desired-position': 'Жүргізуші', 'education-level': 'vocational', phone: '+77012223344', 'consent-publish': true },
    }));
    const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerkToken, { stepId: 'register', expectedVersion: filed.body.version });
    const assigned = await app.request('POST', `/api/cases/${filed.body.id}/steps`, headToken, {
      stepId: 'assign',
      expectedVersion: registered.body.version,
      input: { executorId: 'zhambyl.executor1' },
    });
    expect(assigned.status).toBe(200);

    const page = await executorContext.newPage();
    await page.goto(`/office/cases/${filed.body.id}`);
    await page.getByRole('button', { name: 'Русский' }).click();
    // A new tab opened on the case takes the executor's session from their open tab (issue #17) and stays on the case.
    await caseStatus(page, 'ru', 'inWork');
    expect(new URL(page.url()).pathname).toBe(`/office/cases/${filed.body.id}`);

    const ground = regulation.refusalGrounds.find((g) => g.id === 'incomplete-documents')!;
    await page.getByRole('radio', { name: t('ru', 'action.decide.refusal') }).check();
    await page.getByLabel(t('ru', 'action.decide.ground')).selectOption(ground.id);
    const reason = page.getByLabel(t('ru', 'action.decide.reason'));
    await reason.fill('Нет');
    await page.getByRole('button', { name: t('ru', 'action.decide.submit') }).click();
    await see(page, t('ru', 'action.decide.reasonTooShort', { min: 10 }));
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('reasonText');
    const reasonText = 'Не представлен документ, удостоверяющий личность (пункт 9 стандарта).';
    await reason.fill(reasonText);
    await expectAccessible(page);
    await shot(page, 'ru-16-refusal');
    await page.getByRole('button', { name: t('ru', 'action.decide.submit') }).click();
    await page.getByTestId('decision').filter({ hasText: t('ru', 'case.decision.refusal', { ground: ground.text.ru }) }).waitFor();
    await see(page, reasonText);

    const decided = await app.request('GET', `/api/cases/${filed.body.id}`, executorToken);
    expect(decided.body.decision).toMatchObject({ outcome: 'refusal', groundId: ground.id, reasonText });
    const draft = await app.request('GET', `/api/cases/${filed.body.id}/document`, headToken);
    const refusalSignature = await signDetachedCades({
      contentBytes: Buffer.from(draft.body.contentBase64 as string, 'base64'),
      signerCertificate: headKey.certificate,
      privateKey: headKey.privateKey,
      signingTime: new Date('2026-11-24T11:30:00Z'),
      extraCertificates: headKey.chain,
    });
    const signed = await app.request('POST', `/api/cases/${filed.body.id}/steps`, headToken, {
      stepId: 'sign',
      expectedVersion: decided.body.version,
      input: { signature: Buffer.from(refusalSignature).toString('base64') },
    });
    expect(signed.status).toBe(200);
    await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerkToken, { stepId: 'issue', expectedVersion: signed.body.version, input: { method: 'inPerson' } });
    await page.reload();
    await caseStatus(page, 'ru', 'refused');
    await shot(page, 'ru-17-case-refused');
  }, 120_000);

  it('should send the person back to sign-in with a message when the session has ended', async () => {
    // The language is switched before the clock moves: a request the switch makes must not be the one that meets the
    // ended session (the menu would be gone before the click below).
    await clerk.getByRole('button', { name: 'Қазақша' }).click();
    await clerk.locator('html[lang="kk"]').waitFor({ state: 'attached' });
    app.setNow('2026-11-25T05:00:00Z'); // the clerk signed in a day ago; sessions last 12 hours
    await menuLink(clerk, 'kk', 'nav.inbox').click();
    await heading(clerk, t('kk', 'signIn.title'));
    await see(clerk, t('kk', 'signIn.sessionExpired'));
    expect(await clerk.evaluate(() => sessionStorage.getItem('qyzmet.staffSession'))).toBeNull();
  }, 60_000);
});
