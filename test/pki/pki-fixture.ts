import type * as pkijs from 'pkijs';
import { certificateToDer } from '../../src/adapters/pki/certificate-builder.ts';
import { CrlCertificateStatusChecker } from '../../src/adapters/pki/certificate-status.ts';
import { CmsSignatureVerifier } from '../../src/adapters/pki/cms-verifier.ts';
import { generateKeyPair } from '../../src/adapters/pki/key-algorithms.ts';
import { type EndEntityRequest, type IssuedKey, LocalCa } from '../../src/adapters/pki/local-ca.ts';
import type { IndividualHolder, LegalEntityEmployeeHolder } from '../../src/adapters/pki/nca-profile.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { TrustStore } from '../../src/adapters/pki/trust-store.ts';

/** The injected clock of every PKI test: whole seconds, because signingTime (UTCTime) keeps no milliseconds. */
export const NOW = new Date('2026-03-02T09:00:00Z');
export const DAY_MS = 86_400_000;

export function daysFromNow(days: number): Date {
  return new Date(NOW.getTime() + days * DAY_MS);
}

// IINs and the BIN are valid by the check-digit rule (test/iin.test.ts vectors; BIN built with withCheckDigit).
export const CITIZEN: IndividualHolder = {
  kind: 'individual',
  iin: '880515300120',
  name: { surname: 'Иванов', firstName: 'Иван', patronymic: 'Иванович' },
};

export const OFFICIAL: LegalEntityEmployeeHolder = {
  kind: 'legalEntityEmployee',
  iin: '950101400012',
  name: { surname: 'Сәрсенбаева', firstName: 'Әйгерім', patronymic: 'Қайратқызы' },
  organization: 'ГУ «Отдел занятости и социальных программ» (DEMO)',
  bin: '950140000016',
  role: 'employee',
};

export const CONTENT = new TextEncoder().encode('{"service":"unemployed-registration","applicant":"880515300120"}');

export function pemOf(certificate: pkijs.Certificate): string {
  return encodePem('CERTIFICATE', certificateToDer(certificate));
}

export interface PkiWorld {
  readonly ca: LocalCa;
  readonly rsaKeys: CryptoKeyPair;
  readonly ecdsaKeys: CryptoKeyPair;
  issue(request: Partial<EndEntityRequest> & Pick<EndEntityRequest, 'holder'>): Promise<IssuedKey>;
  trustStore(): TrustStore;
  /** A verifier with the demo root trusted and the CA's current CRL loaded. */
  verifierWithFreshCrl(): Promise<CmsSignatureVerifier>;
}

/** One CA and one key pair per algorithm per test file; key generation dominates the run time. */
export async function createPkiWorld(): Promise<PkiWorld> {
  const ca = await LocalCa.create({ now: daysFromNow(-400) });
  const rsaKeys = await generateKeyPair('RSA-2048');
  const ecdsaKeys = await generateKeyPair('ECDSA-P256');
  const world: PkiWorld = {
    ca,
    rsaKeys,
    ecdsaKeys,
    issue: (request) =>
      ca.issue({
        purpose: 'signing',
        notBefore: daysFromNow(-30),
        validityDays: 365,
        keyPair: request.keyAlgorithm === 'ECDSA-P256' ? ecdsaKeys : rsaKeys,
        ...request,
      }),
    trustStore: () => TrustStore.fromCertificates({ anchors: [pemOf(ca.root.certificate)], intermediates: [pemOf(ca.intermediate.certificate)] }),
    verifierWithFreshCrl: async () =>
      new CmsSignatureVerifier({
        trustStore: world.trustStore(),
        statusChecker: new CrlCertificateStatusChecker([await ca.issueCrl(daysFromNow(-1), 48)]),
      }),
  };
  return world;
}
