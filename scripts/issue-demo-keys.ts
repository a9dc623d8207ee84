/**
 * Creates (or reuses) the demo certification authority in a directory and issues NCA-style key files for people:
 * for each, a signing key RSA256_<IIN>.p12 and an authentication key AUTH_RSA256_<IIN>.p12, like the NCA hands out.
 *
 *   npx tsx scripts/issue-demo-keys.ts --out demo-pki
 *   npx tsx scripts/issue-demo-keys.ts --out demo-pki --person "880515300120,Иванов,Иван,Иванович"
 *   npx tsx scripts/issue-demo-keys.ts --out demo-pki --staff "950101400012,950140000016,Сәрсенбаева,Әйгерім,Қайратқызы,ГУ «Отдел занятости»"
 *   npx tsx scripts/issue-demo-keys.ts --out demo-pki --people people.json --password Qwerty12 --key ecdsa --now 2026-03-01T00:00:00Z
 *
 * people.json: [{ "iin", "surname", "firstName", "patronymic"?, "email"?, "bin"?, "organization"?, "role"?: "employee" | "firstHead" }]
 * Layout: <out>/ca (CA files, see LOCAL_CA_FILES), <out>/crl/qyzmet-demo-intermediate.crl (DER) and .pem,
 * <out>/keys/<IIN>/*.p12 and signing certificate PEM, <out>/manifest.json (what was issued, for demo data wiring).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_PEOPLE, type DemoPerson, issueDemoKeys } from '../src/adapters/pki/demo-key-files.ts';
import { publicationUrlsFor } from '../src/core/pki/publication-urls.ts';

export { DEFAULT_DEMO_PEOPLE, issueDemoKeys, type DemoKeysManifest, type DemoPerson, type IssueDemoKeysOptions, type IssuedKeyFile } from '../src/adapters/pki/demo-key-files.ts';

function parsePersonFlag(value: string): DemoPerson {
  const [iin = '', surname = '', firstName = '', patronymic] = value.split(',').map((part) => part.trim());
  return { iin, surname, firstName, ...(patronymic ? { patronymic } : {}) };
}

/** "IIN,BIN,Surname,FirstName,Patronymic,Organization" — the organisation is last and may contain commas. */
function parseStaffFlag(value: string): DemoPerson {
  const [iin = '', bin = '', surname = '', firstName = '', patronymic = '', ...organization] = value.split(',').map((part) => part.trim());
  return { iin, bin, surname, firstName, ...(patronymic ? { patronymic } : {}), organization: organization.join(', ') };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      person: { type: 'string', multiple: true },
      staff: { type: 'string', multiple: true },
      people: { type: 'string' },
      password: { type: 'string', default: 'Qwerty12' },
      key: { type: 'string', default: 'rsa' },
      now: { type: 'string' },
      'validity-days': { type: 'string', default: '365' },
      'public-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log('Usage: npx tsx scripts/issue-demo-keys.ts --out <dir> [--person "IIN,Surname,FirstName[,Patronymic]"]... ' +
      '[--staff "IIN,BIN,Surname,FirstName,Patronymic,Organization"]... [--people people.json] [--password Qwerty12] ' +
      '[--key rsa|ecdsa] [--now ISO-8601] [--validity-days 365] [--public-url http://host:port]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const fromFile: DemoPerson[] = values.people ? (JSON.parse(await readFile(values.people, 'utf8')) as DemoPerson[]) : [];
  const people = [...fromFile, ...(values.person ?? []).map(parsePersonFlag), ...(values.staff ?? []).map(parseStaffFlag)];
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);
  const validityDays = Number(values['validity-days']);
  if (!Number.isInteger(validityDays) || validityDays <= 0) throw new Error(`--validity-days must be a positive whole number`);
  const manifest = await issueDemoKeys({
    outDirectory: values.out,
    people: people.length > 0 ? people : DEFAULT_DEMO_PEOPLE,
    password: values.password,
    now,
    validityDays,
    keyAlgorithm: values.key === 'ecdsa' ? 'ECDSA-P256' : 'RSA-2048',
    ...(values['public-url'] ? { publicationUrls: publicationUrlsFor(values['public-url']) } : {}),
  });
  for (const person of manifest.people) {
    console.log(`${person.iin} ${person.surname} ${person.firstName}: ${person.keys.map((key) => key.file).join(', ')}`);
  }
  console.log(`Trust anchor: ${path.join(values.out, manifest.trustAnchorFile)}; CRL: ${path.join(values.out, manifest.crlFile)}; password: ${manifest.password}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
