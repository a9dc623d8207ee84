import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CmsSignatureVerifier, IssuedKey } from '../../src/adapters/pki/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestCa, issueCitizenKey, NOW, signNonce } from './identity-fixture.ts';

const CITIZEN = '880515300120';

/** Issue #13, finding 2: sign-in takes the AUTHENTICATION key (AUTH_RSA256_…), documents the signing key. */
describe('EDS purpose: authentication key for signing in, signing key for documents', () => {
  let app: TestApp;
  let verifier: CmsSignatureVerifier;
  let authKey: IssuedKey;
  let signingKey: IssuedKey;

  beforeAll(async () => {
    const test = await createTestCa();
    verifier = test.verifier;
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    authKey = await issueCitizenKey(test.ca, CITIZEN, 'authentication');
    signingKey = await issueCitizenKey(test.ca, CITIZEN, 'signing');
  }, 180_000);
  afterAll(() => app?.close());

  const verify = async (key: IssuedKey, purpose?: 'signDocument' | 'authenticate') =>
    verifier.verify({ contentBytes: new TextEncoder().encode('nonce'), signature: await signNonce(key, 'nonce'), at: new Date(NOW), ...(purpose ? { purpose } : {}) });

  it('the verifier checks the key usage for the purpose it is given', async () => {
    expect((await verify(authKey, 'authenticate')).valid).toBe(true);
    expect(await verify(signingKey, 'authenticate')).toMatchObject({ valid: false, code: 'KEY_USAGE_NOT_AUTHENTICATION', details: { purpose: 'authenticate' } });
    expect((await verify(signingKey, 'signDocument')).valid).toBe(true);
    expect(await verify(authKey, 'signDocument')).toMatchObject({ valid: false, code: 'KEY_USAGE_NOT_SIGNING' });
    // Without a purpose it is a document signature, as before.
    expect(await verify(authKey)).toMatchObject({ valid: false, code: 'KEY_USAGE_NOT_SIGNING' });
  });

  it('signs in with the authentication key over a one-time challenge', async () => {
    const { nonce } = (await app.request('POST', '/api/portal/eds-challenge')).body;
    const session = await app.request('POST', '/api/portal/eds-sign-in', undefined, { nonce, signature: await signNonce(authKey, nonce) });
    expect(session.status, JSON.stringify(session.body)).toBe(200);
    expect(session.body.citizen.iin).toBe(CITIZEN);
  });

  it('refuses the signing key at sign-in with a message naming the AUTH_ key, in kk/ru/en', async () => {
    const { nonce } = (await app.request('POST', '/api/portal/eds-challenge')).body;
    const refused = await app.request('POST', '/api/portal/eds-sign-in', undefined, { nonce, signature: await signNonce(signingKey, nonce) });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('KEY_USAGE_NOT_AUTHENTICATION');
    for (const language of ['kk', 'ru', 'en'] as const) expect(refused.body.error.messages[language]).toContain('AUTH_RSA256_');
  });
});
