import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toArrayBuffer } from '../../src/adapters/pki/bytes.ts';
import { serialNumberHex } from '../../src/adapters/pki/certificate-builder.ts';
import { readAuthorityInfoAccess } from '../../src/adapters/pki/certificate-extensions.ts';
import { crlEntries, parseCrl } from '../../src/adapters/pki/crl.ts';
import { LocalCa } from '../../src/adapters/pki/local-ca.ts';
import { LocalCaPublication } from '../../src/adapters/pki/local-ca-publication.ts';
import { LOCAL_CA_FILES, loadLocalCa, saveLocalCa } from '../../src/adapters/pki/local-ca-store.ts';
import { buildOcspRequest, OcspResponseError, readOcspResponse } from '../../src/adapters/pki/ocsp-client.ts';
import { OcspCrlStatusChecker } from '../../src/adapters/pki/ocsp-crl-status-checker.ts';
import { respondToOcspRequest } from '../../src/adapters/pki/ocsp-responder.ts';
import { type PkiHttpTransport, PkiTransportError, routedTransport } from '../../src/adapters/pki/pki-transport.ts';
import { publicationUrlsFor } from '../../src/core/pki/publication-urls.ts';
import { CITIZEN, NOW, type PkiWorld, createPkiWorld, daysFromNow } from './pki-fixture.ts';

const NONCE = new Uint8Array(16).fill(7);
const BASE = 'http://pki.qyzmet.test';
const URLS = publicationUrlsFor(BASE);

/** Counts the requests per URL; `down` makes a URL fail as an unreachable server does. */
function transportTo(publication: LocalCaPublication, clock: () => Date, down: Set<string> = new Set()) {
  const calls: string[] = [];
  const unreachable: PkiHttpTransport = {
    get: async (url) => {
      throw new PkiTransportError(`GET ${url}: connection refused`);
    },
    post: async (url) => {
      throw new PkiTransportError(`POST ${url}: connection refused`);
    },
  };
  const routed = routedTransport(
    { get: { [URLS.crl]: () => publication.crl(clock()) }, post: { [URLS.ocsp]: (body) => publication.ocsp(body, clock()) } },
    unreachable,
  );
  const transport: PkiHttpTransport = {
    get: (url) => {
      calls.push(`GET ${url}`);
      return down.has(url) ? unreachable.get(url) : routed.get(url);
    },
    post: (url, contentType, body) => {
      calls.push(`POST ${url}`);
      return down.has(url) ? unreachable.post(url, contentType, body) : routed.post(url, contentType, body);
    },
  };
  return { transport, calls, down };
}

describe('the demo CA publishes its status: OCSP responder (RFC 6960), CRL, AIA', () => {
  let world: PkiWorld;
  let ca: LocalCa;

  beforeAll(async () => {
    world = await createPkiWorld();
    ca = await LocalCa.create({ now: daysFromNow(-400), publicationUrls: URLS });
  });

  const issue = (holder = CITIZEN) => ca.issue({ holder, purpose: 'signing', notBefore: daysFromNow(-30), validityDays: 365, keyPair: world.rsaKeys });

  describe('OCSP responder', () => {
    it('answers good for a certificate in force and revoked (with its time) for a revoked one, signed by the CA, nonce echoed', async () => {
      const good = await issue();
      const revoked = await issue();
      ca.revoke(revoked.certificate, daysFromNow(-2), 'keyCompromise');
      for (const [key, expected] of [
        [good, { status: 'good', revokedAt: null }],
        [revoked, { status: 'revoked', revokedAt: daysFromNow(-2) }],
      ] as const) {
        const requestDer = await buildOcspRequest(key.certificate, ca.intermediate.certificate, NONCE);
        const responseDer = await respondToOcspRequest({ requestDer, issuer: ca.intermediate, revocationOf: (serial) => ca.revocationOf(serial), now: NOW, validityMinutes: 10 });
        const answer = await readOcspResponse(responseDer, key.certificate, ca.intermediate.certificate, NONCE);
        expect(answer).toEqual({ ...expected, thisUpdate: NOW, nextUpdate: new Date(NOW.getTime() + 600_000) });
      }
    });

    it('answers unknown for a certificate of another CA, and malformedRequest for bytes that are no OCSP request', async () => {
      const foreign = await world.issue({ holder: CITIZEN });
      const requestDer = await buildOcspRequest(foreign.certificate, world.ca.intermediate.certificate, NONCE);
      const responseDer = await respondToOcspRequest({ requestDer, issuer: ca.intermediate, revocationOf: () => null, now: NOW });
      // The responder does not speak for that CA: its answer is "unknown", and the client refuses the signer too.
      const basic = pkijs.BasicOCSPResponse.fromBER(
        toArrayBuffer(pkijs.OCSPResponse.fromBER(toArrayBuffer(responseDer)).responseBytes!.response.valueBlock.valueHexView),
      );
      expect((basic.tbsResponseData.responses[0]!.certStatus as asn1js.BaseBlock).idBlock.tagNumber).toBe(2);
      await expect(readOcspResponse(responseDer, foreign.certificate, world.ca.intermediate.certificate, NONCE)).rejects.toThrow(OcspResponseError);

      const malformed = await respondToOcspRequest({ requestDer: new TextEncoder().encode('not DER'), issuer: ca.intermediate, revocationOf: () => null, now: NOW });
      expect(pkijs.OCSPResponse.fromBER(toArrayBuffer(malformed)).responseStatus.valueBlock.valueDec).toBe(1);
    });

    it('the client refuses an answer with another nonce (a replay)', async () => {
      const key = await issue();
      const requestDer = await buildOcspRequest(key.certificate, ca.intermediate.certificate, NONCE);
      const responseDer = await respondToOcspRequest({ requestDer, issuer: ca.intermediate, revocationOf: () => null, now: NOW });
      await expect(readOcspResponse(responseDer, key.certificate, ca.intermediate.certificate, new Uint8Array(16).fill(9))).rejects.toThrow(/nonce/);
    });

    it('the client refuses an answer signed by another CA’s key', async () => {
      const key = await issue();
      const requestDer = await buildOcspRequest(key.certificate, ca.intermediate.certificate, NONCE);
      // The look-alike responder signs "good" for our certificate with the other CA's key.
      const forged = await respondToOcspRequest({ requestDer, issuer: { certificate: ca.intermediate.certificate, privateKey: world.ca.intermediate.privateKey }, revocationOf: () => null, now: NOW });
      await expect(readOcspResponse(forged, key.certificate, ca.intermediate.certificate, NONCE)).rejects.toThrow(OcspResponseError);
    });
  });

  describe('CRL publication', () => {
    it('serves the same CRL until a revocation, then a new one that lists it', async () => {
      const publication = new LocalCaPublication(ca, { crlValidityHours: 24 });
      const first = await publication.crl(NOW);
      expect(await publication.crl(new Date(NOW.getTime() + 3_600_000))).toBe(first);
      const key = await issue();
      ca.revoke(key.certificate, NOW);
      const second = await publication.crl(new Date(NOW.getTime() + 3_600_000));
      expect(second).not.toEqual(first);
      expect(crlEntries(parseCrl(second)).map((entry) => entry.serialHex)).toContain(serialNumberHex(key.certificate));
      // Past half its validity it is signed afresh, so a relying party never holds an expired one.
      const later = await publication.crl(new Date(NOW.getTime() + 13 * 3_600_000));
      expect(parseCrl(later).thisUpdate.value).toEqual(new Date(NOW.getTime() + 13 * 3_600_000));
    });
  });

  describe('status checking: OCSP first, CRL when OCSP fails, cached per certificate', () => {
    it('asks the OCSP responder named in the AIA and caches the answer until the next check', async () => {
      const publication = new LocalCaPublication(ca);
      const { transport, calls } = transportTo(publication, () => NOW);
      const checker = new OcspCrlStatusChecker({ transport, clock: () => NOW, randomBytes: () => NONCE });
      const key = await issue();
      expect(await checker.check(key.certificate, ca.intermediate.certificate, NOW)).toBe('good');
      expect(await checker.check(key.certificate, ca.intermediate.certificate, NOW)).toBe('good');
      expect(calls).toEqual([`POST ${URLS.ocsp}`]);
    });

    it('falls back to the CRL when the OCSP responder is down, and says revoked from it', async () => {
      const publication = new LocalCaPublication(ca);
      const { transport, calls } = transportTo(publication, () => NOW, new Set([URLS.ocsp]));
      const checker = new OcspCrlStatusChecker({ transport, clock: () => NOW });
      const key = await issue();
      ca.revoke(key.certificate, daysFromNow(-1));
      expect(await checker.check(key.certificate, ca.intermediate.certificate, NOW)).toBe('revoked');
      // A signature made before the revocation was made with a good certificate.
      expect(await checker.check(key.certificate, ca.intermediate.certificate, daysFromNow(-3))).toBe('good');
      expect(calls).toEqual([`POST ${URLS.ocsp}`, `GET ${URLS.crl}`]);
    });

    it('drops a cached "good" when the CA revokes the certificate, so the next check says revoked', async () => {
      const publication = new LocalCaPublication(ca);
      const { transport, calls } = transportTo(publication, () => NOW);
      const checker = new OcspCrlStatusChecker({ transport, clock: () => NOW });
      ca.onRevocation((serial) => checker.forgetSerial(serial));
      const key = await issue();
      expect(await checker.check(key.certificate, ca.intermediate.certificate, NOW)).toBe('good');
      ca.revoke(key.certificate, NOW);
      expect(await checker.check(key.certificate, ca.intermediate.certificate, new Date(NOW.getTime() + 1000))).toBe('revoked');
      expect(calls).toEqual([`POST ${URLS.ocsp}`, `POST ${URLS.ocsp}`]);
    });

    it('asks again after the cache’s maximum age, and keeps at most maxCacheEntries certificates', async () => {
      let now = NOW;
      const publication = new LocalCaPublication(ca);
      const { transport, calls } = transportTo(publication, () => now);
      const checker = new OcspCrlStatusChecker({ transport, clock: () => now, maxCacheEntries: 2, maxCacheAgeMs: 60_000 });
      const keys = [await issue(), await issue(), await issue()];
      for (const key of keys) await checker.check(key.certificate, ca.intermediate.certificate, now);
      expect(checker.cachedAnswers).toBe(2);
      await checker.check(keys[2]!.certificate, ca.intermediate.certificate, now);
      expect(calls).toHaveLength(3);
      now = new Date(NOW.getTime() + 61_000);
      await checker.check(keys[2]!.certificate, ca.intermediate.certificate, now);
      expect(calls).toHaveLength(4);
    });

    it('is unavailable when every source fails, and unknown when the certificate names none', async () => {
      const publication = new LocalCaPublication(ca);
      const { transport } = transportTo(publication, () => NOW, new Set([URLS.ocsp, URLS.crl]));
      const checker = new OcspCrlStatusChecker({ transport, clock: () => NOW });
      const key = await issue();
      await expect(checker.check(key.certificate, ca.intermediate.certificate, NOW)).rejects.toThrow(/OCSP .*connection refused.*CRL .*connection refused/);
      // The intermediate CA certificate names no CRL and no OCSP responder: nobody to ask, nothing asked.
      expect(await checker.check(ca.intermediate.certificate, ca.root.certificate, NOW)).toBe('unknown');
    });
  });

  describe('a CA saved before certificates carried AIA', () => {
    it('loads without publication URLs, issues without AIA, and publishAt() turns AIA on and reports the change', async () => {
      const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-old-ca-'));
      await saveLocalCa(ca, directory);
      const stateFile = path.join(directory, LOCAL_CA_FILES.state);
      const { ocspUrl: _ocsp, caIssuersUrl: _issuers, ...oldState } = JSON.parse(await readFile(stateFile, 'utf8')) as Record<string, unknown>;
      await writeFile(stateFile, JSON.stringify({ ...oldState, crlDistributionUrl: 'http://localhost:8080/pki/qyzmet-demo-intermediate.crl' }));
      const old = await loadLocalCa(directory);
      expect(old.publicationUrls).toBeNull();
      const before = await old.issue({ holder: CITIZEN, purpose: 'signing', notBefore: NOW, validityDays: 30, keyPair: world.rsaKeys });
      expect(readAuthorityInfoAccess(before.certificate)).toEqual({ ocsp: [], caIssuers: [] });
      expect(old.publishAt(URLS)).toBe(true);
      expect(old.publishAt(URLS)).toBe(false);
      const after = await old.issue({ holder: CITIZEN, purpose: 'signing', notBefore: NOW, validityDays: 30, keyPair: world.rsaKeys });
      expect(readAuthorityInfoAccess(after.certificate)).toEqual({ ocsp: [URLS.ocsp], caIssuers: [URLS.caIssuers] });
    });
  });
});
