import { access } from 'node:fs/promises';
import path from 'node:path';
import { type DemoPerson, issueDemoKeys, keyFileName, readManifest } from '../adapters/pki/demo-key-files.ts';
import { DEFAULT_PKI_PUBLIC_URL, publicationUrlsFor, sameUrls } from '../core/pki/publication-urls.ts';
import { withCheckDigit } from '../core/identity/iin.ts';
import { DEMO_CITIZENS, DEMO_PASSWORD, DEMO_PROVIDERS, DEMO_SC_BRANCHES, DEMO_STAFF } from './demo-data.ts';

/** Demo key files live a year; a key within this many days of its end is issued again at the next start. */
const VALIDITY_DAYS = 365;
const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 86_400_000;

function splitFullName(fullName: string): Pick<DemoPerson, 'surname' | 'firstName' | 'patronymic'> {
  const [surname = fullName, firstName = fullName, ...rest] = fullName.split(/\s+/);
  return { surname, firstName, ...(rest.length > 0 ? { patronymic: rest.join(' ') } : {}) };
}

/**
 * The demo people who get EDS key files: every staff member (a legal-entity employee certificate with O = the
 * provider's name and OU = BIN of the provider, as the NCA issues to staff, kz-ecosystem.md §3; staff without a
 * provider get a personal one) and every demo citizen.
 */
export function demoKeyHolders(): DemoPerson[] {
  const providers = [...DEMO_PROVIDERS, ...DEMO_SC_BRANCHES];
  const staff = DEMO_STAFF.map((member): DemoPerson => {
    const iin = withCheckDigit(member.iinPrefix);
    if (!iin) throw new Error(`demo staff ${member.login}: no valid IIN from ${member.iinPrefix}`);
    const provider = providers.find((p) => p.id === member.providerId);
    return {
      iin,
      ...splitFullName(member.fullName),
      ...(provider ? { bin: provider.bin, organization: provider.name.ru, role: member.role === 'head' ? ('firstHead' as const) : ('employee' as const) } : {}),
    };
  });
  const citizens = DEMO_CITIZENS.map((citizen): DemoPerson => ({
    iin: citizen.iin,
    surname: citizen.surname,
    firstName: citizen.given_name,
    ...(citizen.patronymic ? { patronymic: citizen.patronymic } : {}),
  }));
  return [...staff, ...citizens];
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export interface DemoKeysReport {
  readonly keysDirectory: string;
  readonly password: string;
  readonly issued: number;
  readonly kept: number;
  /** True when every key was issued again because the CA's publication URLs changed (or were never in them). */
  readonly reissuedForNewProfile: boolean;
}

/**
 * Issues the demo people's key files into `<pkiDir>/keys/<IIN>/` with the CA in `<pkiDir>/ca` — the CA the `local`
 * EDS verification trusts. Idempotent: a person whose signing key file exists and is not about to expire keeps it.
 *
 * Decision (issue #14): when the CA profile changed — the CRL/OCSP/caIssuers URLs the certificates name differ from
 * those in the manifest, which includes every directory issued before certificates carried AIA — all demo key files
 * are issued again at start, by the same CA, at the same paths, with the same password. The old certificates are not
 * revoked (a signature made with one stays verifiable); they only lack URLs that answer. Demo keys protect nothing,
 * so replacing them costs nobody anything, while keeping them would leave certificates whose CRL nobody serves.
 */
export async function ensureDemoKeys(pkiDir: string, now: Date, publicUrl: string = DEFAULT_PKI_PUBLIC_URL): Promise<DemoKeysReport> {
  const manifest = await readManifest(path.join(pkiDir, 'manifest.json'));
  const publicationUrls = publicationUrlsFor(publicUrl);
  const profileChanged = manifest !== null && !sameUrls(manifest.publicationUrls, publicationUrls);
  const renewAfter = now.getTime() + RENEW_BEFORE_DAYS * DAY_MS;
  const holders = demoKeyHolders();
  const missing: DemoPerson[] = [];
  for (const person of holders) {
    const signing = manifest?.people.find((p) => p.iin === person.iin)?.keys.find((k) => k.purpose === 'signing');
    const fresh = !profileChanged && signing && new Date(signing.notAfter).getTime() > renewAfter && (await exists(path.join(pkiDir, signing.file)));
    if (!fresh) missing.push(person);
  }
  if (missing.length > 0) {
    await issueDemoKeys({ outDirectory: pkiDir, people: missing, password: DEMO_PASSWORD, now, validityDays: VALIDITY_DAYS, keyAlgorithm: 'RSA-2048', publicationUrls });
  }
  return {
    keysDirectory: path.join(pkiDir, 'keys'),
    password: DEMO_PASSWORD,
    issued: missing.length,
    kept: holders.length - missing.length,
    reissuedForNewProfile: profileChanged,
  };
}

/** Where a demo person's signing key file is (for the README and the start message). */
export function demoSigningKeyFile(pkiDir: string, iin: string): string {
  return path.join(pkiDir, 'keys', iin, keyFileName('signing', 'RSA-2048', iin));
}
