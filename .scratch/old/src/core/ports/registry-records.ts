/**
 * Records of the services' decisions kept in a registry (TSA assignments, benefits, certificates…): one shape for
 * every service, a `kind` per service and the kind's own `data` (src/core/registries/service-records.ts).
 */
export interface RegistryRecord {
  readonly id: string;
  /** Which registry holds it, e.g. `e-sobes` or `ais-labour-market`. */
  readonly registry: string;
  readonly kind: string;
  readonly iin: string;
  readonly providerId: string;
  readonly caseId: string | null;
  readonly stepId: string | null;
  readonly outcome: 'positive' | 'refusal';
  readonly resultId: string;
  readonly groundId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  /** YYYY-MM-DD; the period an assignment or status is in force, null where it has none. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly recordedOn: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export type NewRegistryRecord = Omit<RegistryRecord, 'id'>;

/**
 * Works inside the caller's transaction. Throws AppError REGISTRY_UNAVAILABLE when the registry cannot be reached.
 */
export interface RegistryRecords {
  add(record: NewRegistryRecord): Promise<RegistryRecord>;
  /** A person's records, oldest first; only the given kinds when `kinds` is given. */
  listFor(iin: string, kinds?: readonly string[]): Promise<RegistryRecord[]>;
  find(recordId: string): Promise<RegistryRecord | null>;
}
