import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The web app loads each area's bundle only when its path opens (web/src/app/areas.ts). Without help the browser
 * learns of that bundle only after the entry script has run: HTML → entry → area chunk → first API call, a chain of
 * round trips that dominated first load on a slow-3G profile (issue #15, `npm run bench:web`). The server knows from
 * the path which area opens, so it names the area's scripts (`modulepreload`) and styles in the page it sends, and the
 * browser fetches them alongside the entry.
 *
 * The area of a path and the modules it loads on first use, as in web/src/app/areas.ts
 * (test/web/area-preloads.test.ts keeps the two the same). `/` opens the first area.
 */
export const AREA_MODULES: ReadonlyArray<{ readonly basePath: string; readonly modules: readonly string[] }> = [
  { basePath: '/office', modules: ['src/back-office/BackOfficeApp.tsx', 'src/back-office/BackOfficeMenu.tsx'] },
  { basePath: '/portal', modules: ['src/portal/PortalApp.tsx'] },
  { basePath: '/desk', modules: ['src/desk/DeskApp.tsx', 'src/desk/DeskMenu.tsx'] },
  { basePath: '/supervision', modules: ['src/supervision/SupervisionApp.tsx', 'src/supervision/SupervisionMenu.tsx'] },
  { basePath: '/handbook', modules: ['src/handbook/HandbookApp.tsx', 'src/handbook/HandbookMenu.tsx'] },
  { basePath: '/verify', modules: ['src/verify/VerifyApp.tsx'] },
];

/** One chunk of Vite's build manifest (`build.manifest`, written to .vite/manifest.json). */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
  readonly isEntry?: boolean;
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The page for a path: index.html with the tags of the path's area before `</head>` (index.html as built if none). */
export type PageForPath = (pathname: string) => string;

/**
 * Reads index.html and the manifest of a build once. Without a manifest (an older build) every path gets index.html
 * unchanged: preloading is an optimisation, never a condition for the app to work.
 */
export function webPagesOf(root: string): PageForPath {
  const indexHtml = readFileSync(path.join(root, 'index.html'), 'utf8');
  const manifestFile = path.join(root, '.vite/manifest.json');
  if (!existsSync(manifestFile) || !indexHtml.includes('</head>')) return () => indexHtml;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const pages = AREA_MODULES.map(({ basePath, modules }) => ({ basePath, html: indexHtml.replace('</head>', `${preloadTags(manifest, modules)}</head>`) }));
  return (pathname) => {
    const area = pathname === '/' ? pages[0] : pages.find(({ basePath }) => pathname === basePath || pathname.startsWith(`${basePath}/`));
    return area?.html ?? indexHtml;
  };
}

/** The tags for the modules' chunks and every chunk they import statically, less what the entry already loads. */
function preloadTags(manifest: Manifest, modules: readonly string[]): string {
  const loadedByEntry = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(manifest, key, loadedByEntry);
  const needed = new Set<string>();
  for (const module of modules) collect(manifest, module, needed);
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const key of needed) {
    if (loadedByEntry.has(key)) continue;
    const chunk = manifest[key]!;
    scripts.push(chunk.file);
    for (const css of chunk.css ?? []) if (!styles.includes(css)) styles.push(css);
  }
  return [
    ...styles.map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">\n`),
    ...scripts.map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`),
  ].join('');
}

/** The chunk and, depth first, every chunk it imports statically (dynamic imports stay lazy: bpmn-js, chart.js). */
function collect(manifest: Manifest, key: string, into: Set<string>): void {
  if (into.has(key) || !manifest[key]) return;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) collect(manifest, imported, into);
}
