import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const KEY_BYTES = 32;

/**
 * A server secret kept in a file: read if present, otherwise 32 random bytes written once (owner-only). Two processes
 * starting together both end up with the file's bytes: the loser of the exclusive create reads the winner's.
 */
export async function loadOrCreateSecretKey(file: string): Promise<Uint8Array> {
  try {
    return await readKey(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKey(file);
}

async function readKey(file: string): Promise<Uint8Array> {
  const key = new Uint8Array(await readFile(file));
  if (key.length < KEY_BYTES) throw new Error(`secret key file ${file} holds ${key.length} bytes; at least ${KEY_BYTES} are needed`);
  return key;
}
