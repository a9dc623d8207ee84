import type { RegulationCatalog } from '../../src/application/regulation-catalog.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';

/**
 * The documents a regulation requires the applicant to hand over (`requiredDocuments[].required`), in its order: what
 * the clerk ticks when every original that must be handed over was handed over (the engine's `fileCase` input).
 */
export function requiredPaperDocumentIds(regulation: Pick<Regulation, 'requiredDocuments'>): string[] {
  return regulation.requiredDocuments.filter((document) => document.required).map((document) => document.id);
}

/**
 * An office application as the clerk's receive form sends it (POST /api/cases, receiveApplication): the body with the
 * required paper originals of the regulation, as the running app's catalog has it (published versions included),
 * ticked — issue #17: an office filing is always checked against the paper documents handed over. A
 * `paperDocumentIds` the body already lists is kept, so a test can file with more (or fewer) documents on purpose.
 */
export function officeApplication<T extends { readonly regulationId: string; readonly paperDocumentIds?: readonly string[] }>(
  app: { readonly catalog: RegulationCatalog },
  body: T,
): T & { readonly paperDocumentIds: readonly string[] } {
  return { ...body, paperDocumentIds: body.paperDocumentIds ?? requiredPaperDocumentIds(app.catalog.get(body.regulationId)) };
}
