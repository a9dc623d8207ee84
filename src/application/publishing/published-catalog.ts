import { loadPublications, readCatalogVersion } from '../../adapters/db/regulation-publishing-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkCitations } from '../../core/publishing/check-citations.ts';
import { mergeActLifecycles } from '../../core/publishing/merge-act-lifecycles.ts';
import { linesOf } from '../../core/publishing/source-text.ts';
import type { ActLifecycle, AmendmentRecord } from '../../core/regulation/catalog-records.ts';
import { parseDefinition } from '../../core/regulation/parse-regulation.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';

/** What the files in regulations/ hold: loaded once at start-up, the base every reload adds the published versions to. */
export interface CatalogFileContents {
  readonly regulations: readonly Regulation[];
  readonly amendmentRecords: readonly AmendmentRecord[];
  readonly acts: readonly ActLifecycle[];
}

/**
 * How every server process keeps its catalog equal to the database's published versions (issue #20).
 *
 * Each publish counts `regulation_catalog_version` up in its own transaction. Before an API request is handled, the
 * process reads that one row (a primary-key lookup) and reloads the published versions when it moved. So a version
 * published through one worker (QYZMET_WORKERS > 1) or one host is seen by the very next request to any other, with
 * no restart, no timer and nothing that can be missed while a connection is down (LISTEN/NOTIFY would lose
 * notifications sent while a process reconnects, and PGlite shares no channel between processes).
 */
export class PublishedCatalogState {
  private loadedVersion = 0;
  private reload: Promise<void> | null = null;

  constructor(
    readonly catalog: RegulationCatalog,
    readonly files: CatalogFileContents,
  ) {}

  get version(): number {
    return this.loadedVersion;
  }

  /** Reloads when the database's catalog version differs from the one loaded; concurrent callers share one reload. */
  async refresh(db: SqlExecutor): Promise<void> {
    // Twice at most: a reload already under way may have read the database just before the publish this caller saw.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if ((await readCatalogVersion(db)) === this.loadedVersion) return;
      this.reload ??= this.load(db).finally(() => {
        this.reload = null;
      });
      await this.reload;
    }
  }

  private async load(db: SqlExecutor): Promise<void> {
    const { version, publications } = await loadPublications(db);
    if (version <= this.loadedVersion) return;
    const regulations: Regulation[] = [];
    const acts: ActLifecycle[] = [];
    for (const publication of publications) {
      const name = `published:${publication.regulationId}`;
      const checked = parseDefinition(publication.definition, name);
      if (checked.kind !== 'regulation' || !checked.definition) throw new AppError('REGULATION_INVALID', `${name}: not a regulation`, { file: name, path: 'kind', reason: 'not a regulation' });
      // The catalog's citation check, resolved in the stored text the version was published from (not in the seeds).
      const [broken] = checkCitations(publication.definition, { citationName: publication.citationName, lines: linesOf(publication.sourceText) });
      if (broken) throw new AppError('REGULATION_INVALID', `${name}: ${broken.path}: citation ${broken.problem}`, { file: name, path: broken.path, reason: broken.problem });
      regulations.push(checked.definition);
      if (publication.actLifecycle) {
        const act = parseDefinition(publication.actLifecycle, `${name}:actLifecycle`);
        if (act.kind === 'actLifecycle' && act.definition) acts.push(act.definition);
      }
    }
    this.catalog.replaceContents([...this.files.regulations, ...regulations], this.files.amendmentRecords, mergeActLifecycles(this.files.acts, acts));
    this.loadedVersion = version;
  }
}
