import { readFile, readdir } from 'node:fs/promises';

export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

/** Nearest-rank percentiles of latencies in milliseconds. */
export function summarize(latencies: readonly number[]): LatencySummary {
  if (latencies.length === 0) return { count: 0, p50Ms: NaN, p90Ms: NaN, p99Ms: NaN, maxMs: NaN, meanMs: NaN };
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    count: sorted.length,
    p50Ms: round(at(0.5)),
    p90Ms: round(at(0.9)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted[sorted.length - 1]!),
    meanMs: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

export interface PoolOutcome {
  /** Tasks started (fewer than asked when the time limit stopped the run). */
  readonly started: number;
  readonly seconds: number;
  readonly timedOut: boolean;
}

/**
 * Runs `task(0..count-1)` with at most `concurrency` in flight, starting no new task after `seconds`.
 * A task's own failures are the task's business: it must not throw (count them instead).
 */
export async function runPool(
  count: number,
  concurrency: number,
  seconds: number,
  task: (index: number, worker: number) => Promise<void>,
): Promise<PoolOutcome> {
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let next = 0;
  let timedOut = false;
  const worker = async (_: unknown, workerIndex: number) => {
    for (;;) {
      if (next >= count) return;
      if (performance.now() > deadline) {
        timedOut = true;
        return;
      }
      const index = next++;
      await task(index, workerIndex);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { started: next, seconds: (performance.now() - start) / 1000, timedOut };
}

/** A small deterministic PRNG (mulberry32), so two runs generate the same workload. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system, with reaped children) of a process; 0 when it is gone or this is not Linux. */
async function processCpuSeconds(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime, stime, cutime, cstime are fields 14–17.
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

async function parentOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** CPU seconds of a process tree: the root with its reaped children, plus its live children (PostgreSQL backends). */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  let total = await processCpuSeconds(rootPid);
  let entries: string[] = [];
  try {
    entries = await readdir('/proc');
  } catch {
    return total;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid !== rootPid && (await parentOf(pid)) === rootPid) total += await processCpuSeconds(pid);
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
export async function machineCpuSeconds(): Promise<{ busy: number; total: number }> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((s, v) => s + v, 0);
    return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
  } catch {
    return { busy: 0, total: 0 };
  }
}

export interface CpuSources {
  /** Named processes (or trees) whose CPU is accounted: the load generator, the app server(s), PostgreSQL. */
  readonly [name: string]: () => Promise<number>;
}

export interface CpuReport {
  /** CPU seconds per source during the phase, and per wall second (1.0 = one core fully busy). */
  readonly bySource: Readonly<Record<string, { seconds: number; cores: number }>>;
  /** The whole machine's busy cores, and the part of it that is not ours (other people's work: noise). */
  readonly machineBusyCores: number;
  readonly otherCores: number;
}

/** Starts accounting CPU of the sources and of the machine; call the result at the end of the phase. */
export async function startCpuAccounting(sources: CpuSources): Promise<() => Promise<CpuReport>> {
  const names = Object.keys(sources);
  const before = await Promise.all(names.map((n) => sources[n]!()));
  const machineBefore = await machineCpuSeconds();
  const wallStart = performance.now();
  return async () => {
    const after = await Promise.all(names.map((n) => sources[n]!()));
    const machineAfter = await machineCpuSeconds();
    const wall = (performance.now() - wallStart) / 1000;
    const bySource: Record<string, { seconds: number; cores: number }> = {};
    let ours = 0;
    names.forEach((name, i) => {
      const seconds = Math.max(0, after[i]! - before[i]!);
      ours += seconds;
      bySource[name] = { seconds: round2(seconds), cores: round2(seconds / wall) };
    });
    const machineBusyCores = (machineAfter.busy - machineBefore.busy) / wall;
    return { bySource, machineBusyCores: round2(machineBusyCores), otherCores: round2(Math.max(0, machineBusyCores - ours / wall)) };
  };
}

export const round2 = (value: number) => Math.round(value * 100) / 100;

/** This process's CPU seconds. */
export const selfCpuSeconds = async () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
