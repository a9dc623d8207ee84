import { findStaff } from '../../src/adapters/db/staff-store.ts';
import type { StaffMember } from '../../src/core/org/staff-member.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import { DEMO_PROVIDERS, DEMO_STAFF, loadDemoData } from '../../src/composition/demo-data.ts';
import { openStep, type CaseState } from '../../src/core/case/case-state.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import { openBenchApp, openLocation, type DbLocation } from '../lib/databases.ts';
import { formDataFor, paperOriginalsFor, stepInput, surgeServices, syntheticIin, type SurgeService } from '../lib/fixtures.ts';
import { round2, runPool, seededRandom, selfCpuSeconds, startCpuAccounting, summarize, type CpuReport, type LatencySummary } from '../lib/measure.ts';
import type { Sizes } from '../lib/options.ts';
import type { GroupCommitStats } from '../../src/application/cases/intake-group-commit.ts';

export interface EngineResult {
  readonly services: readonly string[];
  readonly workers: number;
  readonly cases: number;
  readonly filing: { readonly filed: number; readonly seconds: number; readonly perSecond: number; readonly latency: LatencySummary };
  readonly steps: number;
  readonly casesClosed: number;
  readonly seconds: number;
  readonly timedOut: boolean;
  readonly stepsPerSecond: number;
  readonly stepLatency: LatencySummary;
  readonly errors: Readonly<Record<string, number>>;
  readonly cpu: CpuReport;
  /** The lever settings of the engine's app context (levers.ts); {} = the defaults. */
  readonly levers: Readonly<Record<string, string>>;
  /** Group commit at intake during the filing (warm-up included); null where it was off. */
  readonly groupCommit: GroupCommitStats | null;
}

interface ProviderDesk {
  readonly byRole: ReadonlyMap<string, StaffMember>;
  readonly executors: readonly StaffMember[];
  readonly executorsById: ReadonlyMap<string, StaffMember>;
}

async function loadDesks(ctx: AppContext): Promise<Map<string, ProviderDesk>> {
  const desks = new Map<string, ProviderDesk>();
  for (const provider of DEMO_PROVIDERS) {
    const staff = (await Promise.all(DEMO_STAFF.filter((s) => s.providerId === provider.id).map((s) => findStaff(ctx.db, s.login)))).filter(
      (s): s is StaffMember => s !== null,
    );
    const executors = staff.filter((s) => s.role === 'executor');
    desks.set(provider.id, {
      byRole: new Map(staff.filter((s) => s.role !== 'executor').map((s) => [s.role, s])),
      executors,
      executorsById: new Map(executors.map((s) => [s.id, s])),
    });
  }
  return desks;
}

const codeOf = (error: unknown) => (isAppError(error) ? error.code : error instanceof Error ? error.message.slice(0, 80) : String(error));

/** Takes a filed case through every step a person completes; returns the steps done and whether it closed. */
async function advance(ctx: AppContext, desk: ProviderDesk, start: CaseState, pick: number, latencies: number[] | null): Promise<{ steps: number; closed: boolean }> {
  let state = start;
  let steps = 0;
  for (;;) {
    const open = openStep(state);
    if (!open) return { steps, closed: state.closedAt !== null };
    if (open.kind === 'automatic') return { steps, closed: false };
    const staff = open.role === 'executor' ? desk.executorsById.get(state.executorId ?? '') : desk.byRole.get(open.role);
    if (!staff) throw new Error(`no demo staff for role ${open.role} at ${state.providerId}`);
    const executorId = desk.executors[pick % desk.executors.length]!.id;
    const started = performance.now();
    state = await completeStep(ctx, staff, state.id, { stepId: open.stepId, expectedVersion: state.version, input: stepInput(open.kind, executorId, ctx.catalog.get(state.regulationId), pick, open.stepId) });
    latencies?.push(performance.now() - started);
    steps += 1;
  }
}

async function fileOne(ctx: AppContext, desks: Map<string, ProviderDesk>, service: SurgeService, iin: string, random: () => number): Promise<CaseState> {
  const clerk = desks.get(service.providerId)!.byRole.get('clerk')!;
  return receiveApplication(ctx, clerk, {
    regulationId: service.regulationId,
    channel: 'providerOffice',
    applicantIin: iin,
    formData: formDataFor(service.regulation, iin, random),
    paperDocumentIds: paperOriginalsFor(service.regulation),
  });
}

/**
 * The engine on the database without HTTP: cases filed through the use case, then advanced through all their steps
 * (`completeStep`: one transaction each: read, engine, versioned update, events) by `workers` concurrent desks.
 */
export async function runEngine(options: {
  location: DbLocation;
  sizes: Sizes;
  databaseCpu: (() => Promise<number>) | null;
  log: (line: string) => void;
  levers?: Readonly<Record<string, string>>;
}): Promise<EngineResult> {
  const { sizes } = options;
  const db = await openLocation(options.location, sizes.workers, options.levers);
  try {
    const ctx = await openBenchApp(db, undefined, options.levers);
    await loadDemoData(db);
    const desks = await loadDesks(ctx);
    const services = surgeServices(ctx.catalog);
    const random = seededRandom(7);

    // Warm-up: a few cases all the way through, not counted.
    const warm = Math.min(20, sizes.engineCases);
    await runPool(warm, sizes.workers, 60, async (i) => {
      const service = services[i % services.length]!;
      const state = await fileOne(ctx, desks, service, syntheticIin(70_000_000 + i), random);
      await advance(ctx, desks.get(service.providerId)!, state, i, null);
    });

    const errors: Record<string, number> = {};
    const filed: CaseState[] = [];
    const filingLatencies: number[] = [];
    const filing = await runPool(sizes.engineCases, sizes.workers, sizes.phaseSeconds, async (i) => {
      const started = performance.now();
      try {
        filed[i] = await fileOne(ctx, desks, services[i % services.length]!, syntheticIin(80_000_000 + i), random);
        filingLatencies.push(performance.now() - started);
      } catch (error) {
        errors[`file: ${codeOf(error)}`] = (errors[`file: ${codeOf(error)}`] ?? 0) + 1;
      }
    });
    const cases = filed.filter(Boolean);
    const groupCommit = ctx.intakeGroupCommit ? { ...ctx.intakeGroupCommit.stats } : null;

    const stepLatencies: number[] = [];
    let casesClosed = 0;
    const stopCpu = await startCpuAccounting({ benchProcess: selfCpuSeconds, ...(options.databaseCpu ? { postgres: options.databaseCpu } : {}) });
    const run = await runPool(cases.length, sizes.workers, sizes.phaseSeconds, async (i) => {
      const state = cases[i]!;
      try {
        const done = await advance(ctx, desks.get(state.providerId)!, state, i, stepLatencies);
        if (done.closed) casesClosed += 1;
      } catch (error) {
        errors[`step: ${codeOf(error)}`] = (errors[`step: ${codeOf(error)}`] ?? 0) + 1;
      }
    });
    const cpu = await stopCpu();
    return {
      services: services.map((s) => s.regulationId),
      workers: sizes.workers,
      cases: cases.length,
      filing: {
        filed: cases.length,
        seconds: round2(filing.seconds),
        perSecond: round2(cases.length / filing.seconds),
        latency: summarize(filingLatencies),
      },
      // Steps of a case cut short by an error were done all the same.
      steps: stepLatencies.length,
      casesClosed,
      seconds: round2(run.seconds),
      timedOut: run.timedOut || filing.timedOut,
      stepsPerSecond: round2(stepLatencies.length / run.seconds),
      stepLatency: summarize(stepLatencies),
      errors,
      cpu,
      levers: options.levers ?? {},
      groupCommit,
    };
  } finally {
    await db.close();
  }
}
