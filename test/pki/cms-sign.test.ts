import type * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../src/adapters/pki/bytes.ts';
import { embeddedCertificates, encapsulatedContent, parseSignedData, signingTimeOf } from '../../src/adapters/pki/cms-parse.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { CMS_OID } from '../../src/adapters/pki/oids.ts';
import { CITIZEN, CONTENT, NOW, type PkiWorld, createPkiWorld } from './pki-fixture.ts';

describe('signDetachedCades', () => {
  let world: PkiWorld;
  let key: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    key = await world.issue({ holder: CITIZEN });
  });

  async function signerInfoOf(extraCertificates?: readonly pkijs.Certificate[]): Promise<{ signedData: pkijs.SignedData; signerInfo: pkijs.SignerInfo }> {
    const der = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW, ...(extraCertificates ? { extraCertificates } : {}) });
    const signedData = parseSignedData(bytesToBase64(der));
    return { signedData, signerInfo: signedData.signerInfos[0] as pkijs.SignerInfo };
  }

  it('makes a detached SignedData with the CAdES-BES signed attributes', async () => {
    const { signedData, signerInfo } = await signerInfoOf();
    expect(encapsulatedContent(signedData)).toBeNull();
    expect(signedData.encapContentInfo.eContentType).toBe(CMS_OID.data);
    expect(signerInfo.signedAttrs?.attributes.map((attribute) => attribute.type).sort()).toEqual(
      [CMS_OID.contentTypeAttribute, CMS_OID.messageDigestAttribute, CMS_OID.signingTimeAttribute, CMS_OID.signingCertificateV2Attribute].sort(),
    );
    expect(signingTimeOf(signerInfo)).toEqual(NOW);
    expect(signerInfo.digestAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    expect(signerInfo.signatureAlgorithm.algorithmId).toBe('1.2.840.113549.1.1.11');
  });

  it('encodes the signed attributes as a DER SET (sorted), so re-encoding verifiers compute the same digest', async () => {
    const { signerInfo } = await signerInfoOf();
    const encodings = (signerInfo.signedAttrs?.attributes ?? []).map((attribute) => Buffer.from(attribute.toSchema().toBER(false)));
    expect(encodings).toEqual([...encodings].sort(Buffer.compare));
  });

  it('carries the signer certificate, plus any extra certificates asked for', async () => {
    expect(embeddedCertificates((await signerInfoOf()).signedData)).toHaveLength(1);
    expect(embeddedCertificates((await signerInfoOf([world.ca.intermediate.certificate])).signedData)).toHaveLength(2);
  });

  it('writes the messageDigest as SHA-256 of the content', async () => {
    const { signerInfo } = await signerInfoOf();
    const digest = signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === CMS_OID.messageDigestAttribute)?.values[0] as asn1js.OctetString;
    expect(Buffer.from(digest.valueBlock.valueHexView)).toEqual(Buffer.from(await crypto.subtle.digest('SHA-256', CONTENT)));
  });
});
