import { useCallback, useEffect, useState } from 'react';

/**
 * Drafts of forms kept in the browser until they are sent (issue #17: back or reload in the middle of a form lost
 * every field). They live in sessionStorage on purpose: they survive a reload and going back within the tab, but not
 * closing it, so a shared office or library computer keeps no one's half-filled application; they are removed when
 * the form is sent and on sign-out. Uploaded files are not kept as bytes: the draft keeps the references of the
 * attachments already stored on the server (id and file name), so a reload keeps them too without personal
 * documents lingering in browser storage.
 */
const PREFIX = 'qyzmet.draft.';

function read<T>(key: string, initial: T): T {
  try {
    const raw = globalThis.sessionStorage?.getItem(PREFIX + key);
    return raw === null || raw === undefined ? initial : (JSON.parse(raw) as T);
  } catch {
    return initial;
  }
}

/**
 * A piece of form state kept under `key` (e.g. `portal.apply.<regulation>.values`) until `clear` is called. When the key
 * changes (another service chosen) the state is the draft kept under the new key, or `initial`.
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: read(key, initial) }));
  const current = state.key === key ? state : { key, value: read(key, initial) };
  // React's way to adjust state to a changed prop: set it during render, before anything is painted.
  if (current !== state) setState(current);
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(PREFIX + current.key, JSON.stringify(current.value));
    } catch {
      // storage full or blocked: the form still works, only without a draft
    }
  }, [current.key, current.value]);
  const setValue = useCallback(
    (next: T | ((value: T) => T)) =>
      setState((was) => ({ key: was.key, value: typeof next === 'function' ? (next as (value: T) => T)(was.value) : next })),
    [],
  );
  const clear = useCallback(() => {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  }, [key]);
  return [current.value, setValue, clear];
}

/** Removes every draft of this tab (on sign-out: the next person at the computer sees none). */
export function clearAllDrafts(): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);
    for (const k of keys) storage.removeItem(k);
  } catch {
    // nothing stored
  }
}
