import QRCode from 'qrcode';
import { issuedDocumentsOfCase, issuedPdfOfCase } from '../../adapters/db/issued-document-store.ts';
import { localDateTimeText } from '../../core/calendar/local-time-text.ts';
import { timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { signerPositionOf } from '../../core/documents/public-document-view.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';
import { verifyUrlOf } from '../documents/issue-pdf.ts';

/**
 * The signed results of a case as printed for the applicant who comes to the office for them (issue #17): each
 * document's text in Kazakh and Russian as signed, who signed it and when on the provider's clock, its verification
 * code and the QR code to the public check (the same address the PDF carries, issue-pdf.ts). Staff who may see the
 * case only (loadVisibleCase: others are told it does not exist).
 */
export async function resultForIssue(app: AppContext, staff: StaffMember, caseId: string) {
  const { state, provider } = await loadVisibleCase(app.db, staff, caseId);
  const zone = timeZoneOfRegion(provider.region);
  const documents = await issuedDocumentsOfCase(app.db, state.id);
  if (documents.length === 0) throw new AppError('NOT_FOUND', `case ${state.id} has no signed result yet`, { what: state.id });
  return {
    caseId: state.id,
    journalNumber: state.journalNumber,
    applicant: { iin: state.applicant.iin, fullName: state.applicant.fullName },
    provider: { name: provider.name, bin: provider.bin },
    documents: await Promise.all(
      documents.map(async (document) => {
        const verifyUrl = verifyUrlOf(app, document.verificationCode);
        return {
          verificationCode: document.verificationCode,
          verifyUrl,
          qrSvg: await QRCode.toString(verifyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }),
          kind: document.content.kind,
          title: document.content.title,
          number: document.content.number,
          date: document.content.date,
          service: document.content.service,
          body: document.content.body,
          fields: document.content.fields.map((field) => ({ label: field.label, value: field.value })),
          legalNote: document.content.legalNote,
          signerName: document.signerName,
          signerPosition: signerPositionOf(document.signerRole),
          certificateSerial: document.certificateSerial,
          signedAtText: localDateTimeText(zone, document.signedAt.getTime()),
          hasPdf: document.hasPdf,
        };
      }),
    ),
  };
}

export type ResultForIssue = Awaited<ReturnType<typeof resultForIssue>>;

/** The PDF of one of the case's documents exactly as issued at signing (the file the public check knows by its hash). */
export async function resultPdfForIssue(app: AppContext, staff: StaffMember, caseId: string, verificationCode: string): Promise<Uint8Array> {
  const { state } = await loadVisibleCase(app.db, staff, caseId);
  const bytes = await issuedPdfOfCase(app.db, state.id, verificationCode);
  if (!bytes) throw new AppError('NOT_FOUND', `case ${state.id} has no PDF for ${verificationCode}`, { what: verificationCode });
  return bytes;
}
