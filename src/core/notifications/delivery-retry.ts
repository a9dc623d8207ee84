/**
 * When a notice that failed to go out is tried again: 1, 2, 4 … minutes after each failure, at most an hour apart.
 * It is never given up — the delivery row stays pending until a send succeeds (issue #17: a notice is never lost).
 */
export const MAX_RETRY_DELAY_MINUTES = 60;

export function retryDelayMinutes(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(MAX_RETRY_DELAY_MINUTES, 2 ** Math.min(exponent, 16));
}

/** How long a claimed delivery is held by the process sending it before another process may take it over. */
export const DELIVERY_LEASE_MINUTES = 5;
