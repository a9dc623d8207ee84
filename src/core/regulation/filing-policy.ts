import { AppError } from '../errors/app-error.ts';
import { inForceInterval, inForceOn } from './in-force-interval.ts';
import { civilDate } from './resolve-version.ts';
import type { Regulation } from './schema.ts';

/**
 * Which regulation versions an application may be filed under (issue 16):
 * - `inForceOnly` (the default): only a version in force on the filing date — not one that is repealed, not yet in
 *   force, or uncertain on that date (in-force-interval.ts);
 * - `demonstration`: every executable version runs as if in force. Every act in the seeds was repealed in 2020–2021
 *   (seed 001 lines 9-10, seed 003 lines 5-11, seed 000 lines 3-5, seed 002 line 9), so the demo (`npm start`, which
 *   runs `start --demo`) and the tests that file cases today need it. The web app shows one banner while it is on.
 * Cases already filed keep their version whatever the policy: the policy is checked only when a case is filed.
 */
export const FILING_POLICIES = ['inForceOnly', 'demonstration'] as const;
export type FilingPolicy = (typeof FILING_POLICIES)[number];

/** How a case came to be filed under its version; recorded in its `caseFiled` event. */
export type FilingMode = 'inForce' | 'demonstration';

/** The filing mode of an application filed now under `regulation`, or VERSION_NOT_IN_FORCE_FOR_FILING. */
export function filingModeFor(regulation: Pick<Regulation, 'id' | 'act'>, filedAt: Date, policy: FilingPolicy): FilingMode {
  const day = civilDate(filedAt);
  const answer = inForceOn(inForceInterval(regulation), day);
  if (answer.status === 'inForce') return 'inForce';
  if (policy === 'demonstration') return 'demonstration';
  throw new AppError('VERSION_NOT_IN_FORCE_FOR_FILING', `${regulation.id} is ${answer.status} on ${day}: ${answer.reason.en}`, {
    regulationId: regulation.id,
    day,
    status: answer.status,
    reasonKk: answer.reason.kk,
    reasonRu: answer.reason.ru,
    reasonEn: answer.reason.en,
  });
}
