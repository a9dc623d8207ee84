import type { Database } from '../adapters/db/database.ts';
import { findFirstRegionProvider, findProvider } from '../adapters/db/provider-store.ts';
import type { Provider } from '../core/org/provider.ts';
import type { AppContext } from './app-context.ts';

/**
 * Reference data read on every intake (the provider a region's applications go to, a provider's row) kept for a short,
 * explicit time instead of a round trip per application (issue #15). Providers change rarely and by administrators;
 * a change shows in every server process within PROVIDER_CACHE_SECONDS. Times are the injected clock's.
 */
export const PROVIDER_CACHE_SECONDS = 30;

/** A bounded count: keys are provider ids and regions, a few thousand at most nationally. */
const MAX_ENTRIES = 10_000;

interface Entry<V> {
  readonly value: V;
  readonly loadedAtMs: number;
}

/** A value per key, reloaded when older than `ttlSeconds` by the clock given to `get`. */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private readonly ttlMs: number;

  constructor(ttlSeconds: number) {
    this.ttlMs = ttlSeconds * 1000;
  }

  async get(key: K, now: Date, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    const nowMs = now.getTime();
    // A clock moved back (tests) counts as stale too.
    if (entry && nowMs >= entry.loadedAtMs && nowMs - entry.loadedAtMs < this.ttlMs) return entry.value;
    const value = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, loadedAtMs: nowMs });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

interface ReferenceCaches {
  readonly providers: TtlCache<string, Provider | null>;
  readonly regionProviders: TtlCache<string, { id: string } | null>;
}

/** One set of caches per database handle (a test's fresh database never sees another's rows). */
const cachesByDatabase = new WeakMap<Database, ReferenceCaches>();

function cachesOf(app: AppContext): ReferenceCaches {
  let caches = cachesByDatabase.get(app.db);
  if (!caches) {
    // QYZMET_INTAKE_CACHES=off: a time to live of 0, so every intake reads the database (the lever measured off).
    const seconds = app.intakeCaches === false ? 0 : PROVIDER_CACHE_SECONDS;
    caches = { providers: new TtlCache(seconds), regionProviders: new TtlCache(seconds) };
    cachesByDatabase.set(app.db, caches);
  }
  return caches;
}

export function cachedProvider(app: AppContext, providerId: string): Promise<Provider | null> {
  return cachesOf(app).providers.get(providerId, app.clock(), () => findProvider(app.db, providerId));
}

/** The provider a region's gateway applications are addressed to (the first by id of kind 'provider'). */
export function cachedRegionProvider(app: AppContext, region: string): Promise<{ id: string } | null> {
  return cachesOf(app).regionProviders.get(region, app.clock(), () => findFirstRegionProvider(app.db, region));
}

/** Forgets everything cached for this database (after an administrator edits providers in this process). */
export function forgetReferenceData(app: AppContext): void {
  cachesByDatabase.delete(app.db);
}
