import { AppError } from '../core/errors/app-error.ts';
import type { Regulation } from '../core/regulation/schema.ts';

/** The loaded regulation versions, by id. Cases name the version they were filed under, so none is ever dropped. */
export class RegulationCatalog {
  private readonly byId: ReadonlyMap<string, Regulation>;

  constructor(regulations: readonly Regulation[]) {
    this.byId = new Map(regulations.map((r) => [r.id, r]));
  }

  get(regulationId: string): Regulation {
    const regulation = this.byId.get(regulationId);
    if (!regulation) throw new AppError('REGULATION_NOT_FOUND', `no regulation ${regulationId}`, { regulationId });
    return regulation;
  }

  list(): Regulation[] {
    return [...this.byId.values()];
  }
}
