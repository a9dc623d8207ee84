import { beforeAll, describe, expect, it } from 'vitest';
import { CertificateStatusUnavailableError, CrlCertificateStatusChecker } from '../../src/adapters/pki/certificate-status.ts';
import { crlToDer } from '../../src/adapters/pki/crl.ts';
import { LocalCa, type IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { LocalCaStatusChecker } from '../../src/adapters/pki/local-ca-status.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { CITIZEN, NOW, type PkiWorld, createPkiWorld, daysFromNow } from './pki-fixture.ts';

describe('certificate status checkers', () => {
  let world: PkiWorld;
  let goodKey: IssuedKey;
  let revokedKey: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    goodKey = await world.issue({ holder: CITIZEN });
    revokedKey = await world.issue({ holder: CITIZEN });
    world.ca.revoke(revokedKey.certificate, daysFromNow(-5), 'keyCompromise');
  });

  describe('CrlCertificateStatusChecker', () => {
    it('answers good for an unlisted serial and revoked for a listed one', async () => {
      const checker = new CrlCertificateStatusChecker([await world.ca.issueCrl(daysFromNow(-1))]);
      const issuer = world.ca.intermediate.certificate;
      expect(await checker.check(goodKey.certificate, issuer, NOW)).toBe('good');
      expect(await checker.check(revokedKey.certificate, issuer, NOW)).toBe('revoked');
    });

    it('answers good for a moment before the revocation date', async () => {
      const checker = new CrlCertificateStatusChecker([await world.ca.issueCrl(daysFromNow(-1))]);
      expect(await checker.check(revokedKey.certificate, world.ca.intermediate.certificate, daysFromNow(-6))).toBe('good');
    });

    it('loads CRLs as DER (as crl.pki.gov.kz publishes them) and as PEM', async () => {
      const der = crlToDer(await world.ca.issueCrl(daysFromNow(-1)));
      for (const input of [der, encodePem('X509 CRL', der)]) {
        const checker = new CrlCertificateStatusChecker([input]);
        expect(await checker.check(revokedKey.certificate, world.ca.intermediate.certificate, NOW)).toBe('revoked');
      }
    });

    it('uses the newest CRL when several are loaded', async () => {
      const later = await world.issue({ holder: CITIZEN });
      const before = await world.ca.issueCrl(daysFromNow(-3), 96);
      world.ca.revoke(later.certificate, daysFromNow(-2));
      const after = await world.ca.issueCrl(daysFromNow(-1), 96);
      const checker = new CrlCertificateStatusChecker([after, before]);
      expect(await checker.check(later.certificate, world.ca.intermediate.certificate, NOW)).toBe('revoked');
    });

    it('answers unknown for a certificate of an issuer it holds no CRL for', async () => {
      const checker = new CrlCertificateStatusChecker([await world.ca.issueCrl(daysFromNow(-1))]);
      expect(await checker.check(world.ca.intermediate.certificate, world.ca.root.certificate, NOW)).toBe('unknown');
    });

    it('ignores a CRL with the issuer’s name but another key’s signature (it cannot un-revoke anything)', async () => {
      const impostor = await LocalCa.create({ now: daysFromNow(-400), keyAlgorithm: 'ECDSA-P256', nameSuffix: 'QYZMET DEMO' });
      const forgedCrl = await impostor.issueCrl(daysFromNow(-1));
      const checker = new CrlCertificateStatusChecker([forgedCrl]);
      // Different CN ((ECDSA) vs (RSA)) so it does not even match by name; and a same-name CRL fails the signature check.
      expect(await checker.check(revokedKey.certificate, world.ca.intermediate.certificate, NOW)).toBe('unknown');
      const sameNameImpostor = await LocalCa.create({ now: daysFromNow(-400) });
      const sameNameCrl = await sameNameImpostor.issueCrl(daysFromNow(-1));
      expect(sameNameCrl.issuer.isEqual(world.ca.intermediate.certificate.subject)).toBe(true);
      const fooled = new CrlCertificateStatusChecker([sameNameCrl]);
      expect(await fooled.check(revokedKey.certificate, world.ca.intermediate.certificate, NOW)).toBe('unknown');
    });

    it('throws CertificateStatusUnavailableError when the newest CRL is past its nextUpdate', async () => {
      const checker = new CrlCertificateStatusChecker([await world.ca.issueCrl(daysFromNow(-3), 24)]);
      await expect(checker.check(goodKey.certificate, world.ca.intermediate.certificate, NOW)).rejects.toBeInstanceOf(CertificateStatusUnavailableError);
    });
  });

  describe('LocalCaStatusChecker', () => {
    it('sees a revocation at once, without a CRL', async () => {
      const checker = new LocalCaStatusChecker(world.ca);
      const key = await world.issue({ holder: CITIZEN });
      expect(await checker.check(key.certificate, world.ca.intermediate.certificate, NOW)).toBe('good');
      world.ca.revoke(key.certificate, NOW);
      expect(await checker.check(key.certificate, world.ca.intermediate.certificate, NOW)).toBe('revoked');
    });

    it('answers unknown for certificates of another issuer', async () => {
      const checker = new LocalCaStatusChecker(world.ca);
      expect(await checker.check(world.ca.intermediate.certificate, world.ca.root.certificate, NOW)).toBe('unknown');
    });
  });
});
