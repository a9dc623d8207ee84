import { ROLES, type Role } from '../regulation/schema.ts';
import { POOLS_WITH_ROLE_LANES, type Pool } from './route-participants.ts';
import type { RouteUnit } from './route-units.ts';

export const laneIdOf = (pool: Pool, role: Role) => `Lane_${pool}_${role}`;

/** The staff lanes of a route's pools: one per role that performs a step there, in the order of ROLES. */
export class RouteLanes {
  private readonly roles = new Map<Pool, Role[]>();
  /** Where a node with no role of its own (an intake item, an event) goes: the lane of the pool's first step. */
  private readonly defaultRole = new Map<Pool, Role>();

  constructor(units: readonly RouteUnit[]) {
    for (const unit of units) {
      if (unit.kind !== 'steps' || !POOLS_WITH_ROLE_LANES.has(unit.pool)) continue;
      const roles = this.roles.get(unit.pool) ?? [];
      for (const step of unit.steps) if (!roles.includes(step.role)) roles.push(step.role);
      this.roles.set(unit.pool, roles);
      if (!this.defaultRole.has(unit.pool) && unit.steps[0]) this.defaultRole.set(unit.pool, unit.steps[0].role);
    }
    for (const roles of this.roles.values()) roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  }

  rolesOf(pool: Pool): readonly Role[] {
    return this.roles.get(pool) ?? [];
  }

  /** The lane of a role in a pool; null in a pool without lanes. */
  laneId(pool: Pool, role?: Role): string | null {
    if (!this.roles.has(pool)) return null;
    const laneRole = role ?? this.defaultRole.get(pool);
    return laneRole ? laneIdOf(pool, laneRole) : null;
  }
}
