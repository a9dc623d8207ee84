import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPkcs12 } from '../../src/adapters/pki/index.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { addTestPersons, createTestCa, issueCitizenKey, NO_CONTACT, NOW, STRONG_PASSWORD } from '../identity/identity-fixture.ts';
import { startTestApp } from '../support/test-app.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, type WebTestApp } from './support/web-app.ts';

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the identity browser test: no Chromium at ${CHROMIUM_PATH}`);

const KEY_PASSWORD = 'key-file-password';
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

/** Issue #13 in Chromium: EDS sign-up and sign-in with the authentication key file; the lockout as people read it. */
describe.skipIf(!available)('identity in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;
  let authKeyFile: Uint8Array;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    const { ca, verifier } = await createTestCa();
    const testApp = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    await addTestPersons(app);
    const key = await issueCitizenKey(ca, NO_CONTACT, 'authentication');
    authKeyFile = await exportPkcs12({ privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, password: KEY_PASSWORD, iterations: 1000 });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function pageIn(language: Language, path: string): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl);
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  async function chooseAuthKey(page: Page, language: Language): Promise<void> {
    await page.getByLabel(t(language, 'signing.keyFile.file')).setInputFiles({ name: `AUTH_RSA256_${NO_CONTACT}.p12`, mimeType: 'application/x-pkcs12', buffer: Buffer.from(authKeyFile) });
    await page.getByLabel(t(language, 'signing.keyFile.password')).fill(KEY_PASSWORD);
  }

  it('a citizen signs up with the EDS authentication key, then signs in with the AUTH_RSA256_ key file', async () => {
    const language: Language = 'ru';
    const page = await pageIn(language, '/portal/sign-up');
    await page.getByRole('heading', { level: 1, name: t(language, 'portal.signUp.title') }).waitFor();
    await page.getByRole('button', { name: t(language, 'identity.signUp.edsStart') }).click();
    // The account's new password (the key file's password is another field).
    await page.locator('input[autocomplete="new-password"]').fill(STRONG_PASSWORD);
    await chooseAuthKey(page, language);
    await page.getByRole('button', { name: t(language, 'identity.signUp.edsSubmit') }).click();
    await page.getByRole('heading', { level: 1, name: t(language, 'portal.cabinet.title') }).waitFor();
    expect(await app.ctx.db.execute('select iin from citizen_accounts where iin = $1', [NO_CONTACT])).toEqual([{ iin: NO_CONTACT }]);

    await page.getByRole('button', { name: t(language, 'portal.nav.signOut') }).click();
    await page.getByRole('heading', { level: 1, name: t(language, 'portal.signIn.title') }).waitFor();
    await page.getByRole('button', { name: t(language, 'portal.signIn.edsStart') }).click();
    await chooseAuthKey(page, language);
    await page.getByRole('button', { name: t(language, 'portal.signIn.edsSubmit') }).click();
    await page.getByRole('heading', { level: 1, name: t(language, 'portal.cabinet.title') }).waitFor();
    // Signing out ended the sign-up's session; the one left is the EDS sign-in's.
    const sessions = await app.ctx.db.execute<{ method: string }>('select method from citizen_sessions where citizen_iin = $1', [NO_CONTACT]);
    expect(sessions.map((s) => s.method)).toEqual(['eds']);
  });

  it('10 wrong passwords lock a staff login with a message saying until when, in Russian and Kazakh; the right password is refused', async () => {
    const tryPassword = async (page: Page, language: Language, password: string) => {
      await page.getByLabel(t(language, 'signIn.password')).fill(password);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
      await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
      return (await answered).status();
    };
    const ru = await pageIn('ru', '/office');
    await ru.getByRole('heading', { level: 1, name: t('ru', 'signIn.title') }).waitFor();
    await ru.getByLabel(t('ru', 'signIn.login')).fill('zhambyl.executor2');
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) statuses.push(await tryPassword(ru, 'ru', `wrong-password-${attempt}`));
    expect(statuses).toEqual([...Array(9).fill(401), 429]);
    // 05:00 UTC + 15 minutes is 10:15 in Astana.
    await ru.getByRole('alert').filter({ hasText: 'вход заблокирован до 24.11.2026 10:15 (время Астаны)' }).waitFor();
    expect(await tryPassword(ru, 'ru', DEMO_PASSWORD)).toBe(429);

    const kk = await pageIn('kk', '/office');
    await kk.getByLabel(t('kk', 'signIn.login')).fill('zhambyl.executor2');
    expect(await tryPassword(kk, 'kk', DEMO_PASSWORD)).toBe(429);
    await kk.getByRole('alert').filter({ hasText: 'кіру 24.11.2026 10:15 дейін (Астана уақыты) бұғатталды' }).waitFor();

    app.setNow('2026-11-24T05:15:00Z');
    expect(await tryPassword(kk, 'kk', DEMO_PASSWORD)).toBe(200);
    await kk.getByRole('heading', { level: 1, name: t('kk', 'inbox.title') }).waitFor();
    app.setNow(NOW);
  });
});
