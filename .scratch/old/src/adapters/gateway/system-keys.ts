import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../pki/index.ts';
import type { SignatureVerdict } from '../../core/ports/signature-verifier.ts';
import { withCheckDigit } from '../../core/identity/iin.ts';
import type { GatewaySender } from '../../core/gateway/envelope.ts';

/**
 * The system certificates the sending systems (the portal, the State Corporation's IIS) sign gateway envelopes with,
 * issued by a gateway CA of their own (ECDSA P-256: fast to make). Kept in memory per database: a process restart
 * makes new keys, which is safe because delivery happens in the submit call (see deliver-message.ts); a real
 * deployment loads the systems' GOST/RSA certificates issued by the NCA instead.
 */
export interface GatewaySystemKeys {
  sign(sender: GatewaySender, bytes: Uint8Array, at: Date): Promise<string>;
  verify(sender: GatewaySender, bytes: Uint8Array, signature: string, at: Date): Promise<SignatureVerdict>;
}

const SYSTEMS: Record<GatewaySender, { readonly bin: string; readonly organization: string }> = {
  portal: { bin: bin('00034000001'), organization: 'E-GOV PORTAL (QYZMET DEMO)' },
  stateCorporation: { bin: bin('01034000002'), organization: 'STATE CORPORATION IIS (QYZMET DEMO)' },
};

function bin(first11: string): string {
  const value = withCheckDigit(first11);
  if (!value) throw new Error(`no BIN completes ${first11}`);
  return value;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const cache = new WeakMap<object, Promise<GatewaySystemKeys>>();

export function gatewaySystemKeys(owner: object, now: Date): Promise<GatewaySystemKeys> {
  let keys = cache.get(owner);
  if (!keys) {
    keys = createKeys(new Date(now.getTime() - DAY_MS));
    cache.set(owner, keys);
  }
  return keys;
}

async function createKeys(notBefore: Date): Promise<GatewaySystemKeys> {
  const ca = await LocalCa.create({ now: notBefore, keyAlgorithm: 'ECDSA-P256', nameSuffix: 'GATEWAY QYZMET DEMO', rootValidityDays: 36500, intermediateValidityDays: 36500 });
  const issued = {} as Record<GatewaySender, IssuedKey>;
  for (const sender of Object.keys(SYSTEMS) as GatewaySender[]) {
    const system = SYSTEMS[sender];
    issued[sender] = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: bin('80010130999'), bin: system.bin, organization: system.organization, name: { surname: 'SYSTEM', firstName: sender.toUpperCase() } },
      purpose: 'signing',
      notBefore,
      validityDays: 36000,
      keyAlgorithm: 'ECDSA-P256',
    });
  }
  const verifier = new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    statusChecker: new LocalCaStatusChecker(ca),
  });
  return {
    async sign(sender, bytes, at) {
      const key = issued[sender];
      // Only the system's own certificate travels with the envelope: the provider side holds the gateway CA's chain
      // in its trust store, and every embedded certificate costs a parse on each delivery (issue #9 profile).
      const der = await signDetachedCades({ contentBytes: bytes, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: at });
      return Buffer.from(der).toString('base64');
    },
    verify(sender, bytes, signature, at) {
      return verifier.verify({ contentBytes: bytes, signature, expectedBin: SYSTEMS[sender].bin, at });
    },
  };
}
