import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

/*
 * The interop group runs the tools a ministry, an integrator or an auditor already has (issue #18): OpenSSL, qpdf,
 * poppler-utils (pdffonts, pdftotext), zbar-tools (zbarimg), curl. .ci/run installs them from Debian. In CI
 * (CI=true) a missing tool fails the group; on a developer's machine the group is skipped with the reason.
 */

export type OutsideTool = 'openssl' | 'qpdf' | 'pdffonts' | 'pdftotext' | 'pdftoppm' | 'zbarimg' | 'curl';

const DEBIAN_PACKAGE: Readonly<Record<OutsideTool, string>> = {
  openssl: 'openssl',
  qpdf: 'qpdf',
  pdffonts: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  zbarimg: 'zbar-tools',
  curl: 'curl',
};

export function onPath(tool: OutsideTool): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

export function missingTools(tools: readonly OutsideTool[]): OutsideTool[] {
  return tools.filter((tool) => !onPath(tool));
}

/**
 * describe() when every tool is there; otherwise a failing test in CI, a skipped group with the reason elsewhere.
 */
export function describeWithTools(title: string, tools: readonly OutsideTool[], body: () => void): void {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const reason = `missing ${missing.join(', ')} (apt-get install ${[...new Set(missing.map((tool) => DEBIAN_PACKAGE[tool]))].join(' ')})`;
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('has the outside tools it needs', () => {
        throw new Error(`${title}: ${reason}`);
      });
    });
    return;
  }
  console.warn(`interop: skipped "${title}": ${reason}`);
  describe.skip(`${title} (skipped: ${reason})`, body);
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool; a non-zero exit rejects with its stderr in the message. */
export async function run(tool: OutsideTool, args: readonly string[], options: { input?: Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  if (options.input) {
    const result = spawnSync(tool, args, { input: options.input, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
    return { stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  }
  try {
    const { stdout, stderr } = await promisify(execFile)(tool, [...args], { cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string; stdout?: string };
    throw new Error(`${tool} ${args.join(' ')} exited ${failed.code}: ${failed.stderr ?? ''}${failed.stdout ?? ''}`);
  }
}

/** The first line each tool prints about its version (for the run's log and the report). */
export function toolVersions(tools: readonly OutsideTool[]): Record<string, string> {
  const versionArgs: Readonly<Record<OutsideTool, string[]>> = {
    openssl: ['version'],
    qpdf: ['--version'],
    pdffonts: ['-v'],
    pdftotext: ['-v'],
    pdftoppm: ['-v'],
    zbarimg: ['--version'],
    curl: ['--version'],
  };
  const versions: Record<string, string> = {};
  for (const tool of tools) {
    const result = spawnSync(tool, versionArgs[tool]);
    versions[tool] = `${result.stdout?.toString() ?? ''}${result.stderr?.toString() ?? ''}`.trim().split('\n')[0] ?? '';
  }
  return versions;
}
