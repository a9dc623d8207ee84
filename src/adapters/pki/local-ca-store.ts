import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { certificateFromDer, certificateToDer } from './certificate-builder.ts';
import type { RevokedSerial } from './crl.ts';
import { exportPkcs8, importPkcs8SigningKey } from './key-algorithms.ts';
import { type CaCredential, LocalCa, type LocalCaState } from './local-ca.ts';
import { derFromPemBase64OrDer, encodePem } from './pem.ts';

/**
 * Persists the demo CA as plain files: certificates in PEM, keys as unencrypted PKCS#8 PEM (mode 0600).
 * Unencrypted is deliberate: this CA is for demos and is worthless outside them; never put a real CA key here.
 */
export const LOCAL_CA_FILES = {
  rootCertificate: 'root-ca.crt.pem',
  rootKey: 'root-ca.key.pem',
  intermediateCertificate: 'intermediate-ca.crt.pem',
  intermediateKey: 'intermediate-ca.key.pem',
  /** Intermediate then root: what a trust store or a relying party needs. */
  chain: 'ca-chain.pem',
  state: 'ca-state.json',
} as const;

interface StoredState {
  readonly crlDistributionUrl: string;
  /** Absent in CAs saved before AIA was issued. */
  readonly ocspUrl?: string | null;
  readonly caIssuersUrl?: string | null;
  readonly lastCrlNumber: number;
  readonly revoked: readonly { serialHex: string; revokedAt: string; reason?: RevokedSerial['reason'] }[];
}

async function writeCredential(directory: string, credential: CaCredential, certificateFile: string, keyFile: string): Promise<void> {
  await writeFile(join(directory, certificateFile), encodePem('CERTIFICATE', certificateToDer(credential.certificate)));
  await writeFile(join(directory, keyFile), encodePem('PRIVATE KEY', await exportPkcs8(credential.privateKey)), { mode: 0o600 });
}

async function readCredential(directory: string, certificateFile: string, keyFile: string): Promise<CaCredential> {
  const certificate = certificateFromDer(derFromPemBase64OrDer(await readFile(join(directory, certificateFile), 'utf8')));
  const privateKey = await importPkcs8SigningKey(derFromPemBase64OrDer(await readFile(join(directory, keyFile), 'utf8')));
  return { certificate, privateKey };
}

export async function saveLocalCa(ca: LocalCa, directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeCredential(directory, ca.root, LOCAL_CA_FILES.rootCertificate, LOCAL_CA_FILES.rootKey);
  await writeCredential(directory, ca.intermediate, LOCAL_CA_FILES.intermediateCertificate, LOCAL_CA_FILES.intermediateKey);
  await writeFile(join(directory, LOCAL_CA_FILES.chain), ca.chain.map((certificate) => encodePem('CERTIFICATE', certificateToDer(certificate))).join(''));
  const state = ca.snapshot;
  const stored: StoredState = {
    crlDistributionUrl: state.crlDistributionUrl,
    ocspUrl: state.ocspUrl,
    caIssuersUrl: state.caIssuersUrl,
    lastCrlNumber: state.lastCrlNumber,
    revoked: state.revoked.map((entry) => ({ ...entry, revokedAt: entry.revokedAt.toISOString() })),
  };
  await writeFile(join(directory, LOCAL_CA_FILES.state), `${JSON.stringify(stored, null, 2)}\n`);
}

export async function loadLocalCa(directory: string): Promise<LocalCa> {
  const root = await readCredential(directory, LOCAL_CA_FILES.rootCertificate, LOCAL_CA_FILES.rootKey);
  const intermediate = await readCredential(directory, LOCAL_CA_FILES.intermediateCertificate, LOCAL_CA_FILES.intermediateKey);
  const stored = JSON.parse(await readFile(join(directory, LOCAL_CA_FILES.state), 'utf8')) as StoredState;
  const state: LocalCaState = {
    crlDistributionUrl: stored.crlDistributionUrl,
    ocspUrl: stored.ocspUrl ?? null,
    caIssuersUrl: stored.caIssuersUrl ?? null,
    lastCrlNumber: stored.lastCrlNumber,
    revoked: stored.revoked.map((entry) => ({ ...entry, revokedAt: new Date(entry.revokedAt) })),
  };
  return new LocalCa(root, intermediate, state);
}

/** Does the directory already hold a CA? (The CLI reuses one instead of silently replacing the trust anchor.) */
export async function localCaExists(directory: string): Promise<boolean> {
  try {
    await readFile(join(directory, LOCAL_CA_FILES.state));
    return true;
  } catch {
    return false;
  }
}
