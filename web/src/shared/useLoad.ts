import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: unknown;
  readonly loading: boolean;
  /** When the data arrived (epoch ms): countdowns count on from it. */
  readonly fetchedAtEpochMs: number;
  /** Loads again (after an action, or the "refresh" button). */
  readonly reload: () => Promise<void>;
}

/**
 * Loads data for a screen: the loading flag, the error and the data, with answers that arrive after the screen moved
 * on (another page, another search) dropped. It replaces the load/try/finally block the screens repeated; it loads
 * again whenever `deps` change.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; fetchedAtEpochMs: number }>({ data: null, error: null, fetchedAtEpochMs: 0 });
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  // The caller's deps are checked at its call site (eslint.config.js: additionalHooks), as for useCallback itself.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const data = await run();
      if (call === latest.current) setState({ data, error: null, fetchedAtEpochMs: Date.now() });
    } catch (error) {
      if (call === latest.current) setState((current) => ({ ...current, error }));
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, [run]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  return { ...state, loading, reload };
}
