import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from '../../src/adapters/pki/bytes.ts';
import { certificateFromDer, certificateToDer } from '../../src/adapters/pki/certificate-builder.ts';
import { LocalCa, type IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { TrustStore } from '../../src/adapters/pki/trust-store.ts';
import { CITIZEN, type PkiWorld, createPkiWorld, daysFromNow, pemOf } from './pki-fixture.ts';

describe('TrustStore', () => {
  let world: PkiWorld;
  let key: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    key = await world.issue({ holder: CITIZEN });
  });

  it('builds leaf → intermediate → root from a root and an intermediate given as PEM strings', async () => {
    const result = await world.trustStore().buildChain(key.certificate);
    if (!result.trusted) throw new Error(result.reason);
    expect(result.path.map(certificateToDer)).toEqual([key.certificate, world.ca.intermediate.certificate, world.ca.root.certificate].map(certificateToDer));
  });

  it('proves a certificate’s path once: a re-parsed copy of it is answered without checking issuer signatures again, until the trusted set changes', async () => {
    const store = world.trustStore();
    // isSignedBy is the one place the store checks an issuer's signature (node:crypto, or pkijs for other algorithms).
    const signatureChecks = vi.spyOn(TrustStore.prototype as unknown as { isSignedBy: () => Promise<boolean> }, 'isSignedBy');
    try {
      expect((await store.buildChain(key.certificate)).trusted).toBe(true);
      const firstBuild = signatureChecks.mock.calls.length;
      expect(firstBuild).toBeGreaterThanOrEqual(2);
      const copy = certificateFromDer(certificateToDer(key.certificate));
      const again = await store.buildChain(copy);
      expect(again.trusted && again.path[0]).toBe(copy);
      expect(signatureChecks.mock.calls.length).toBe(firstBuild);
      store.addIntermediate(world.ca.intermediate.certificate);
      expect((await store.buildChain(copy)).trusted).toBe(true);
      expect(signatureChecks.mock.calls.length).toBeGreaterThan(firstBuild);
    } finally {
      signatureChecks.mockRestore();
    }
  });

  it('takes the intermediate from the CMS’s own certificates when the store has only the root', async () => {
    const store = TrustStore.fromCertificates({ anchors: [pemOf(world.ca.root.certificate)] });
    expect((await store.buildChain(key.certificate)).trusted).toBe(false);
    expect((await store.buildChain(key.certificate, [world.ca.intermediate.certificate])).trusted).toBe(true);
  });

  it('trusts an intermediate set up as the anchor (e.g. only "НУЦ РК (RSA)" trusted)', async () => {
    const store = TrustStore.fromCertificates({ anchors: [world.ca.intermediate.certificate] });
    const result = await store.buildChain(key.certificate);
    expect(result.trusted && result.path.length).toBe(2);
  });

  it('never uses an embedded certificate as an anchor: a self-signed look-alike root in the CMS does not help', async () => {
    const impostor = await LocalCa.create({ now: daysFromNow(-400) });
    const forged = await impostor.issue({ holder: CITIZEN, purpose: 'signing', notBefore: daysFromNow(-1), validityDays: 30, keyPair: world.rsaKeys });
    const result = await world.trustStore().buildChain(forged.certificate, [...forged.chain]);
    expect(result.trusted).toBe(false);
    expect(!result.trusted && result.reason).toContain('No path from "CN=ИВАНОВ ИВАН');
  });

  it('does not accept an end-entity certificate as an intermediate issuer', async () => {
    const store = TrustStore.fromCertificates({ anchors: [world.ca.root.certificate], intermediates: [key.certificate] });
    expect((await store.buildChain(world.ca.intermediate.certificate)).trusted).toBe(true);
    // A certificate "issued" under a person's name cannot chain through that person.
    expect((await store.buildChain(key.certificate)).trusted).toBe(false);
  });

  it('loads anchors and intermediates from files in DER (.cer as pki.gov.kz publishes) and PEM, and from bare Base64', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-trust-'));
    const rootFile = path.join(directory, 'root_rsa.cer');
    const intermediateFile = path.join(directory, 'nca_rsa.pem');
    await writeFile(rootFile, certificateToDer(world.ca.root.certificate));
    await writeFile(intermediateFile, pemOf(world.ca.intermediate.certificate));
    const fromFiles = await TrustStore.fromFiles({ anchorFiles: [rootFile], intermediateFiles: [intermediateFile] });
    expect((await fromFiles.buildChain(key.certificate)).trusted).toBe(true);

    const fromBase64 = TrustStore.fromCertificates({
      anchors: [bytesToBase64(certificateToDer(world.ca.root.certificate))],
      intermediates: [bytesToBase64(certificateToDer(world.ca.intermediate.certificate))],
    });
    expect((await fromBase64.buildChain(key.certificate)).trusted).toBe(true);
  });

  it('reads every certificate of a multi-certificate PEM file', async () => {
    const store = TrustStore.fromCertificates({ anchors: [], intermediates: [] });
    store.addTrustAnchor(pemOf(world.ca.root.certificate) + pemOf(world.ca.intermediate.certificate));
    expect(store.trustAnchors).toHaveLength(2);
  });
});
