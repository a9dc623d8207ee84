import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportPkcs8 } from '../../../src/adapters/pki/key-algorithms.ts';
import type { IssuedKey } from '../../../src/adapters/pki/local-ca.ts';
import { encodePem } from '../../../src/adapters/pki/pem.ts';
import { pemOf } from '../../pki/pki-fixture.ts';
import { run } from './outside-tools.ts';

export const LEGACY_PASSWORD = 'Құпия-2026';

/** `openssl pkcs12 -export -legacy` of a key issued by the test CA, with its chain and an NCA-style alias. */
export async function legacyKeyFile(directory: string, key: IssuedKey, name: string): Promise<Uint8Array> {
  await writeFile(path.join(directory, `${name}.key.pem`), encodePem('PRIVATE KEY', await exportPkcs8(key.privateKey)), { mode: 0o600 });
  await writeFile(path.join(directory, `${name}.crt.pem`), pemOf(key.certificate));
  await writeFile(path.join(directory, `${name}.chain.pem`), key.chain.map(pemOf).join(''));
  const out = path.join(directory, `${name}.p12`);
  await run('openssl', [
    'pkcs12', '-export', '-legacy',
    '-inkey', path.join(directory, `${name}.key.pem`),
    '-in', path.join(directory, `${name}.crt.pem`),
    '-certfile', path.join(directory, `${name}.chain.pem`),
    '-name', name,
    '-passout', `pass:${LEGACY_PASSWORD}`,
    '-out', out,
  ]);
  return new Uint8Array(await readFile(out));
}

