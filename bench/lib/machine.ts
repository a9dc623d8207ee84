import { execFile as execFileCallback } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './databases.ts';

const execFile = promisify(execFileCallback);

export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly loadAverageAtStart: readonly number[];
  readonly commit: string | null;
  readonly workTreeChanged: boolean | null;
  postgres?: { version: string; settings: Record<string, string> };
  pglite?: { version: string; packageVersion: string };
}

async function cpuModel(): Promise<string> {
  const model = os.cpus()[0]?.model?.trim() ?? 'unknown';
  if (model && model !== 'unknown') return model;
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? 'unknown';
}

export async function machineFacts(): Promise<MachineFacts> {
  const git = async (...args: string[]) => (await execFile('git', args, { cwd: REPO_ROOT })).stdout.trim();
  let commit: string | null = null;
  let workTreeChanged: boolean | null = null;
  try {
    commit = await git('rev-parse', '--short', 'HEAD');
    workTreeChanged = (await git('status', '--porcelain', '--untracked-files=no')).length > 0;
  } catch {
    // not a git checkout
  }
  return {
    cpuModel: await cpuModel(),
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
    commit,
    workTreeChanged,
  };
}

export async function pglitePackageVersion(): Promise<string> {
  const text = await readFile(path.join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
}
