import { AppError } from '../core/errors/app-error.ts';
import type { ActLifecycle, AmendmentRecord } from '../core/regulation/catalog-records.ts';
import { inForceInterval, inForceOn } from '../core/regulation/in-force-interval.ts';
import type { Act, Channel, Regulation } from '../core/regulation/schema.ts';
import type { Language } from '../core/i18n/text.ts';

/** One entry of the catalog: an executable version or a version known only from the act that amended it. */
export type CatalogEntry =
  | { readonly kind: 'regulation'; readonly regulation: Regulation }
  | { readonly kind: 'amendmentRecord'; readonly record: AmendmentRecord };

export function entryId(entry: CatalogEntry): string {
  return entry.kind === 'regulation' ? entry.regulation.id : entry.record.id;
}

/** The fields every entry has, whatever its kind. */
export function entryBasics(entry: CatalogEntry): Pick<Regulation, 'id' | 'region' | 'district' | 'act'> & { service: { code: string; name: Regulation['service']['name'] } } {
  const { id, region, district, act, service } = entry.kind === 'regulation' ? entry.regulation : entry.record;
  return { id, region, district, act, service: { code: service.code, name: service.name } };
}

/** `<region>-<year>-<number>`: how an act lifecycle file names the act of a version. */
export function actIdOf(region: string, act: Pick<Act, 'date' | 'number'>): string {
  return `${region}-${act.date.slice(0, 4)}-${act.number}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/**
 * The loaded regulation versions, by id. Cases name the version they were filed under, so none is ever dropped.
 * Amendment records are listed and resolved but never handed out as executable: `get` refuses them with
 * REGULATION_TEXT_NOT_AVAILABLE, so no use case can file, run or print under a version whose text is unknown.
 */
export class RegulationCatalog {
  private byId: ReadonlyMap<string, Regulation>;
  private recordsById: ReadonlyMap<string, AmendmentRecord>;
  private actsById: ReadonlyMap<string, ActLifecycle>;

  constructor(regulations: readonly Regulation[], amendmentRecords: readonly AmendmentRecord[] = [], acts: readonly ActLifecycle[] = []) {
    this.byId = new Map(regulations.map((r) => [r.id, r]));
    this.recordsById = new Map(amendmentRecords.map((r) => [r.id, r]));
    this.actsById = new Map(acts.map((a) => [a.id, a]));
  }

  /**
   * Replaces everything at once (issue #20: versions published by administrators join the files' without a restart;
   * see publishing/published-catalog.ts). A reader sees either the old contents or the new, never a mix.
   */
  replaceContents(regulations: readonly Regulation[], amendmentRecords: readonly AmendmentRecord[], acts: readonly ActLifecycle[]): void {
    this.byId = new Map(regulations.map((r) => [r.id, r]));
    this.recordsById = new Map(amendmentRecords.map((r) => [r.id, r]));
    this.actsById = new Map(acts.map((a) => [a.id, a]));
  }

  get(regulationId: string): Regulation {
    const regulation = this.byId.get(regulationId);
    if (regulation) return regulation;
    const record = this.recordsById.get(regulationId);
    if (record) {
      throw new AppError('REGULATION_TEXT_NOT_AVAILABLE', `${regulationId} is an amendment record; its text is not in the catalog`, {
        regulationId,
        amendingAct: `${record.act.number} / ${record.act.date}`,
      });
    }
    throw new AppError('REGULATION_NOT_FOUND', `no regulation ${regulationId}`, { regulationId });
  }

  /** The executable versions (what cases, reports and diagrams work on). */
  list(): Regulation[] {
    return [...this.byId.values()];
  }

  amendmentRecords(): AmendmentRecord[] {
    return [...this.recordsById.values()];
  }

  /** Every version the catalog knows, executable first, in id order within each kind. */
  entries(): CatalogEntry[] {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    return [
      ...this.list().sort(byId).map((regulation) => ({ kind: 'regulation' as const, regulation })),
      ...this.amendmentRecords().sort(byId).map((record) => ({ kind: 'amendmentRecord' as const, record })),
    ];
  }

  /** An entry of any kind, or REGULATION_NOT_FOUND. */
  entry(id: string): CatalogEntry {
    const regulation = this.byId.get(id);
    if (regulation) return { kind: 'regulation', regulation };
    const record = this.recordsById.get(id);
    if (record) return { kind: 'amendmentRecord', record };
    throw new AppError('REGULATION_NOT_FOUND', `no regulation ${id}`, { regulationId: id });
  }

  acts(): ActLifecycle[] {
    return [...this.actsById.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  act(actId: string): ActLifecycle | undefined {
    return this.actsById.get(actId);
  }
}

/** A search of the catalog (API `GET /api/regulations` and CLI `catalog`): every given criterion must hold. */
export interface CatalogFilter {
  readonly region?: string;
  readonly serviceCode?: string;
  readonly channel?: Channel;
  /** Only versions in force on this civil date (YYYY-MM-DD). */
  readonly inForceOn?: string;
  /** Words of the service's name; searched in `lang`, else in any language. */
  readonly text?: string;
  readonly lang?: Language;
  /** Amendment records are listed only when asked: existing clients offer every listed version for filing. */
  readonly includeRecords?: boolean;
}

export function searchCatalog(catalog: RegulationCatalog, filter: CatalogFilter): CatalogEntry[] {
  const words = filter.text?.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return catalog.entries().filter((entry) => {
    if (entry.kind === 'amendmentRecord' && !filter.includeRecords) return false;
    const basics = entryBasics(entry);
    if (filter.region && basics.region !== filter.region) return false;
    if (filter.serviceCode && basics.service.code !== filter.serviceCode) return false;
    if (filter.channel) {
      if (entry.kind !== 'regulation' || !entry.regulation.routes.some((r) => r.channel === filter.channel)) return false;
    }
    if (filter.inForceOn) {
      // Only versions certainly (or, by the publication presumption, presumably) in force: an uncertain day is not "in force".
      if (inForceOn(inForceInterval(basics), filter.inForceOn).status !== 'inForce') return false;
    }
    const names = filter.lang ? [basics.service.name[filter.lang]] : Object.values(basics.service.name);
    return words.every((word) => names.some((name) => name.toLocaleLowerCase().includes(word)));
  });
}
