import type { StaffMember } from '../../core/org/staff-member.ts';
import { inForceInterval, inForceOn } from '../../core/regulation/in-force-interval.ts';
import { civilDate } from '../../core/regulation/resolve-version.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { deskBranchOf } from './desk-branch.ts';

/**
 * The services the operator's branch can accept (issue #17): per service of the branch's region, the version a
 * desk application would be filed under — it must have a State Corporation route; under `inForceOnly` only a
 * version in force today counts (filing-policy.ts). An empty list is the answer the desk shows before any ticket
 * is started, instead of the operator finding out after a call and a lookup (the Zhambyl seeds have no such route).
 */
export async function deskServices(app: AppContext, staff: StaffMember) {
  const branch = await deskBranchOf(app.db, staff);
  const today = civilDate(app.clock());
  const byService = new Map<string, Regulation>();
  for (const regulation of app.catalog.list()) {
    if (regulation.region !== branch.region || !regulation.routes.some((route) => route.channel === 'stateCorporation')) continue;
    if (app.filingPolicy === 'inForceOnly' && inForceOn(inForceInterval(regulation), today).status !== 'inForce') continue;
    const current = byService.get(regulation.service.code);
    if (!current || regulation.act.date > current.act.date) byService.set(regulation.service.code, regulation);
  }
  const services = [...byService.values()]
    .sort((a, b) => a.service.code.localeCompare(b.service.code))
    .map((regulation) => ({ regulationId: regulation.id, serviceCode: regulation.service.code, name: regulation.service.name }));
  return { branchId: branch.id, region: branch.region, services };
}
