import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  certificateFromDer,
  certificateToDer,
  exportPkcs8,
  importPkcs8SigningKey,
  LocalCa,
  loadLocalCa,
  localCaExists,
  saveLocalCa,
  signDetachedCades,
} from '../../src/adapters/pki/index.ts';

/**
 * The applicants' key material, made once and kept under bench/.cache (ignored by git), so a default-size run does not
 * spend its first quarter of an hour issuing 20,000 ECDSA certificates and signing as many applications (issue #15:
 * more than 14 minutes on this machine). Kept: the bench CA (the app processes trust it through QYZMET_PKI_DIR), each
 * applicant's certificate and key, and each signature by the digest of what was signed. The workload is seeded
 * (fixtures.ts), so a second run asks for the same applicants and the same bytes. The cache is made anew when its CA
 * or the applicants' certificates would not be valid for the run (a year), and can be removed at any time.
 */
const CACHE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'portal-applicants');
const CA_DIR = path.join(CACHE_DIR, 'ca');
const KEYS_FILE = path.join(CACHE_DIR, 'keys.jsonl');
const SIGNATURES_FILE = path.join(CACHE_DIR, 'signatures.jsonl');
const MADE_AT_FILE = path.join(CACHE_DIR, 'made-at.txt');

const DAY_MS = 24 * 3_600_000;
/** Certificates are issued for a year from a day before the cache was made; a cache older than this is made anew. */
const CERTIFICATE_DAYS = 365;
const REUSE_DAYS = 300;

interface KeyLine {
  readonly iin: string;
  readonly certificate: string;
  readonly privateKey: string;
}

interface SignatureLine {
  readonly digest: string;
  readonly cms: string;
}

export interface ApplicantKeys {
  /** The directory of the bench CA (what QYZMET_PKI_DIR's `ca` holds). */
  readonly caDir: string;
  /** The applicant's CMS signature over `bytes` (signer certificate only, as NCALayer signs), cached or made now. */
  sign(iin: string, bytes: Uint8Array): Promise<string>;
  /** How many keys and signatures were made in this run (the rest came from the cache). */
  readonly made: { keys: number; signatures: number };
}

async function readLines<T>(file: string): Promise<T[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** Opens the cache, or makes a new one (a new CA) when there is none or it is too old for `now`. */
export async function openApplicantKeys(now: Date): Promise<ApplicantKeys> {
  const madeAt = new Date((await readFile(MADE_AT_FILE, 'utf8').catch(() => '')).trim() || 0);
  const fresh = (await localCaExists(CA_DIR)) && now.getTime() - madeAt.getTime() < REUSE_DAYS * DAY_MS && madeAt.getTime() <= now.getTime();
  const notBefore = fresh ? new Date(madeAt.getTime() - DAY_MS) : new Date(now.getTime() - DAY_MS);
  if (!fresh) {
    // A new CA makes every cached key and signature worthless: start the files again.
    await rm(CACHE_DIR, { recursive: true, force: true });
    await mkdir(CACHE_DIR, { recursive: true });
    await saveLocalCa(await LocalCa.create({ now: notBefore, keyAlgorithm: 'ECDSA-P256' }), CA_DIR);
    await writeFile(MADE_AT_FILE, `${now.toISOString()}\n`);
  }
  const ca = await loadLocalCa(CA_DIR);
  const keyLines = new Map((await readLines<KeyLine>(KEYS_FILE)).map((line) => [line.iin, line]));
  const signatures = new Map((await readLines<SignatureLine>(SIGNATURES_FILE)).map((line) => [line.digest, line.cms]));
  const made = { keys: 0, signatures: 0 };
  // Every signature of a cache carries the time the cache was made: within its certificates' validity, never after a
  // run's clock, and the same for a signature made now as for one made by an earlier run.
  const signingTime = fresh ? madeAt : now;

  async function keyOf(iin: string) {
    const line = keyLines.get(iin);
    if (line) {
      return { certificate: certificateFromDer(Buffer.from(line.certificate, 'base64')), privateKey: await importPkcs8SigningKey(Buffer.from(line.privateKey, 'base64')) };
    }
    const issued = await ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'APPLICANT', firstName: iin } }, purpose: 'signing', notBefore, validityDays: CERTIFICATE_DAYS, keyAlgorithm: 'ECDSA-P256' });
    const stored: KeyLine = { iin, certificate: Buffer.from(certificateToDer(issued.certificate)).toString('base64'), privateKey: Buffer.from(await exportPkcs8(issued.privateKey)).toString('base64') };
    keyLines.set(iin, stored);
    await appendFile(KEYS_FILE, `${JSON.stringify(stored)}\n`);
    made.keys += 1;
    return issued;
  }

  return {
    caDir: CA_DIR,
    made,
    async sign(iin, bytes) {
      const digest = createHash('sha256').update(iin).update('\0').update(bytes).digest('hex');
      const cached = signatures.get(digest);
      if (cached) return cached;
      const key = await keyOf(iin);
      const cms = Buffer.from(await signDetachedCades({ contentBytes: bytes, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime })).toString('base64');
      signatures.set(digest, cms);
      await appendFile(SIGNATURES_FILE, `${JSON.stringify({ digest, cms } satisfies SignatureLine)}\n`);
      made.signatures += 1;
      return cms;
    },
  };
}
