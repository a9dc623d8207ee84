import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REGULATIONS_DIR = path.join(REPO_ROOT, 'regulations');
export const CALENDAR_FILE = path.join(REPO_ROOT, 'calendar/kz-holidays.json');
/** The seeds live beside the repository (../shared), on a developer's machine and in CI alike. */
export const SEEDS_DIR = process.env.QYZMET_SEEDS_DIR ?? path.resolve(REPO_ROOT, '../shared/seeds');
