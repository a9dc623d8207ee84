import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedKey } from '../../src/adapters/pki/index.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addTestPersons, createTestCa, issueCitizenKey, lastCodeSentTo, NEWCOMER, NEWCOMER_PHONE, NO_CONTACT, NOW, signNonce, STRANGER, STRONG_PASSWORD } from './identity-fixture.ts';

/** Issue #13, finding 1: an account is tied to an IIN only after proof — a code to the contact on record, or the EDS. */
describe('sign-up needs proof of identity', { timeout: 240_000 }, () => {
  let app: TestApp;
  let authKey: IssuedKey;
  let signingKey: IssuedKey;

  beforeAll(async () => {
    const { ca, verifier } = await createTestCa();
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    await addTestPersons(app);
    authKey = await issueCitizenKey(ca, NO_CONTACT, 'authentication');
    signingKey = await issueCitizenKey(ca, NO_CONTACT, 'signing');
  }, 180_000);
  afterAll(() => app?.close());

  const accountOf = async (iin: string) => app.ctx.db.execute('select iin from citizen_accounts where iin = $1', [iin]);

  it('creates no account from an IIN and a password alone', async () => {
    const refused = await app.request('POST', '/api/portal/sign-up', undefined, { iin: NEWCOMER, password: STRONG_PASSWORD });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    expect(await accountOf(NEWCOMER)).toHaveLength(0);
  });

  it('answers a code request the same whether the IIN is unknown, has an account, has no contact or can sign up', async () => {
    const answers = [];
    for (const iin of [NEWCOMER, '880515300120', NO_CONTACT, STRANGER]) {
      const response = await app.request('POST', '/api/portal/sign-up/code?lang=ru', undefined, { iin });
      answers.push({ status: response.status, body: response.body });
    }
    expect(answers[0]!.status).toBe(202);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    // Codes went only to the phones the persons database holds (a holder of an account may reset the password with
    // it), none for the person without a contact or the stranger; only the code's hash is kept.
    const outbox = await app.ctx.db.execute<{ recipient: string; channel: string }>(`select recipient, channel from notification_outbox where purpose = 'signUpCode' order by recipient`);
    expect(outbox).toEqual([
      { recipient: '+77015300120', channel: 'sms' },
      { recipient: NEWCOMER_PHONE, channel: 'sms' },
    ]);
    const code = await lastCodeSentTo(app, NEWCOMER_PHONE);
    const [stored] = await app.ctx.db.execute<{ code_hash: string }>('select code_hash from sign_up_codes where iin = $1', [NEWCOMER]);
    expect(code).toMatch(/^\d{6}$/);
    expect(stored!.code_hash).toMatch(/^scrypt\$/);
    expect(stored!.code_hash).not.toContain(code!);
  });

  it('refuses a wrong code with one answer, then signs up with the code sent and the chosen password', async () => {
    const code = (await lastCodeSentTo(app, NEWCOMER_PHONE))!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await app.request('POST', '/api/portal/sign-up?lang=en', undefined, { iin: NEWCOMER, code: wrongCode, password: STRONG_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('SIGN_UP_CODE_INVALID');
    const noCodeAtAll = await app.request('POST', '/api/portal/sign-up?lang=en', undefined, { iin: STRANGER, code: wrongCode, password: STRONG_PASSWORD });
    expect(noCodeAtAll.body).toEqual(wrong.body);
    const created = await app.request('POST', '/api/portal/sign-up', undefined, { iin: NEWCOMER, code, password: STRONG_PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body.citizen.iin).toBe(NEWCOMER);
    const reused = await app.request('POST', '/api/portal/sign-up', undefined, { iin: NEWCOMER, code, password: STRONG_PASSWORD });
    expect(reused.body.error.code).toBe('SIGN_UP_CODE_INVALID');
    expect((await app.request('POST', '/api/portal/sign-in', undefined, { iin: NEWCOMER, password: STRONG_PASSWORD })).status).toBe(200);
  });

  it('lets a code expire after 10 minutes and spends it after 5 wrong tries', async () => {
    const citizen = '880515300208';
    await app.request('POST', '/api/portal/sign-up/code', undefined, { iin: citizen });
    const phone = `+7701${citizen.slice(-7)}`;
    const code = (await lastCodeSentTo(app, phone))!;
    app.setNow('2026-11-24T05:10:01Z');
    expect((await app.request('POST', '/api/portal/sign-up', undefined, { iin: citizen, code, password: STRONG_PASSWORD })).body.error.code).toBe('SIGN_UP_CODE_INVALID');
    await app.request('POST', '/api/portal/sign-up/code', undefined, { iin: citizen });
    const second = (await lastCodeSentTo(app, phone))!;
    const wrongCode = second === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await app.request('POST', '/api/portal/sign-up', undefined, { iin: citizen, code: wrongCode, password: STRONG_PASSWORD })).body.error.code).toBe('SIGN_UP_CODE_INVALID');
    }
    expect((await app.request('POST', '/api/portal/sign-up', undefined, { iin: citizen, code: second, password: STRONG_PASSWORD })).body.error.code).toBe('SIGN_UP_CODE_INVALID');
    // The demo password still opens the account: nothing was changed by the refused tries.
    expect((await app.request('POST', '/api/portal/sign-in', undefined, { iin: citizen, password: DEMO_PASSWORD })).status).toBe(200);
    app.setNow(NOW);
  });

  it('signs up with the EDS authentication key, the IIN taken from the certificate, and refuses the signing key', async () => {
    const challenge = async () => (await app.request('POST', '/api/portal/eds-challenge')).body.nonce as string;
    let nonce = await challenge();
    const withSigningKey = await app.request('POST', '/api/portal/eds-sign-up', undefined, { nonce, signature: await signNonce(signingKey, nonce), password: STRONG_PASSWORD });
    expect(withSigningKey.status).toBe(422);
    expect(withSigningKey.body.error.code).toBe('KEY_USAGE_NOT_AUTHENTICATION');
    expect(await accountOf(NO_CONTACT)).toHaveLength(0);
    nonce = await challenge();
    const created = await app.request('POST', '/api/portal/eds-sign-up', undefined, { nonce, signature: await signNonce(authKey, nonce), password: STRONG_PASSWORD });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.citizen.iin).toBe(NO_CONTACT);
    expect((await app.request('POST', '/api/portal/sign-in', undefined, { iin: NO_CONTACT, password: STRONG_PASSWORD })).status).toBe(200);
  });

  it('sends at most 3 codes an hour for one IIN, still with the same answer', async () => {
    const citizen = '061211600012';
    const phone = `+7701${citizen.slice(-7)}`;
    const answers = [];
    for (let request = 0; request < 5; request += 1) answers.push((await app.request('POST', '/api/portal/sign-up/code', undefined, { iin: citizen })).body);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await app.ctx.db.execute('select 1 from notification_outbox where recipient = $1', [phone])).toHaveLength(3);
  });
});
