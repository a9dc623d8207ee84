import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { compareRegulations } from '../../src/core/comparison/compare-regulations.ts';
import type { DiffStatus, RegulationComparison, RouteComparison } from '../../src/core/comparison/comparison-schema.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';

/*
 * Side-by-side comparison on the seeds' own pairs: the referrals service in Zhambyl 2017, Kyzylorda 2018 and Akmola,
 * and the job-seeker registration in Zhambyl 2017 and Kyzylorda 2018 (figures from the seed extracts, see
 * ../shared/reference/seed-extracts/compare-referrals.md and 003.md), then properties over every pair of files.
 */

const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const byId = new Map(regulations.map((r) => [r.id, r]));
const has = (...ids: string[]) => ids.every((id) => byId.has(id));
const compare = (left: string, right: string) => compareRegulations(byId.get(left)!, byId.get(right)!);

const REFERRALS = {
  zhambyl: 'zhambyl-2017-231-active-employment-referral',
  kyzylorda: 'kyzylorda-2018-1057-active-employment-referral',
  akmola: 'akmola-undated-active-employment-referral',
} as const;
const JOB_SEEKERS = { zhambyl: 'zhambyl-2017-231-job-seeker-registration', kyzylorda: 'kyzylorda-2018-1057-job-seeker-registration' } as const;

const route = (c: RegulationComparison, channel: RouteComparison['channel']) => c.routes.find((r) => r.channel === channel)!;
const stepRow = (r: RouteComparison, kind: string) => r.steps.find((s) => s.kind === kind)!;
const statusesOf = (c: RegulationComparison) => c.informationSystems.map((row) => [row.left?.id ?? null, row.right?.id ?? null, row.status]);

describe.skipIf(!has(REFERRALS.zhambyl, REFERRALS.akmola))('referrals: Zhambyl 2017 beside Akmola', () => {
  const c = compare(REFERRALS.zhambyl, REFERRALS.akmola);

  it('should count 4 positive results against 6, the 2 extra referrals on the right only', () => {
    expect(c.sameService).toBe(true);
    expect([c.results.left.positive, c.results.right.positive]).toEqual([4, 6]);
    expect(c.results.rows.filter((r) => r.status === 'rightOnly').map((r) => r.right!.resultId).sort()).toEqual(['referral-vocational-training', 'vocational-guidance']);
    expect(c.results.rows.filter((r) => r.status === 'leftOnly')).toEqual([]);
  });

  it('should find every office limit longer in Akmola: 30 minutes in all against 130', () => {
    const office = route(c, 'providerOffice');
    expect(office.steps.map((s) => [s.kind, s.left?.limit?.value, s.right?.limit?.value, s.limitChange])).toEqual([
      ['register', 5, 30, 'longer'],
      ['assignExecutor', 5, 20, 'longer'],
      ['decide', 10, 30, 'longer'],
      ['sign', 5, 20, 'longer'],
      ['issue', 5, 30, 'longer'],
    ]);
    expect([office.totals.left!.workingMinutes, office.totals.right!.workingMinutes]).toEqual([30, 130]);
    expect(office.totals.right!.text.en).toBe('2 hours 10 minutes');
  });

  it('should pair the portal signing done by the executor in Zhambyl with the head in Akmola', () => {
    const signing = stepRow(route(c, 'portal'), 'sign');
    expect([signing.left!.role, signing.right!.role, signing.roleChanged, signing.status]).toEqual(['executor', 'head', true, 'changed']);
  });

  it('should show the AIS "Employment" on the Zhambyl side only', () => {
    expect(statusesOf(c)).toContainEqual(['ais-employment', null, 'leftOnly']);
  });
});

describe.skipIf(!has(REFERRALS.zhambyl, REFERRALS.kyzylorda))('referrals: Zhambyl 2017 beside Kyzylorda 2018', () => {
  const c = compare(REFERRALS.zhambyl, REFERRALS.kyzylorda);

  it('should keep the same 4 referral forms and a reasoned refusal', () => {
    expect([c.results.left, c.results.right]).toEqual([
      { positive: 4, refusal: 1, total: 5 },
      { positive: 4, refusal: 1, total: 5 },
    ]);
    expect(c.results.rows.every((r) => r.left !== null && r.right !== null)).toBe(true);
  });

  it('should find the same 30-minute office route and a 100-minute portal route in Kyzylorda', () => {
    const office = route(c, 'providerOffice');
    expect(office.steps.every((s) => s.limitChange === 'same' && !s.roleChanged)).toBe(true);
    expect([office.totals.left!.workingMinutes, office.totals.right!.workingMinutes]).toEqual([30, 30]);
    expect(route(c, 'portal').totals.right!.workingMinutes).toBe(100);
  });

  it('should show the portal conditions of Zhambyl missing in Kyzylorda and the AIS changing', () => {
    expect(route(c, 'portal').conditions.map((r) => [r.check, r.status])).toEqual([
      ['authorization', 'leftOnly'],
      ['signature', 'leftOnly'],
    ]);
    expect(statusesOf(c)).toContainEqual(['ais-employment', null, 'leftOnly']);
    expect(statusesOf(c)).toContainEqual([null, 'ais-labour-market', 'rightOnly']);
  });
});

describe.skipIf(!has(REFERRALS.kyzylorda, REFERRALS.akmola))('referrals: Kyzylorda 2018 beside Akmola', () => {
  it('should count 4 positive results against 6', () => {
    const c = compare(REFERRALS.kyzylorda, REFERRALS.akmola);
    expect([c.results.left.positive, c.results.right.positive]).toEqual([4, 6]);
  });
});

describe.skipIf(!has(JOB_SEEKERS.zhambyl, JOB_SEEKERS.kyzylorda))('job seekers: Zhambyl 2017 beside Kyzylorda 2018', () => {
  const c = compare(JOB_SEEKERS.zhambyl, JOB_SEEKERS.kyzylorda);

  it('should compare the office limits with their units: 2 hours against 30 minutes, 350 minutes in all against 120', () => {
    const office = route(c, 'providerOffice');
    expect(office.steps.map((s) => [s.kind, s.left?.limit?.text.en, s.right?.limit?.text.en, s.limitChange])).toEqual([
      ['register', '20 minutes', '20 minutes', 'same'],
      ['assignExecutor', '20 minutes', '20 minutes', 'same'],
      ['decide', '2 hours', '30 minutes', 'shorter'],
      ['sign', '3 hours', '20 minutes', 'shorter'],
      ['issue', '10 minutes', '30 minutes', 'longer'],
    ]);
    expect([office.totals.left!.workingMinutes, office.totals.right!.workingMinutes]).toEqual([350, 120]);
  });

  it("should show Kyzylorda's office completeness check and the portal signer changing from executor to head", () => {
    expect(route(c, 'providerOffice').conditions.map((r) => [r.check, r.status])).toEqual([['documentsComplete', 'rightOnly']]);
    const signing = stepRow(route(c, 'portal'), 'sign');
    expect([signing.left!.stepId, signing.right!.stepId, signing.roleChanged]).toEqual(['sign-by-executor', 'sign', true]);
  });

  it('should list the roles with their step counts', () => {
    expect(c.roles.map((r) => [r.role, r.leftSteps, r.rightSteps, r.status])).toEqual([
      ['clerk', 2, 2, 'same'],
      ['head', 2, 2, 'same'],
      // Zhambyl's executor: decide, sign-by-executor and portal-process (the portal read as written, seed 000 line 776).
      ['executor', 3, 1, 'changed'],
      ['system', 1, 1, 'same'],
    ]);
  });
});

// ===== properties over every pair of regulation files present =====

const MIRROR_STATUS: Record<DiffStatus, DiffStatus> = { same: 'same', changed: 'changed', leftOnly: 'rightOnly', rightOnly: 'leftOnly' };

/** Each route's steps, read back from the comparison's rows on one side. */
function stepsOnSide(c: RegulationComparison, side: 'left' | 'right'): Record<string, string[]> {
  return Object.fromEntries(c.routes.flatMap((r) => (r[side] ? [[r[side].routeId, r.steps.flatMap((s) => (s[side] ? [s[side].stepId] : []))]] : [])));
}
const routeSteps = (regulation: Regulation) => Object.fromEntries(regulation.routes.map((r) => [r.id, r.steps]));

describe('comparison of every pair of regulation files', () => {
  const pairs = regulations.flatMap((left) => regulations.map((right) => ({ name: `${left.id} / ${right.id}`, left, right })));

  it('should find no difference between a version and itself', () => {
    for (const regulation of regulations) expect(compareRegulations(regulation, regulation).differenceCount, regulation.id).toBe(0);
  });

  it.each(pairs.filter((p) => p.left.id < p.right.id))('should keep every step once, in order, and mirror when swapped: $name', ({ left, right }) => {
    const c = compareRegulations(left, right);
    const swapped = compareRegulations(right, left);
    expect(stepsOnSide(c, 'left')).toEqual(routeSteps(left));
    expect(stepsOnSide(c, 'right')).toEqual(routeSteps(right));
    // Sets (channels, roles, results, systems) mirror exactly; step alignment may break ties differently when swapped,
    // so steps are checked above by their order on each side.
    const statuses = (x: RegulationComparison) => [...x.channels, ...x.roles, ...x.results.rows, ...x.informationSystems].map((r) => r.status);
    expect(statuses(swapped).sort()).toEqual(statuses(c).map((status) => MIRROR_STATUS[status]).sort());
  });
});
