import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64, toArrayBuffer } from '../../src/adapters/pki/bytes.ts';
import { serialNumberHex } from '../../src/adapters/pki/certificate-builder.ts';
import { CertificateStatusUnavailableError, CrlCertificateStatusChecker } from '../../src/adapters/pki/certificate-status.ts';
import { parseSignedData } from '../../src/adapters/pki/cms-parse.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { CmsSignatureVerifier } from '../../src/adapters/pki/cms-verifier.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { LocalCa } from '../../src/adapters/pki/local-ca.ts';
import { CMS_OID, GOST_ALGORITHM_OID } from '../../src/adapters/pki/oids.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { TrustStore } from '../../src/adapters/pki/trust-store.ts';
import type { SignatureVerdict } from '../../src/core/ports/signature-verifier.ts';
import { CITIZEN, CONTENT, NOW, OFFICIAL, type PkiWorld, createPkiWorld, daysFromNow } from './pki-fixture.ts';

async function signPem(key: IssuedKey, content: Uint8Array = CONTENT): Promise<string> {
  return encodePem('CMS', await signDetachedCades({ contentBytes: content, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW }));
}

function reencode(signedData: pkijs.SignedData): string {
  const contentInfo = new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) });
  return encodePem('CMS', new Uint8Array(contentInfo.toSchema().toBER(false)));
}

function expectFailure(verdict: SignatureVerdict, code: string): Extract<SignatureVerdict, { valid: false }> {
  if (verdict.valid) throw new Error(`expected ${code}, got a valid verdict`);
  expect(verdict.code, verdict.reason).toBe(code);
  return verdict;
}

describe('CmsSignatureVerifier', () => {
  let world: PkiWorld;
  let verifier: CmsSignatureVerifier;
  let citizenRsa: IssuedKey;
  let citizenEcdsa: IssuedKey;
  let revokedKey: IssuedKey;
  let officialKey: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    citizenRsa = await world.issue({ holder: CITIZEN });
    citizenEcdsa = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
    officialKey = await world.issue({ holder: OFFICIAL });
    revokedKey = await world.issue({ holder: CITIZEN });
    world.ca.revoke(revokedKey.certificate, daysFromNow(-2), 'keyCompromise');
    verifier = await world.verifierWithFreshCrl();
  });

  describe('a valid signature', () => {
    it('verifies and yields the IIN, name, serial and signing time from the certificate', async () => {
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), expectedIin: CITIZEN.iin, at: NOW });
      expect(verdict).toMatchObject({
        valid: true,
        signedAt: NOW,
        signer: {
          iin: '880515300120',
          bin: null,
          commonName: 'ИВАНОВ ИВАН',
          organization: null,
          certificateSerialHex: serialNumberHex(citizenRsa.certificate),
          notBefore: daysFromNow(-30),
          notAfter: daysFromNow(335),
        },
      });
      expect(verdict.valid && verdict.signer.issuer).toContain('ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) QYZMET DEMO');
    });

    it('verifies an ECDSA P-256 signature as well as an RSA one', async () => {
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: await signPem(citizenEcdsa), expectedIin: CITIZEN.iin, at: NOW });
      expect(verdict.valid).toBe(true);
    });

    it('accepts bare Base64 as well as PEM', async () => {
      const der = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: citizenRsa.certificate, privateKey: citizenRsa.privateKey, signingTime: NOW });
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: bytesToBase64(der), at: NOW });
      expect(verdict.valid).toBe(true);
    });

    it('accepts PEM with CRLF line ends and surrounding whitespace, as a browser may send it', async () => {
      const pem = (await signPem(citizenRsa)).replace(/\n/g, '\r\n');
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: `\r\n  ${pem}  `, at: NOW });
      expect(verdict.valid).toBe(true);
    });

    it('yields the BIN and organisation of a staff certificate and accepts the matching expectedBin', async () => {
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: await signPem(officialKey), expectedIin: OFFICIAL.iin, expectedBin: OFFICIAL.bin, at: NOW });
      expect(verdict).toMatchObject({ valid: true, signer: { iin: OFFICIAL.iin, bin: OFFICIAL.bin, organization: OFFICIAL.organization, commonName: 'СӘРСЕНБАЕВА ӘЙГЕРІМ' } });
    });

    it('accepts an attached signature whose encapsulated content is the document', async () => {
      const signedData = parseSignedData(await signPem(citizenRsa));
      signedData.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(CONTENT) });
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW });
      expect(verdict.valid).toBe(true);
    });
  });

  describe('SIGNATURE_INVALID', () => {
    it('when the content was changed after signing', async () => {
      const tampered = CONTENT.slice();
      tampered[5] = (tampered[5] ?? 0) ^ 0x01;
      expectFailure(await verifier.verify({ contentBytes: tampered, signature: await signPem(citizenRsa), at: NOW }), 'SIGNATURE_INVALID');
    });

    it('when the signature value itself was altered', async () => {
      const signedData = parseSignedData(await signPem(citizenRsa));
      const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
      const bytes = signerInfo.signature.valueBlock.valueHexView.slice();
      bytes[10] = (bytes[10] ?? 0) ^ 0xff;
      signerInfo.signature = new asn1js.OctetString({ valueHex: toArrayBuffer(bytes) });
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW }), 'SIGNATURE_INVALID');
    });

    it('when the text is not CMS at all', async () => {
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: 'not a signature', at: NOW }), 'SIGNATURE_INVALID');
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: encodePem('CMS', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])), at: NOW }), 'SIGNATURE_INVALID');
    });

    it('when an attached signature carries other content than the document', async () => {
      const signedData = parseSignedData(await signPem(citizenRsa));
      signedData.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(new TextEncoder().encode('other')) });
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW }), 'SIGNATURE_INVALID');
    });

    it('when the signer certificate is swapped for another certificate of the same key (signingCertificateV2)', async () => {
      const sameKeyOtherCertificate = await world.issue({ holder: { ...CITIZEN, iin: '061211600012' } });
      const signedData = parseSignedData(await signPem(citizenRsa));
      signedData.certificates = [sameKeyOtherCertificate.certificate];
      (signedData.signerInfos[0] as pkijs.SignerInfo).sid = new pkijs.IssuerAndSerialNumber({
        issuer: sameKeyOtherCertificate.certificate.issuer,
        serialNumber: sameKeyOtherCertificate.certificate.serialNumber,
      });
      const verdict = expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW }), 'SIGNATURE_INVALID');
      expect(verdict.reason).toMatch(/signingCertificateV2/);
    });

    it('is reported before any certificate problem (math is checked before the chain)', async () => {
      const stranger = await LocalCa.create({ now: daysFromNow(-10), keyAlgorithm: 'ECDSA-P256', nameSuffix: 'STRANGER' });
      const foreignKey = await stranger.issue({ holder: CITIZEN, purpose: 'signing', notBefore: daysFromNow(-1), validityDays: 30, keyPair: world.ecdsaKeys });
      expectFailure(await verifier.verify({ contentBytes: new Uint8Array([1]), signature: await signPem(foreignKey), at: NOW }), 'SIGNATURE_INVALID');
    });
  });

  describe('UNSUPPORTED_ALGORITHM', () => {
    it.each([
      [GOST_ALGORITHM_OID.gost2015With256BitKey, 'GOST R 34.10-2015 (256 bit)'],
      [GOST_ALGORITHM_OID.gost2015With512BitKey, 'GOST R 34.10-2015 (512 bit)'],
      [GOST_ALGORITHM_OID.gost34310With34311, 'GOST 34.310-2004'],
    ])('names the GOST algorithm %s instead of failing inside the crypto code', async (oid, name) => {
      const signedData = parseSignedData(await signPem(citizenRsa));
      (signedData.signerInfos[0] as pkijs.SignerInfo).signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: oid });
      const verdict = expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW }), 'UNSUPPORTED_ALGORITHM');
      expect(verdict.details?.algorithm).toContain(name);
      expect(verdict.details?.algorithm).toContain(oid);
    });

    it('names a GOST digest algorithm too', async () => {
      const signedData = parseSignedData(await signPem(citizenRsa));
      (signedData.signerInfos[0] as pkijs.SignerInfo).digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: GOST_ALGORITHM_OID.gost2015Hash256 });
      const verdict = expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: reencode(signedData), at: NOW }), 'UNSUPPORTED_ALGORITHM');
      expect(verdict.details?.algorithm).toContain('GOST R 34.11-2015');
    });
  });

  describe('certificate problems', () => {
    it('CERTIFICATE_UNTRUSTED for a certificate from a CA that is not in the trust store', async () => {
      const stranger = await LocalCa.create({ now: daysFromNow(-10), keyAlgorithm: 'ECDSA-P256', nameSuffix: 'STRANGER' });
      const foreignKey = await stranger.issue({ holder: CITIZEN, purpose: 'signing', notBefore: daysFromNow(-1), validityDays: 30, keyPair: world.ecdsaKeys });
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(foreignKey), at: NOW }), 'CERTIFICATE_UNTRUSTED');
    });

    it('CERTIFICATE_UNTRUSTED for a look-alike CA with the same names but other keys', async () => {
      const sameNames = await LocalCa.create({ now: daysFromNow(-400) });
      const lookAlike = await sameNames.issue({ holder: CITIZEN, purpose: 'signing', notBefore: daysFromNow(-1), validityDays: 30, keyPair: world.rsaKeys });
      expect(lookAlike.certificate.issuer.isEqual(citizenRsa.certificate.issuer)).toBe(true);
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(lookAlike), at: NOW }), 'CERTIFICATE_UNTRUSTED');
    });

    it('CERTIFICATE_EXPIRED when the certificate ended before the moment judged', async () => {
      const expired = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(-400), validityDays: 365 });
      const verdict = expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(expired), at: NOW }), 'CERTIFICATE_EXPIRED');
      expect(verdict.details).toMatchObject({ certificate: 'signer', notAfter: daysFromNow(-35).toISOString() });
    });

    it('CERTIFICATE_NOT_YET_VALID when the certificate starts after the moment judged', async () => {
      const future = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(3), validityDays: 365 });
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(future), at: NOW }), 'CERTIFICATE_NOT_YET_VALID');
    });

    it('judges validity at the injected moment, not the wall clock', async () => {
      const expired = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(-400), validityDays: 365 });
      const signature = await signPem(expired);
      const verdictThen = await verifier.verify({ contentBytes: CONTENT, signature, at: daysFromNow(-100) });
      expect(verdictThen.valid).toBe(true);
    });

    it('CERTIFICATE_EXPIRED for an expired issuing CA even when the person’s certificate is in date', async () => {
      const shortLivedCa = await LocalCa.create({ now: daysFromNow(-60), keyAlgorithm: 'ECDSA-P256', intermediateValidityDays: 30 });
      const key = await shortLivedCa.issue({ holder: CITIZEN, purpose: 'signing', notBefore: daysFromNow(-50), validityDays: 365, keyPair: world.ecdsaKeys });
      const shortVerifier = new CmsSignatureVerifier({
        trustStore: TrustStore.fromCertificates({ anchors: [shortLivedCa.root.certificate], intermediates: [shortLivedCa.intermediate.certificate] }),
        statusChecker: new CrlCertificateStatusChecker([await shortLivedCa.issueCrl(daysFromNow(-1))]),
      });
      const verdict = expectFailure(await shortVerifier.verify({ contentBytes: CONTENT, signature: await signPem(key), at: NOW }), 'CERTIFICATE_EXPIRED');
      expect(verdict.details?.certificate).toBe('issuing CA');
    });
  });

  describe('revocation', () => {
    it('CERTIFICATE_REVOKED when the CRL lists the serial', async () => {
      const verdict = expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(revokedKey), at: NOW }), 'CERTIFICATE_REVOKED');
      expect(verdict.details?.serial).toBe(serialNumberHex(revokedKey.certificate));
    });

    it('accepts the revoked certificate for a moment before its revocation date', async () => {
      const verdict = await verifier.verify({ contentBytes: CONTENT, signature: await signPem(revokedKey), at: daysFromNow(-3) });
      expect(verdict.valid).toBe(true);
    });

    it('CERTIFICATE_STATUS_UNAVAILABLE when the status service fails', async () => {
      const failing = new CmsSignatureVerifier({
        trustStore: world.trustStore(),
        statusChecker: { check: () => Promise.reject(new CertificateStatusUnavailableError('ocsp.pki.gov.kz timed out')) },
      });
      const verdict = expectFailure(await failing.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), at: NOW }), 'CERTIFICATE_STATUS_UNAVAILABLE');
      expect(verdict.reason).toContain('timed out');
    });

    it('CERTIFICATE_STATUS_UNAVAILABLE when no CRL of the issuer is known (fails closed)', async () => {
      const noCrl = new CmsSignatureVerifier({ trustStore: world.trustStore(), statusChecker: new CrlCertificateStatusChecker() });
      expectFailure(await noCrl.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), at: NOW }), 'CERTIFICATE_STATUS_UNAVAILABLE');
    });

    it('CERTIFICATE_STATUS_UNAVAILABLE when the only CRL is past its nextUpdate', async () => {
      const stale = new CmsSignatureVerifier({
        trustStore: world.trustStore(),
        statusChecker: new CrlCertificateStatusChecker([await world.ca.issueCrl(daysFromNow(-10), 24)]),
      });
      expectFailure(await stale.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), at: NOW }), 'CERTIFICATE_STATUS_UNAVAILABLE');
    });
  });

  describe('signer checks', () => {
    it('KEY_USAGE_NOT_SIGNING for an authentication key (AUTH_RSA256_…)', async () => {
      const authKey = await world.issue({ holder: CITIZEN, purpose: 'authentication' });
      expectFailure(await verifier.verify({ contentBytes: CONTENT, signature: await signPem(authKey), expectedIin: CITIZEN.iin, at: NOW }), 'KEY_USAGE_NOT_SIGNING');
    });

    it('SIGNER_IIN_MISMATCH when the request names another IIN', async () => {
      const verdict = expectFailure(
        await verifier.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), expectedIin: '950101400012', at: NOW }),
        'SIGNER_IIN_MISMATCH',
      );
      expect(verdict.details).toEqual({ identifier: 'IIN', expected: '950101400012', actual: CITIZEN.iin });
    });

    it('SIGNER_BIN_MISMATCH for a staff signature whose certificate names another organisation’s BIN', async () => {
      const verdict = expectFailure(
        await verifier.verify({ contentBytes: CONTENT, signature: await signPem(officialKey), expectedBin: '061211600012', at: NOW }),
        'SIGNER_BIN_MISMATCH',
      );
      expect(verdict.details).toMatchObject({ identifier: 'BIN', actual: OFFICIAL.bin });
    });

    it('reports a missing BIN when an individual’s certificate is checked by BIN', async () => {
      const verdict = expectFailure(
        await verifier.verify({ contentBytes: CONTENT, signature: await signPem(citizenRsa), expectedBin: OFFICIAL.bin, at: NOW }),
        'SIGNER_BIN_MISMATCH',
      );
      expect(verdict.details).toMatchObject({ identifier: 'BIN', actual: '—' });
    });
  });
});
