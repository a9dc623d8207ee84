import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegulation } from '../../src/core/regulation/parse-regulation.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from './paths.ts';

export const ZHAMBYL_JOB_SEEKERS = 'zhambyl-2017-231-job-seeker-registration';

export function loadRegulation(id: string): Regulation {
  const file = `${id}.json`;
  return parseRegulation(JSON.parse(readFileSync(path.join(REGULATIONS_DIR, file), 'utf8')), file);
}
