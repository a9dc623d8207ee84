import { useSyncExternalStore } from 'react';

/**
 * A small history router: the app has a handful of screens per channel area, so a dependency would add more than it
 * saves. Paths are real URLs (/office/cases/…); the server answers every non-API path with index.html.
 */
const NAVIGATE_EVENT = 'qyzmet:navigate';

let navigatedInApp = false;

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

const currentPath = () => window.location.pathname;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, currentPath);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  navigatedInApp = true;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigatedInApp = true;
  });
}

/** True after the first in-app navigation: pages move focus to their heading only then, not on the first load. */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

/**
 * Matches `/office/cases/:caseId` against a path; returns the decoded parameters or null.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}
