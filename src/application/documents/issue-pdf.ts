import { createHash } from 'node:crypto';
import type { Provider } from '../../core/org/provider.ts';
import { renderResultPdf } from '../../adapters/documents/render-result-pdf.ts';
import { localDateTimeText } from '../../core/calendar/local-time-text.ts';
import { timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { signerPositionOf } from '../../core/documents/public-document-view.ts';
import type { AppContext } from '../app-context.ts';

export interface IssuedPdf {
  readonly bytes: Uint8Array;
  /** SHA-256 of the whole file: the public check finds an uploaded PDF by it, and by nothing the file says. */
  readonly sha256: string;
}

export function pdfSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The public page a document's QR and printed link open: always under QYZMET_PUBLIC_URL, never the request's Host. */
export function verifyUrlOf(app: Pick<AppContext, 'publicUrl'>, verificationCode: string): string {
  return `${app.publicUrl}/verify/${verificationCode}`;
}

/**
 * Renders the PDF of a document being signed, once: the signing time printed on the provider's wall clock with its
 * offset and written as the file's creation time. The bytes are stored and served unchanged, so the file a holder
 * downloads is exactly the one whose hash the public check knows.
 */
export async function renderIssuedPdf(
  app: Pick<AppContext, 'publicUrl'>,
  input: { document: ResultDocument; provider: Provider; signerName: string; signerRole: string | null; certificateSerial: string | null; signedAt: Date },
): Promise<IssuedPdf> {
  const zone = timeZoneOfRegion(input.provider.region);
  const bytes = await renderResultPdf(
    input.document,
    {
      signerName: input.signerName,
      signerPosition: signerPositionOf(input.signerRole),
      signedAt: input.signedAt,
      signedAtText: localDateTimeText(zone, input.signedAt.getTime()),
      certificateSerialHex: input.certificateSerial ?? '—',
    },
    verifyUrlOf(app, input.document.verificationCode),
  );
  return { bytes, sha256: pdfSha256(bytes) };
}
