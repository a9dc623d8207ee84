import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkBin, checkIin } from '../../core/identity/iin.ts';
import { certificateToDer, serialNumberHex } from './certificate-builder.ts';
import { crlToDer } from './crl.ts';
import type { KeyAlgorithmName } from './key-algorithms.ts';
import { type IssuedKey, LocalCa } from './local-ca.ts';
import { LOCAL_CA_FILES, loadLocalCa, localCaExists, saveLocalCa } from './local-ca-store.ts';
import type { CertificateHolder, KeyPurpose, LegalEntityRole } from './nca-profile.ts';
import { encodePem } from './pem.ts';
import type { PublicationUrls } from '../../core/pki/publication-urls.ts';
import { exportPkcs12 } from './pkcs12.ts';

/**
 * NCA-style key files issued by the demo certification authority (scripts/issue-demo-keys.ts, `start --demo`):
 * for each person a signing key RSA256_<IIN>.p12 and an authentication key AUTH_RSA256_<IIN>.p12.
 * Layout: <out>/ca (CA files, see LOCAL_CA_FILES), <out>/crl/qyzmet-demo-intermediate.crl (DER) and .pem,
 * <out>/keys/<IIN>/*.p12 and signing certificate PEM, <out>/manifest.json (what was issued).
 */

export interface DemoPerson {
  readonly iin: string;
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic?: string;
  readonly email?: string;
  /** With bin and organization the person gets a legal-entity employee certificate. */
  readonly bin?: string;
  readonly organization?: string;
  readonly role?: LegalEntityRole;
}

export interface IssueDemoKeysOptions {
  readonly outDirectory: string;
  readonly people: readonly DemoPerson[];
  readonly password: string;
  /** The CLI passes the wall clock; tests pass a fixed moment. */
  readonly now: Date;
  readonly validityDays: number;
  readonly keyAlgorithm: KeyAlgorithmName;
  /** Where the CA's CRL, OCSP responder and certificate are served (publicationUrlsFor(QYZMET_PKI_PUBLIC_URL)). */
  readonly publicationUrls?: PublicationUrls;
}

export interface IssuedKeyFile {
  readonly purpose: KeyPurpose;
  readonly file: string;
  readonly serialHex: string;
  readonly notBefore: string;
  readonly notAfter: string;
}

export interface DemoKeysManifest {
  readonly caDirectory: string;
  readonly trustAnchorFile: string;
  readonly intermediateFile: string;
  readonly crlFile: string;
  /** The CRL/OCSP/caIssuers URLs the key files' certificates name; absent in directories issued before AIA. */
  readonly publicationUrls?: PublicationUrls;
  /** The demo password of every key file: these keys protect nothing real. */
  readonly password: string;
  readonly people: readonly (DemoPerson & { readonly signingCertificateFile: string; readonly keys: readonly IssuedKeyFile[] })[];
}

/** Demo people when none are given: a citizen and an official of a local employment department. */
export const DEFAULT_DEMO_PEOPLE: readonly DemoPerson[] = [
  { iin: '880515300120', surname: 'Иванов', firstName: 'Иван', patronymic: 'Иванович' },
  {
    iin: '950101400012',
    surname: 'Сәрсенбаева',
    firstName: 'Әйгерім',
    patronymic: 'Қайратқызы',
    bin: '950140000016',
    organization: 'ГУ «Отдел занятости и социальных программ» (DEMO)',
    role: 'employee',
  },
];

function holderOf(person: DemoPerson): CertificateHolder {
  const iinCheck = checkIin(person.iin);
  if (!iinCheck.valid) throw new Error(`IIN ${person.iin} of ${person.surname} is not valid (${iinCheck.problem})`);
  const name = { surname: person.surname, firstName: person.firstName, ...(person.patronymic ? { patronymic: person.patronymic } : {}) };
  const email = person.email ? { email: person.email } : {};
  if (!person.bin && !person.organization) return { kind: 'individual', iin: person.iin, name, ...email };
  if (!person.bin || !person.organization) throw new Error(`${person.surname}: a staff certificate needs both bin and organization`);
  const binCheck = checkBin(person.bin);
  if (!binCheck.valid) throw new Error(`BIN ${person.bin} is not valid (${binCheck.problem})`);
  return { kind: 'legalEntityEmployee', iin: person.iin, bin: person.bin, organization: person.organization, role: person.role ?? 'employee', name, ...email };
}

/** NCA file names: RSA256_… for signing, AUTH_RSA256_… for authentication (kz-ecosystem.md §3). */
export function keyFileName(purpose: KeyPurpose, keyAlgorithm: KeyAlgorithmName, iin: string): string {
  const family = keyAlgorithm === 'RSA-2048' ? 'RSA256' : 'ECDSA256';
  return `${purpose === 'authentication' ? 'AUTH_' : ''}${family}_${iin}.p12`;
}

export async function issueDemoKeys(options: IssueDemoKeysOptions): Promise<DemoKeysManifest> {
  // Check every person first, so a typo in one IIN does not leave a half-written directory.
  const holders = options.people.map(holderOf);
  const caDirectory = path.join(options.outDirectory, 'ca');
  // Reuse an existing CA: replacing it would invalidate every key file and trust store already handed out.
  const ca = (await localCaExists(caDirectory))
    ? await loadLocalCa(caDirectory)
    : await LocalCa.create({ now: options.now, ...(options.publicationUrls ? { publicationUrls: options.publicationUrls } : {}) });
  if (options.publicationUrls) ca.publishAt(options.publicationUrls);

  const people: DemoKeysManifest['people'][number][] = [];
  for (const [index, person] of options.people.entries()) {
    const holder = holders[index] as CertificateHolder;
    const personDirectory = path.join(options.outDirectory, 'keys', person.iin);
    await mkdir(personDirectory, { recursive: true });
    const keys: IssuedKeyFile[] = [];
    let signingKey: IssuedKey | null = null;
    for (const purpose of ['signing', 'authentication'] as const) {
      const issued = await ca.issue({ holder, purpose, notBefore: options.now, validityDays: options.validityDays, keyAlgorithm: options.keyAlgorithm });
      if (purpose === 'signing') signingKey = issued;
      const fileName = keyFileName(purpose, options.keyAlgorithm, person.iin);
      const p12 = await exportPkcs12({ privateKey: issued.privateKey, certificate: issued.certificate, chain: issued.chain, password: options.password, friendlyName: fileName.replace(/\.p12$/, '') });
      await writeFile(path.join(personDirectory, fileName), p12, { mode: 0o600 });
      keys.push({
        purpose,
        file: path.relative(options.outDirectory, path.join(personDirectory, fileName)),
        serialHex: serialNumberHex(issued.certificate),
        notBefore: issued.certificate.notBefore.value.toISOString(),
        notAfter: issued.certificate.notAfter.value.toISOString(),
      });
    }
    const certificateFile = path.join(personDirectory, `signing-certificate_${person.iin}.pem`);
    await writeFile(certificateFile, encodePem('CERTIFICATE', certificateToDer((signingKey as IssuedKey).certificate)));
    people.push({ ...person, signingCertificateFile: path.relative(options.outDirectory, certificateFile), keys });
  }

  const crlDirectory = path.join(options.outDirectory, 'crl');
  await mkdir(crlDirectory, { recursive: true });
  const crlDer = crlToDer(await ca.issueCrl(options.now, 24 * 30));
  const crlFile = path.join(crlDirectory, 'qyzmet-demo-intermediate.crl');
  await writeFile(crlFile, crlDer);
  await writeFile(`${crlFile}.pem`, encodePem('X509 CRL', crlDer));
  await saveLocalCa(ca, caDirectory);

  const manifestFile = path.join(options.outDirectory, 'manifest.json');
  // Keep people issued by earlier runs into the same directory; a re-issued IIN replaces its old entry.
  const earlier = await readManifest(manifestFile);
  const issuedNow = new Set(people.map((person) => person.iin));
  const manifest: DemoKeysManifest = {
    caDirectory: 'ca',
    trustAnchorFile: path.join('ca', LOCAL_CA_FILES.rootCertificate),
    intermediateFile: path.join('ca', LOCAL_CA_FILES.intermediateCertificate),
    crlFile: path.relative(options.outDirectory, crlFile),
    ...(ca.publicationUrls ? { publicationUrls: ca.publicationUrls } : {}),
    password: options.password,
    people: [...(earlier?.people ?? []).filter((person) => !issuedNow.has(person.iin)), ...people],
  };
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function readManifest(file: string): Promise<DemoKeysManifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DemoKeysManifest;
  } catch {
    return null;
  }
}

