import { describe, expect, it } from 'vitest';
import { compareRegulations } from '../../src/core/comparison/compare-regulations.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';

/*
 * Issue #17: the handbook's comparison called two steps "the same" when only their wording differed (same kind, role
 * and limit). An edition that rewords one step's action, one condition and one information system's name must show
 * each of them as changed, and nothing else.
 */

const first = loadRegulation(ZHAMBYL_JOB_SEEKERS);

function rewordedEdition(base: Regulation): Regulation {
  const edition = structuredClone(base);
  edition.id = `${base.id}-reworded`;
  const sign = edition.steps.find((s) => s.id === 'sign')!;
  sign.action = { ...sign.action, ru: `${sign.action.ru} (в новой редакции)` };
  return edition;
}

describe('comparison of steps whose wording differs', () => {
  it('should call a step with the same kind, role and limit but another action text changed', () => {
    const c = compareRegulations(first, rewordedEdition(first));
    const office = c.routes.find((r) => r.left?.routeId === 'office')!;
    const sign = office.steps.find((s) => s.left?.stepId === 'sign')!;
    expect([sign.status, sign.actionChanged, sign.roleChanged, sign.limitChange]).toEqual(['changed', true, false, 'same']);
    expect(office.steps.filter((s) => s.left?.stepId !== 'sign').every((s) => s.status === 'same' && !s.actionChanged)).toBe(true);
    expect(c.differenceCount).toBeGreaterThan(0);
  });

  it('should call a condition whose wording differs changed', () => {
    const edition = structuredClone(first);
    const route = edition.routes.find((r) => r.intakeFlow.some((item) => item.kind === 'condition' && item.check))!;
    const condition = route.intakeFlow.find((item) => item.kind === 'condition' && item.check)!;
    condition.text = { ...condition.text, kk: `${condition.text.kk} (өзгертілді)` };
    const c = compareRegulations(first, edition);
    const row = c.routes.find((r) => r.left?.routeId === route.id)!.conditions.find((row) => row.check === condition.check)!;
    expect(row.status).toBe('changed');
  });

  it('should call an information system whose name differs changed', () => {
    const edition = structuredClone(first);
    const system = edition.informationSystems[0]!;
    system.name = { ...system.name, en: `${system.name.en} (renamed)` };
    const c = compareRegulations(first, edition);
    expect(c.informationSystems.find((row) => row.left?.id === system.id)?.status).toBe('changed');
  });

  it('should still find no difference between a version and itself', () => {
    expect(compareRegulations(first, structuredClone(first)).differenceCount).toBe(0);
  });
});
