import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  certificateFromDer,
  certificateToDer,
  CmsSignatureVerifier,
  exportPkcs8,
  importPkcs8SigningKey,
  LocalCa,
  LocalCaStatusChecker,
  loadLocalCa,
  saveLocalCa,
  signDetachedCades,
  TrustStore,
  type IssuedKey,
} from '../pki/index.ts';
import type { SignatureVerdict } from '../../core/ports/signature-verifier.ts';
import { withCheckDigit } from '../../core/identity/iin.ts';
import type { GatewaySender } from '../../core/gateway/envelope.ts';

/**
 * The system certificates the sending systems (the portal, the State Corporation's IIS) sign gateway envelopes with,
 * issued by a gateway CA of their own (ECDSA P-256: fast to make). A server keeps them in a directory of its data
 * (`gatewaySystemKeysIn`): made once, by whichever process comes first, and read by every process (QYZMET_WORKERS),
 * so an envelope one worker signed verifies in another and after a restart (issue #15). Without a directory (tests)
 * they are kept in memory per database. A real deployment loads the systems' GOST/RSA certificates issued by the NCA
 * instead.
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
  const made = await makeCredentials(notBefore);
  return keysOf(made.ca, made.issued);
}

async function makeCredentials(notBefore: Date): Promise<{ ca: LocalCa; issued: Record<GatewaySender, IssuedKey> }> {
  const ca = await LocalCa.create({ now: notBefore, keyAlgorithm: 'ECDSA-P256', nameSuffix: 'GATEWAY QYZMET DEMO', rootValidityDays: 36500, intermediateValidityDays: 36500 });
  const issued = {} as Record<GatewaySender, IssuedKey>;
  for (const sender of SENDERS) {
    const system = SYSTEMS[sender];
    issued[sender] = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: bin('80010130999'), bin: system.bin, organization: system.organization, name: { surname: 'SYSTEM', firstName: sender.toUpperCase() } },
      purpose: 'signing',
      notBefore,
      validityDays: 36000,
      keyAlgorithm: 'ECDSA-P256',
    });
  }
  return { ca, issued };
}

const SENDERS = Object.keys(SYSTEMS) as GatewaySender[];
const systemFile = (directory: string, sender: GatewaySender) => path.join(directory, `${sender}.json`);

/** The systems' certificates and keys (DER and PKCS#8, base64) next to the gateway CA, as one process wrote them. */
async function saveCredentials(directory: string, ca: LocalCa, issued: Record<GatewaySender, IssuedKey>): Promise<void> {
  await saveLocalCa(ca, path.join(directory, 'ca'));
  for (const sender of SENDERS) {
    const key = issued[sender];
    const stored = { certificate: Buffer.from(certificateToDer(key.certificate)).toString('base64'), privateKey: Buffer.from(await exportPkcs8(key.privateKey)).toString('base64') };
    await writeFile(systemFile(directory, sender), `${JSON.stringify(stored)}\n`, { mode: 0o600 });
  }
}

async function loadCredentials(directory: string): Promise<GatewaySystemKeys> {
  const ca = await loadLocalCa(path.join(directory, 'ca'));
  const issued = {} as Record<GatewaySender, IssuedKey>;
  for (const sender of SENDERS) {
    const stored = JSON.parse(await readFile(systemFile(directory, sender), 'utf8')) as { certificate: string; privateKey: string };
    issued[sender] = {
      certificate: certificateFromDer(Buffer.from(stored.certificate, 'base64')),
      privateKey: await importPkcs8SigningKey(Buffer.from(stored.privateKey, 'base64')),
      chain: ca.chain,
    };
  }
  return keysOf(ca, issued);
}

const byDirectory = new Map<string, Promise<GatewaySystemKeys>>();

/**
 * The gateway system keys kept in `directory`: read when present; otherwise made in a directory of their own and
 * renamed into place, so that of several processes starting together exactly one set wins and every process reads
 * that one (a rename onto an existing directory fails, and the loser reads the winner's). Read once per process.
 */
export function gatewaySystemKeysIn(directory: string, now: Date): Promise<GatewaySystemKeys> {
  const resolved = path.resolve(directory);
  let keys = byDirectory.get(resolved);
  if (!keys) {
    keys = openGatewaySystemKeys(resolved, now);
    byDirectory.set(resolved, keys);
    keys.catch(() => byDirectory.delete(resolved));
  }
  return keys;
}

/** Reads the keys in `directory`, making them first when there are none; what each process does once. */
export async function openGatewaySystemKeys(directory: string, now: Date): Promise<GatewaySystemKeys> {
  try {
    return await loadCredentials(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(directory), { recursive: true, mode: 0o700 });
  const draft = `${directory}.${randomUUID()}.tmp`;
  const { ca, issued } = await makeCredentials(new Date(now.getTime() - DAY_MS));
  await saveCredentials(draft, ca, issued);
  try {
    await rename(draft, directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  } finally {
    await rm(draft, { recursive: true, force: true });
  }
  return loadCredentials(directory);
}

function keysOf(ca: LocalCa, issued: Record<GatewaySender, IssuedKey>): GatewaySystemKeys {
  const verifier = new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    statusChecker: new LocalCaStatusChecker(ca),
  });
  return {
    async sign(sender: GatewaySender, bytes: Uint8Array, at: Date) {
      const key = issued[sender];
      // Only the system's own certificate travels with the envelope: the provider side holds the gateway CA's chain
      // in its trust store, and every embedded certificate costs a parse on each delivery (issue #9 profile).
      const der = await signDetachedCades({ contentBytes: bytes, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: at });
      return Buffer.from(der).toString('base64');
    },
    verify(sender: GatewaySender, bytes: Uint8Array, signature: string, at: Date) {
      return verifier.verify({ contentBytes: bytes, signature, expectedBin: SYSTEMS[sender].bin, at });
    },
  };
}
