import { describe, expect, it } from 'vitest';
import { compareRegulations } from '../../src/core/comparison/compare-regulations.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';

/*
 * Two editions of one regulation: a new edition made from the Zhambyl job-seeker registration by hand, with one change
 * of each kind, so every row kind of the comparison is seen once.
 */

const first = loadRegulation(ZHAMBYL_JOB_SEEKERS);

function newEdition(base: Regulation): Regulation {
  const edition = structuredClone(base);
  edition.id = `${base.id}-2019`;
  edition.act = { ...edition.act, date: '2019-03-01', number: '42' };
  const decide = edition.steps.find((s) => s.id === 'decide')!;
  decide.limit = { ...decide.limit!, value: 1, unit: 'workingDays' };
  const issue = edition.steps.find((s) => s.id === 'issue')!;
  issue.limit = { ...issue.limit!, value: 10, unit: 'minutes' };
  const office = edition.routes.find((r) => r.id === 'office')!;
  office.steps = office.steps.filter((id) => id !== 'assign');
  edition.results.push({ ...edition.results[0]!, id: 'registration-notice-duplicate', name: { kk: 'Телнұсқа', ru: 'Дубликат', en: 'Duplicate' } });
  edition.informationSystems = edition.informationSystems.filter((s) => s.id !== 'regional-gateway');
  return edition;
}

describe('comparison of two editions of one regulation', () => {
  const c = compareRegulations(first, newEdition(first));
  const office = c.routes.find((r) => r.left?.routeId === 'office')!;

  it('should show the removed step, the changed unit and the unchanged limits of the office route', () => {
    expect(office.steps.map((s) => [s.left?.stepId ?? null, s.right?.stepId ?? null, s.status, s.limitChange])).toEqual([
      ['register', 'register', 'same', 'same'],
      ['assign', null, 'leftOnly', null],
      ['decide', 'decide', 'changed', 'otherUnit'],
      ['sign', 'sign', 'same', 'same'],
      ['issue', 'issue', 'same', 'same'],
    ]);
    expect(office.totals.right!.text.en).toBe('1 working day + 3 hours 30 minutes');
    expect(office.status).toBe('changed');
  });

  it('should show the added result and the dropped information system, and count every difference', () => {
    expect(c.results.rows.filter((r) => r.status !== 'same').map((r) => [r.status, r.right?.resultId])).toEqual([['rightOnly', 'registration-notice-duplicate']]);
    expect(c.informationSystems.filter((r) => r.status !== 'same').map((r) => [r.status, r.left?.id])).toEqual([['leftOnly', 'regional-gateway']]);
    // office: assign, decide; portal: decide (the step's limit changed for both routes); results: 1; systems: 1.
    // The head keeps 2 steps: the portal route still runs "assign".
    expect(c.differenceCount).toBe(5);
    expect(c.roles.find((r) => r.role === 'head')).toMatchObject({ leftSteps: 2, rightSteps: 2, status: 'same' });
  });
});
