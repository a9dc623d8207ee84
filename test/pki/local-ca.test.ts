import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateToDer, serialNumberHex } from '../../src/adapters/pki/certificate-builder.ts';
import {
  isCaCertificate,
  readAuthorityInfoAccess,
  readCertificatePolicies,
  readCrlDistributionUrls,
  readExtendedKeyUsage,
  readKeyUsage,
} from '../../src/adapters/pki/certificate-extensions.ts';
import { crlEntries, crlToDer, parseCrl } from '../../src/adapters/pki/crl.ts';
import { formatName } from '../../src/adapters/pki/distinguished-name.ts';
import { pkiEngine } from '../../src/adapters/pki/key-algorithms.ts';
import { LOCAL_CA_FILES, loadLocalCa, saveLocalCa } from '../../src/adapters/pki/local-ca-store.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { readNcaSubject } from '../../src/adapters/pki/signer-identity.ts';
import { CITIZEN, NOW, OFFICIAL, type PkiWorld, createPkiWorld, daysFromNow } from './pki-fixture.ts';

describe('LocalCa', () => {
  let world: PkiWorld;

  beforeAll(async () => {
    world = await createPkiWorld();
  });

  describe('CA certificates', () => {
    it('are clearly marked as a demo in CN and O', () => {
      expect(formatName(world.ca.root.certificate.subject)).toBe(
        'CN=ТҮБІРЛІК КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) QYZMET DEMO, O=QYZMET DEMO — NOT A REAL CERTIFICATION AUTHORITY, C=KZ',
      );
      expect(formatName(world.ca.intermediate.certificate.subject)).toBe(
        'CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) QYZMET DEMO, O=QYZMET DEMO — NOT A REAL CERTIFICATION AUTHORITY, C=KZ',
      );
    });

    it('form a chain: root self-signed, intermediate signed by root, both CA with keyCertSign+cRLSign', async () => {
      const { root, intermediate } = world.ca;
      expect(await root.certificate.verify(root.certificate, pkiEngine)).toBe(true);
      expect(await intermediate.certificate.verify(root.certificate, pkiEngine)).toBe(true);
      for (const certificate of [root.certificate, intermediate.certificate]) {
        expect(isCaCertificate(certificate)).toBe(true);
        expect([...(readKeyUsage(certificate) ?? [])].sort()).toEqual(['cRLSign', 'keyCertSign']);
      }
    });

    it('take their validity start from the injected clock', () => {
      expect(world.ca.root.certificate.notBefore.value).toEqual(daysFromNow(-400));
    });
  });

  describe('end-entity certificates in the NCA profile', () => {
    it('an individual’s signing certificate: subject, KeyUsage, EKU, policy, CRL distribution point and AIA (OCSP, caIssuers)', async () => {
      const key = await world.issue({ holder: { ...CITIZEN, email: 'ivanov@example.kz' } });
      const certificate = key.certificate;
      expect(formatName(certificate.subject)).toBe('CN=ИВАНОВ ИВАН, SURNAME=ИВАНОВ, SERIALNUMBER=IIN880515300120, C=KZ, G=ИВАНОВИЧ, E=ivanov@example.kz');
      expect([...(readKeyUsage(certificate) ?? [])]).toEqual(['digitalSignature', 'nonRepudiation']);
      expect(readExtendedKeyUsage(certificate)).toEqual(['1.3.6.1.5.5.7.3.4', '1.2.398.3.3.4.1.1']);
      expect(readCertificatePolicies(certificate)).toEqual(['1.2.398.3.3.2.3']);
      // The URLs a running Qyzmet serves (README's default address); http://localhost:8080/… served nothing (issue #14).
      expect(readCrlDistributionUrls(certificate)).toEqual(['http://127.0.0.1:3000/pki/crl/qyzmet-demo-intermediate.crl']);
      expect(readAuthorityInfoAccess(certificate)).toEqual({
        ocsp: ['http://127.0.0.1:3000/pki/ocsp'],
        caIssuers: ['http://127.0.0.1:3000/pki/ca/qyzmet-demo-intermediate.cer'],
      });
      expect(certificate.signatureAlgorithm.algorithmId).toBe('1.2.840.113549.1.1.11'); // sha256WithRSAEncryption
      expect(await certificate.verify(world.ca.intermediate.certificate, pkiEngine)).toBe(true);
      expect(key.chain).toEqual([world.ca.intermediate.certificate, world.ca.root.certificate]);
    });

    it('an individual’s authentication certificate: digitalSignature+keyEncipherment, clientAuth, policy .2.4', async () => {
      const { certificate } = await world.issue({ holder: CITIZEN, purpose: 'authentication' });
      expect([...(readKeyUsage(certificate) ?? [])]).toEqual(['digitalSignature', 'keyEncipherment']);
      expect(readExtendedKeyUsage(certificate)).toEqual(['1.3.6.1.5.5.7.3.2', '1.2.398.3.3.4.1.1']);
      expect(readCertificatePolicies(certificate)).toEqual(['1.2.398.3.3.2.4']);
    });

    it('a legal-entity employee’s signing certificate adds O and OU=BIN, role OIDs and policy .2.1', async () => {
      const { certificate } = await world.issue({ holder: OFFICIAL });
      expect(formatName(certificate.subject)).toBe(
        `CN=СӘРСЕНБАЕВА ӘЙГЕРІМ, SURNAME=СӘРСЕНБАЕВА, SERIALNUMBER=IIN950101400012, C=KZ, O=${OFFICIAL.organization}, OU=BIN950140000016, G=ҚАЙРАТҚЫЗЫ`,
      );
      expect(readExtendedKeyUsage(certificate)).toEqual(['1.3.6.1.5.5.7.3.4', '1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.5']);
      expect(readCertificatePolicies(certificate)).toEqual(['1.2.398.3.3.2.1']);
      expect(readNcaSubject(certificate)).toEqual({
        iin: '950101400012',
        bin: '950140000016',
        commonName: 'СӘРСЕНБАЕВА ӘЙГЕРІМ',
        surname: 'СӘРСЕНБАЕВА',
        firstName: 'ӘЙГЕРІМ',
        patronymic: 'ҚАЙРАТҚЫЗЫ',
        organization: OFFICIAL.organization,
        email: null,
      });
    });

    it('a first head gets role OID 1.2.398.3.3.4.1.2.1, an authentication key policy .2.2', async () => {
      const { certificate } = await world.issue({ holder: { ...OFFICIAL, role: 'firstHead' }, purpose: 'authentication' });
      expect(readExtendedKeyUsage(certificate)).toEqual(['1.3.6.1.5.5.7.3.2', '1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.1']);
      expect(readCertificatePolicies(certificate)).toEqual(['1.2.398.3.3.2.2']);
    });

    it('an ECDSA P-256 key is certified with the CA’s RSA signature', async () => {
      const { certificate } = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
      expect(certificate.subjectPublicKeyInfo.algorithm.algorithmId).toBe('1.2.840.10045.2.1');
      expect(await certificate.verify(world.ca.intermediate.certificate, pkiEngine)).toBe(true);
    });

    it('uses the validity window given: notBefore and validityDays', async () => {
      const { certificate } = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(-400), validityDays: 365 });
      expect(certificate.notBefore.value).toEqual(daysFromNow(-400));
      expect(certificate.notAfter.value).toEqual(daysFromNow(-35));
    });

    it('gets a fresh positive serial number every time', async () => {
      const first = await world.issue({ holder: CITIZEN });
      const second = await world.issue({ holder: CITIZEN });
      expect(serialNumberHex(first.certificate)).not.toBe(serialNumberHex(second.certificate));
      expect(serialNumberHex(first.certificate)).toMatch(/^[0-7][0-9a-f]{31}$/);
    });

    it('refuses an IIN that is not 12 digits', async () => {
      await expect(world.issue({ holder: { ...CITIZEN, iin: '12345' } })).rejects.toThrow(/12 digits/);
    });
  });

  describe('CRL', () => {
    it('is an X.509 v2 CRL signed by the intermediate, listing revoked serials with their dates', async () => {
      const revoked = await world.issue({ holder: CITIZEN });
      world.ca.revoke(revoked.certificate, daysFromNow(-1), 'keyCompromise');
      const crl = await world.ca.issueCrl(NOW, 24);
      expect(crl.version).toBe(1);
      expect(crl.thisUpdate.value).toEqual(NOW);
      expect(crl.nextUpdate?.value).toEqual(daysFromNow(1));
      expect(await crl.verify({ issuerCertificate: world.ca.intermediate.certificate }, pkiEngine)).toBe(true);
      expect(crlEntries(crl)).toContainEqual({ serialHex: serialNumberHex(revoked.certificate), revokedAt: daysFromNow(-1) });
    });

    it('numbers CRLs upwards and survives DER and PEM round trips', async () => {
      const first = await world.ca.issueCrl(NOW);
      const second = await world.ca.issueCrl(NOW);
      const crlNumber = (crl: pkijs.CertificateRevocationList): number =>
        (crl.crlExtensions?.extensions.find((extension) => extension.extnID === '2.5.29.20')?.parsedValue as { valueBlock: { valueDec: number } }).valueBlock.valueDec;
      expect(crlNumber(second)).toBe(crlNumber(first) + 1);
      const der = crlToDer(second);
      expect(crlToDer(parseCrl(der))).toEqual(der);
      expect(crlToDer(parseCrl(encodePem('X509 CRL', der)))).toEqual(der);
    });
  });

  describe('persistence', () => {
    it('saves to a directory (PEM + PKCS#8, key files private) and loads back a CA that keeps issuing and revoking', async () => {
      const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-ca-'));
      const revoked = await world.issue({ holder: CITIZEN });
      world.ca.revoke(revoked.certificate, daysFromNow(-1));
      await saveLocalCa(world.ca, directory);

      expect((await readdir(directory)).sort()).toEqual(Object.values(LOCAL_CA_FILES).sort());
      expect((await stat(path.join(directory, LOCAL_CA_FILES.rootKey))).mode & 0o777).toBe(0o600);
      expect(await readFile(path.join(directory, LOCAL_CA_FILES.intermediateKey), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);

      const loaded = await loadLocalCa(directory);
      expect(certificateToDer(loaded.root.certificate)).toEqual(certificateToDer(world.ca.root.certificate));
      expect(certificateToDer(loaded.intermediate.certificate)).toEqual(certificateToDer(world.ca.intermediate.certificate));
      expect(loaded.revoked).toEqual(world.ca.revoked);

      const issuedByLoaded = await loaded.issue({ holder: CITIZEN, purpose: 'signing', notBefore: NOW, validityDays: 30, keyPair: world.rsaKeys });
      expect(await issuedByLoaded.certificate.verify(world.ca.intermediate.certificate, pkiEngine)).toBe(true);
      const crl = await loaded.issueCrl(NOW);
      expect(await crl.verify({ issuerCertificate: world.ca.intermediate.certificate }, pkiEngine)).toBe(true);
      expect(crlEntries(crl).map((entry) => entry.serialHex)).toContain(serialNumberHex(revoked.certificate));
    });
  });
});
