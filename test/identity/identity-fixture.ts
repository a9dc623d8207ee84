import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import type { KeyPurpose } from '../../src/adapters/pki/nca-profile.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import type { TestApp } from '../support/test-app.ts';

export const CA_NOW = new Date('2026-01-01T00:00:00Z');
/** 10:00 in Astana (UTC+5). */
export const NOW = '2026-11-24T05:00:00Z';
/** In the persons database, no account, a phone on record. */
export const NEWCOMER = withCheckDigit('91030350012')!;
/** In the persons database, no account, no contact on record. */
export const NO_CONTACT = withCheckDigit('92040450013')!;
/** Not in the persons database. */
export const STRANGER = withCheckDigit('77010150012')!;
export const NEWCOMER_PHONE = '+77019990012';
// Letters and a digit, so the old rule (before issue #13) would have taken it too.
export const STRONG_PASSWORD = 'steppe-horse-Taraz-river-7';

export async function createTestCa(): Promise<{ ca: LocalCa; verifier: CmsSignatureVerifier }> {
  const ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
  const verifier = new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    statusChecker: new LocalCaStatusChecker(ca),
  });
  return { ca, verifier };
}

export function issueCitizenKey(ca: LocalCa, iin: string, purpose: KeyPurpose): Promise<IssuedKey> {
  return ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose, notBefore: CA_NOW, validityDays: 20 * 365, keyAlgorithm: 'ECDSA-P256' });
}

export async function signNonce(key: IssuedKey, nonce: string): Promise<string> {
  const cms = await signDetachedCades({ contentBytes: new TextEncoder().encode(nonce), signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW), extraCertificates: key.chain });
  return Buffer.from(cms).toString('base64');
}

export async function addTestPersons(app: TestApp): Promise<void> {
  const insert = `insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region, phone) values ($1, $2, 'Азамат', null, '1991-03-03', 'male', 'zhambyl', $3)`;
  await app.ctx.db.execute(insert, [NEWCOMER, 'Жаңа', NEWCOMER_PHONE]);
  await app.ctx.db.execute(insert, [NO_CONTACT, 'Байланыссыз', null]);
}

/** The last code the local notification adapter wrote for a recipient (what the person's phone would show). */
export async function lastCodeSentTo(app: TestApp, recipient: string): Promise<string | null> {
  const [row] = await app.ctx.db.execute<{ body: { en: string } }>('select body from notification_outbox where recipient = $1 order by created_at desc, id desc limit 1', [recipient]);
  return row ? (/\b(\d{6})\b/.exec(row.body.en)?.[1] ?? null) : null;
}
