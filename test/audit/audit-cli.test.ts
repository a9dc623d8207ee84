import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import { loadDemoData } from '../../src/composition/demo-data.ts';
import { openApp } from '../../src/composition/open-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from '../support/paths.ts';
import { officeApplication } from '../support/office-filing.ts';

const REPO_ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '../..');

/** `npm run cli -- audit …` as an operator runs it, against an embedded database on disk (the CLI's own config). */
async function cli(environment: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [tsx, 'src/cli/main.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...environment } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run cli -- audit (issue #14, finding 4)', () => {
  it('signs a checkpoint, then names the case and event a superuser rewrote and exits 1', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-audit-cli-'));
    const environment = { QYZMET_DATA_DIR: dataDir, QYZMET_REGULATIONS_DIR: REGULATIONS_DIR, QYZMET_CALENDAR_FILE: CALENDAR_FILE, QYZMET_EDS_VERIFICATION: 'off', QYZMET_FILING_POLICY: 'demonstration', DATABASE_URL: '', QYZMET_MIGRATION_DATABASE_URL: '' };
    const ctx = await openApp(loadConfig(environment), { clock: () => new Date('2026-11-24T05:00:00Z'), signatureVerifier: null });
    let caseId: string;
    try {
      await loadDemoData(ctx.db);
      const clerk = (await findStaff(ctx.db, 'zhambyl.clerk'))!;
      const filed = await receiveApplication(ctx, clerk, officeApplication(ctx, {
        regulationId: 'zhambyl-2017-231-job-seeker-registration',
        channel: 'providerOffice',
        applicantIin: '880515300120',
        formData: { 'desired-position': 'Cook', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true },
      }));
      await completeStep(ctx, clerk, filed.id, { stepId: 'register', expectedVersion: filed.version, input: {} });
      caseId = filed.id;
    } finally {
      await ctx.db.close();
    }

    const checkpoint = await cli(environment, 'audit', 'checkpoint');
    expect(checkpoint.stderr).toBe('');
    expect(checkpoint.code).toBe(0);
    expect(checkpoint.stdout).toMatch(/^checkpoint 1: 1 heads/);

    const tamper = await openApp(loadConfig(environment), { signatureVerifier: null });
    try {
      await tamper.db.transaction(async (tx) => {
        await tx.execute('set local session_replication_role = replica');
        await tx.execute(`update case_events set actor = jsonb_set(actor, '{userId}', '"zhambyl-head"') where case_id = $1 and seq = 3`, [caseId]);
      });
    } finally {
      await tamper.db.close();
    }
    const verify = await cli(environment, 'audit', 'verify');
    expect(verify.code).toBe(1);
    expect(verify.stdout.split('\n')[0]).toBe(`HISTORY BROKEN: case ${caseId}: event 3 does not match its hash (changed)`);
  }, 420_000);
});
