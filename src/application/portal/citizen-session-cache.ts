import type { Database } from '../../adapters/db/database.ts';
import type { AppContext } from '../app-context.ts';
import type { Citizen } from '../../core/org/citizen.ts';

/**
 * Signed-in citizens by session token, kept for CITIZEN_SESSION_CACHE_SECONDS so a burst of portal requests (the
 * surge: sign in, then submit) does not read the session and the person on every request (issue #15). An entry never
 * outlives its session's expiry; a sign-out forgets it at once in this process, and in the other server processes
 * (QYZMET_WORKERS) within CITIZEN_SESSION_CACHE_SECONDS. Times are the injected clock's.
 */
export const CITIZEN_SESSION_CACHE_SECONDS = 10;

/** Bounded: a surge signs in hundreds of thousands of people; past this many entries the cache starts afresh. */
const MAX_SESSIONS = 50_000;

interface Entry {
  readonly citizen: Citizen;
  readonly validUntilMs: number;
  readonly cachedAtMs: number;
}

export class CitizenSessionCache {
  private readonly entries = new Map<string, Entry>();

  /** `seconds` 0 keeps nothing (QYZMET_INTAKE_CACHES=off). */
  constructor(private readonly seconds: number = CITIZEN_SESSION_CACHE_SECONDS) {}

  get(token: string, now: Date): Citizen | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    const nowMs = now.getTime();
    if (nowMs < entry.cachedAtMs || nowMs >= entry.validUntilMs) {
      this.entries.delete(token);
      return null;
    }
    return entry.citizen;
  }

  set(token: string, citizen: Citizen, now: Date, sessionExpiresAt: Date): void {
    if (this.seconds === 0) return;
    if (this.entries.size >= MAX_SESSIONS) this.entries.clear();
    const nowMs = now.getTime();
    this.entries.set(token, { citizen, cachedAtMs: nowMs, validUntilMs: Math.min(sessionExpiresAt.getTime(), nowMs + this.seconds * 1000) });
  }

  forget(token: string): void {
    this.entries.delete(token);
  }
}

const cacheByDatabase = new WeakMap<Database, CitizenSessionCache>();

/** One cache per database handle, so tests with fresh databases never see each other's sessions. */
export function citizenSessionCache(app: AppContext): CitizenSessionCache {
  let cache = cacheByDatabase.get(app.db);
  if (!cache) {
    cache = new CitizenSessionCache(app.intakeCaches === false ? 0 : CITIZEN_SESSION_CACHE_SECONDS);
    cacheByDatabase.set(app.db, cache);
  }
  return cache;
}
