import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { matchPath } from '../router/router.ts';
import { ComparePage } from './ComparePage.tsx';
import { handbookPaths } from './paths.ts';
import { VersionListPage } from './VersionListPage.tsx';
import { VersionPage } from './VersionPage.tsx';
import '../supervision/supervision.css';

/** The business-process handbook (/handbook, public): the versions, one version's diagrams, and comparison. */
export function HandbookApp({ pathname }: { readonly pathname: string }) {
  if (pathname === handbookPaths.root || pathname === `${handbookPaths.root}/`) return <VersionListPage />;
  if (pathname === handbookPaths.compare) return <ComparePage />;
  const version = matchPath(handbookPaths.versionPattern, pathname);
  if (version?.regulationId) return <VersionPage key={version.regulationId} regulationId={version.regulationId} />;
  return <NotFoundPage />;
}
