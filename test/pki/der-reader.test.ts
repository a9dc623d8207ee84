import type * as pkijs from 'pkijs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors/app-error.ts';
import { readCertificateSkeleton } from '../../src/adapters/pki/certificate-der-reader.ts';
import { readSignedData } from '../../src/adapters/pki/cms-der-reader.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { certificateToDer, serialNumberHex } from '../../src/adapters/pki/certificate-builder.ts';
import { readExtendedKeyUsage, readKeyUsage, isCaCertificate } from '../../src/adapters/pki/certificate-extensions.ts';
import { DerFormatError, DerNotStrictError, readBoolean, readDirectoryString, readNamedBits, readNode, readOid, readRoot, readTime } from '../../src/adapters/pki/der-reader.ts';
import { readNameAttributes } from '../../src/adapters/pki/distinguished-name.ts';
import { CMS_OID } from '../../src/adapters/pki/oids.ts';
import { CITIZEN, CONTENT, NOW, OFFICIAL, createPkiWorld } from './pki-fixture.ts';

/** The reader may only answer or throw the app's error: anything else (RangeError, TypeError, a hang) is a bug. */
function readsOrRefuses(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof DerFormatError) || !(error instanceof AppError) || error.code !== 'SIGNATURE_INVALID') throw error;
  }
}

/** SEQUENCE nested `depth` times around an empty SEQUENCE, each length in its shortest form (built back to front). */
function nestedSequences(depth: number): Uint8Array {
  const headers: number[][] = [];
  let length = 2;
  for (let i = 0; i < depth; i++) {
    const lengthOctets = length < 0x80 ? [length] : length < 0x100 ? [0x81, length] : length < 0x10000 ? [0x82, length >> 8, length & 0xff] : [0x83, length >> 16, (length >> 8) & 0xff, length & 0xff];
    headers.push([0x30, ...lengthOctets]);
    length += 1 + lengthOctets.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (let i = headers.length - 1; i >= 0; i--) {
    bytes.set(headers[i] as number[], offset);
    offset += (headers[i] as number[]).length;
  }
  bytes.set([0x30, 0x00], offset);
  return bytes;
}

describe('strict DER reader', () => {
  it('reads a short and a long length and refuses trailing bytes at the top level', () => {
    const long = new Uint8Array([0x04, 0x81, 0x80, ...new Uint8Array(0x80)]);
    expect(readRoot(long).end).toBe(long.length);
    expect(() => readRoot(new Uint8Array([0x05, 0x00, 0x00]))).toThrow(DerFormatError);
  });

  it('refuses lengths that are not in their shortest form, longer than 4 octets, or past the end of the input', () => {
    expect(() => readRoot(new Uint8Array([0x04, 0x81, 0x01, 0x00]))).toThrow(/shortest form/);
    expect(() => readRoot(new Uint8Array([0x04, 0x82, 0x00, 0x81, ...new Uint8Array(0x81)]))).toThrow(/shortest form/);
    expect(() => readRoot(new Uint8Array([0x04, 0x85, 1, 0, 0, 0, 0]))).toThrow(/5 octets/);
    expect(() => readRoot(new Uint8Array([0x04, 0x84, 0xff, 0xff, 0xff, 0xff, 0x00]))).toThrow(/runs past the end/);
    expect(() => readNode(new Uint8Array([0x30]), 0)).toThrow(/truncated length/);
  });

  it('tells BER-only forms (indefinite length, constructed strings) apart from malformed input', () => {
    expect(() => readRoot(new Uint8Array([0x30, 0x80, 0x00, 0x00]))).toThrow(DerNotStrictError);
  });

  it('decodes object identifiers and refuses non-minimal or unterminated arcs', () => {
    const oid = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);
    expect(readOid(readRoot(oid))).toBe(CMS_OID.signedData);
    expect(() => readOid(readRoot(new Uint8Array([0x06, 0x02, 0x80, 0x01])))).toThrow(DerFormatError);
    expect(() => readOid(readRoot(new Uint8Array([0x06, 0x02, 0x2a, 0x86])))).toThrow(/ends inside an arc/);
  });

  it('reads UTCTime (50–99 as 19xx) and GeneralizedTime, and answers null for an impossible date', () => {
    const time = (tag: number, text: string): Date | null => readTime(readRoot(new Uint8Array([tag, text.length, ...new TextEncoder().encode(text)])));
    expect(time(0x17, '260302090000Z')).toEqual(new Date('2026-03-02T09:00:00Z'));
    expect(time(0x17, '991231235959Z')).toEqual(new Date('1999-12-31T23:59:59Z'));
    expect(time(0x18, '20500101000000.5Z')).toEqual(new Date('2050-01-01T00:00:00.500Z'));
    expect(time(0x17, '260231090000Z')).toBeNull();
  });

  describe('on a real CAdES signature', () => {
    let signature: Uint8Array;
    let certificateDer: Uint8Array;

    beforeAll(async () => {
      const world = await createPkiWorld();
      const key = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
      certificateDer = certificateToDer(key.certificate);
      signature = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW });
    });

    it('reads the signer info, its signed attributes re-tagged as a SET, and the embedded certificate', () => {
      const view = readSignedData(signature);
      expect(view.eContentType).toBe(CMS_OID.data);
      expect(view.eContent).toBeNull();
      expect(view.certificates.map((der) => Buffer.from(der).toString('hex'))).toEqual([Buffer.from(certificateDer).toString('hex')]);
      const signerInfo = view.signerInfos[0]!;
      expect(signerInfo.sid.kind).toBe('issuerAndSerial');
      expect(signerInfo.signedAttributesDer?.[0]).toBe(0x31);
      expect(signerInfo.signedAttributes.map((attribute) => attribute.oid)).toEqual(
        expect.arrayContaining([CMS_OID.contentTypeAttribute, CMS_OID.messageDigestAttribute, CMS_OID.signingTimeAttribute, CMS_OID.signingCertificateV2Attribute]),
      );
      expect(readCertificateSkeleton(certificateDer).publicKeyAlgorithmOid).toBe('1.2.840.10045.2.1');
    });

    it('fuzz: any truncation of the signature is refused with the app error, never a crash', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: signature.length - 1 }), (length) => {
          expect(() => readSignedData(signature.subarray(0, length))).toThrow(DerFormatError);
        }),
        { numRuns: 300, seed: 15 },
      );
    });

    it('fuzz: flipped, overwritten and inserted bytes anywhere give a reading or the app error', () => {
      const mutation = fc.record({
        position: fc.integer({ min: 0, max: signature.length - 1 }),
        kind: fc.constantFrom('xor', 'set', 'insert', 'delete'),
        byte: fc.integer({ min: 0, max: 255 }),
        count: fc.integer({ min: 1, max: 4 }),
      });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          const bytes = Array.from(signature);
          for (const { position, kind, byte, count } of mutations) {
            const at = Math.min(position, bytes.length - 1);
            if (kind === 'xor') bytes[at] = (bytes[at] ?? 0) ^ (byte || 1);
            else if (kind === 'set') bytes[at] = byte;
            else if (kind === 'insert') bytes.splice(at, 0, ...new Array<number>(count).fill(byte));
            else bytes.splice(at, count);
          }
          readsOrRefuses(() => readSignedData(new Uint8Array(bytes)));
        }),
        { numRuns: 2000, seed: 15 },
      );
    });

    it('fuzz: huge declared lengths in any length octet are refused, not allocated', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom(0x84, 0x83), (position, lengthForm) => {
          const bytes = new Uint8Array([...signature.subarray(0, position), 0x30, lengthForm, 0xff, 0xff, 0xff, 0xff, ...signature.subarray(position)]);
          readsOrRefuses(() => readSignedData(bytes));
          expect(() => readSignedData(bytes)).toThrow(DerFormatError);
        }),
        { numRuns: 200, seed: 15 },
      );
    });
  });

  it('fuzz: random bytes, and random bytes behind a SEQUENCE header, give the app error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.boolean(), (random, withHeader) => {
        const bytes = withHeader ? new Uint8Array([0x30, 0x82, random.length >> 8, random.length & 0xff, ...random]) : random;
        readsOrRefuses(() => readSignedData(bytes));
        readsOrRefuses(() => readCertificateSkeleton(bytes));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('refuses deeply nested input (100,000 levels) at once with the app error', () => {
    const deep = nestedSequences(100_000);
    expect(() => readSignedData(deep)).toThrow(DerFormatError);
    expect(() => readCertificateSkeleton(deep)).toThrow(DerFormatError);
    const indefinite = new Uint8Array(200_000).map((_, index) => (index % 2 === 0 ? 0x30 : 0x80));
    expect(() => readSignedData(indefinite)).toThrow(DerNotStrictError);
  });
  it('reads directory strings of every kind a Name uses, and refuses a BMPString or UniversalString of a broken width', () => {
    const node = (tag: number, bytes: number[]) => readRoot(new Uint8Array([tag, bytes.length, ...bytes]));
    expect(readDirectoryString(node(0x0c, [...new TextEncoder().encode('ҰЛТТЫҚ')]))).toBe('ҰЛТТЫҚ');
    expect(readDirectoryString(node(0x13, [0x4b, 0x5a]))).toBe('KZ');
    expect(readDirectoryString(node(0x1e, [0x04, 0x1a, 0x04, 0x30]))).toBe('Ка');
    expect(readDirectoryString(node(0x1c, [0, 0, 0x04, 0xe8]))).toBe('Ө');
    expect(readDirectoryString(node(0x02, [0x01]))).toBe('');
    expect(() => readDirectoryString(node(0x1e, [0x04, 0x1a, 0x04]))).toThrow(DerFormatError);
    expect(() => readDirectoryString(node(0x1c, [0, 0, 0x04]))).toThrow(DerFormatError);
  });

  it('reads DER booleans and named bits strictly', () => {
    expect(readBoolean(readRoot(new Uint8Array([0x01, 0x01, 0xff])))).toBe(true);
    expect(readBoolean(readRoot(new Uint8Array([0x01, 0x01, 0x00])))).toBe(false);
    expect(() => readBoolean(readRoot(new Uint8Array([0x01, 0x01, 0x01])))).toThrow(/0x00 or 0xFF/);
    expect(() => readBoolean(readRoot(new Uint8Array([0x01, 0x02, 0xff, 0xff])))).toThrow(DerFormatError);
    expect(Array.from(readNamedBits(readRoot(new Uint8Array([0x03, 0x02, 0x06, 0xc0]))))).toEqual([0xc0]);
    expect(() => readNamedBits(readRoot(new Uint8Array([0x03, 0x02, 0x08, 0xc0])))).toThrow(/unused bits/);
    expect(() => readNamedBits(readRoot(new Uint8Array([0x03, 0x01, 0x01])))).toThrow(/unused bits/);
  });

  describe('on real certificates', () => {
    const certificates: { name: string; der: Uint8Array; pkijs: pkijs.Certificate }[] = [];

    beforeAll(async () => {
      const world = await createPkiWorld();
      const citizen = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
      const official = await world.issue({ holder: OFFICIAL, purpose: 'authentication' });
      for (const [name, certificate] of [['citizen', citizen.certificate], ['official', official.certificate], ['intermediate', world.ca.intermediate.certificate], ['root', world.ca.root.certificate]] as const) {
        certificates.push({ name, der: certificateToDer(certificate), pkijs: certificate });
      }
    });

    it('reads every field the verifier judges exactly as pkijs reads it (names, serial, validity, KeyUsage, EKU, CA)', () => {
      for (const { name, der, pkijs } of certificates) {
        const skeleton = readCertificateSkeleton(der);
        expect({ name, subject: skeleton.subject, issuer: skeleton.issuer }).toEqual({ name, subject: readNameAttributes(pkijs.subject), issuer: readNameAttributes(pkijs.issuer) });
        expect(skeleton.serialHex).toBe(serialNumberHex(pkijs));
        expect([skeleton.notBefore, skeleton.notAfter]).toEqual([pkijs.notBefore.value, pkijs.notAfter.value]);
        expect(skeleton.keyUsage).toEqual(readKeyUsage(pkijs));
        expect(skeleton.extendedKeyUsage).toEqual(readExtendedKeyUsage(pkijs));
        expect(skeleton.isCa).toBe(isCaCertificate(pkijs));
        expect(Buffer.from(skeleton.tbsDer).toString('hex')).toBe(Buffer.from(pkijs.tbsView).toString('hex'));
      }
      expect(certificates.map(({ der }) => readCertificateSkeleton(der).isCa)).toEqual([false, false, true, true]);
    });

    it('fuzz: any truncation of a certificate is refused with the app error', () => {
      const der = certificates[1]!.der;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: der.length - 1 }), (length) => {
          expect(() => readCertificateSkeleton(der.subarray(0, length))).toThrow(DerFormatError);
        }),
        { numRuns: 300, seed: 19 },
      );
    });

    it('fuzz: flipped, overwritten, inserted and deleted bytes anywhere in a certificate give a reading or the app error', () => {
      const der = certificates[0]!.der;
      const mutation = fc.record({
        position: fc.integer({ min: 0, max: der.length - 1 }),
        kind: fc.constantFrom('xor', 'set', 'insert', 'delete'),
        byte: fc.integer({ min: 0, max: 255 }),
        count: fc.integer({ min: 1, max: 4 }),
      });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          const bytes = Array.from(der);
          for (const { position, kind, byte, count } of mutations) {
            const at = Math.min(position, bytes.length - 1);
            if (kind === 'xor') bytes[at] = (bytes[at] ?? 0) ^ (byte || 1);
            else if (kind === 'set') bytes[at] = byte;
            else if (kind === 'insert') bytes.splice(at, 0, ...new Array<number>(count).fill(byte));
            else bytes.splice(at, count);
          }
          readsOrRefuses(() => readCertificateSkeleton(new Uint8Array(bytes)));
        }),
        { numRuns: 2000, seed: 19 },
      );
    });

    it('reads a KeyUsage or EKU value that does not parse as no usage at all (as pkijs does): damage takes rights away, never adds them', () => {
      const der = certificates[0]!.der;
      expect(readCertificateSkeleton(der).keyUsage).toEqual(new Set(['digitalSignature', 'nonRepudiation']));
      const find = (oid: number[]) => {
        const at = Buffer.from(der).indexOf(Buffer.from([0x06, 0x03, 0x55, 0x1d, ...oid]));
        expect(at).toBeGreaterThan(0);
        let value = at + 5;
        if (der[value] === 0x01) value += 3; // critical TRUE
        expect(der[value]).toBe(0x04); // extnValue OCTET STRING
        return value + 2; // the extension's own encoding starts here
      };
      const keyUsage = find([0x0f]);
      const damaged = der.slice();
      damaged[keyUsage + 2] = 0x09; // BIT STRING's unused-bits octet out of range
      expect(readCertificateSkeleton(damaged).keyUsage).toEqual(new Set());
      damaged[keyUsage] = 0x04; // not a BIT STRING at all
      expect(readCertificateSkeleton(damaged).keyUsage).toEqual(new Set());
      const eku = find([0x25]);
      const wrongEku = der.slice();
      wrongEku[eku] = 0x31; // a SET, not a SEQUENCE OF KeyPurposeId
      expect(readCertificateSkeleton(wrongEku).extendedKeyUsage).toEqual([]);
    });

    it('reads a CA only from a DER BasicConstraints with cA TRUE', () => {
      const der = certificates[2]!.der;
      const at = Buffer.from(der).indexOf(Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x13]));
      const damaged = der.slice();
      const value = at + 5 + (der[at + 5] === 0x01 ? 3 : 0) + 2;
      expect([der[value], der[value + 2]]).toEqual([0x30, 0x01]);
      damaged[value + 4] = 0x01; // cA encoded as 0x01: BER's TRUE, not DER's
      expect(readCertificateSkeleton(damaged).isCa).toBe(false);
      expect(readCertificateSkeleton(der).isCa).toBe(true);
    });

    it('refuses deeply nested extension values and names at once with the app error, not a stack overflow', () => {
      const deep = nestedSequences(50_000);
      const certificate = new Uint8Array([0x30, 0x84, (deep.length >> 24) & 0xff, (deep.length >> 16) & 0xff, (deep.length >> 8) & 0xff, deep.length & 0xff, ...deep]);
      expect(() => readCertificateSkeleton(certificate)).toThrow(DerFormatError);
      expect(() => readCertificateSkeleton(deep)).toThrow(DerFormatError);
    });
  });
});
