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

/** A piece of form state kept under `key` (e.g. `portal.apply.<regulation>.values`) until `clear` is called. */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // storage full or blocked: the form still works, only without a draft
    }
  }, [key, value]);
  const clear = useCallback(() => {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  }, [key]);
  return [value, setValue, clear];
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
