import { randomUUID } from 'node:crypto';
import { createCitizenSession, insertCitizenAccount } from '../../../src/adapters/db/citizen-store.ts';
import { insertAttachment } from '../../../src/adapters/db/portal-attachment-store.ts';
import type { TestApp } from '../../support/test-app.ts';

/** Stand-in for an EDS while verification is off (the test app has no verifier: signatures are kept unverified). */
export const SIGNATURE = 'MIIB-test-signature-of-the-request';
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

/** Zhambyl citizen (persons database of the demo data) and an Aktobe one. */
export const ZHAMBYL_CITIZEN = '880515300120';
export const AKTOBE_CITIZEN = '061211600012';
export const ZHAMBYL_PORTAL_REGULATION = 'zhambyl-2017-231-job-seeker-registration';
export const ZHAMBYL_PORTAL_FORM = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
export const AKTOBE_DESK_REGULATION = 'aktobe-2016-285-unemployed-registration';
export const AKTOBE_DESK_FORM = { 'education-level': 'higher', 'desired-occupation': 'Инженер', phone: '+77011234567' };

/** A citizen's portal session, made directly in the store (sign-up's proof of identity is another test's concern). */
export async function citizenToken(app: TestApp, iin: string): Promise<string> {
  const now = app.ctx.clock();
  await insertCitizenAccount(app.ctx.db, iin, 'not-a-password-hash', now);
  return (await createCitizenSession(app.ctx.db, iin, 'password', now, 8)).token;
}

/** A citizen files the Zhambyl job-seeker application on the portal, with one uploaded PDF; returns case and file. */
export async function fileOnPortal(app: TestApp, token: string): Promise<{ caseId: string; attachmentId: string }> {
  const upload = await app.request('POST', '/api/attachments', token, { fileName: 'diploma.pdf', mediaType: 'application/pdf', contentBase64: PDF_BASE64, documentId: 'identity-document' });
  if (upload.status !== 201) throw new Error(`upload: ${JSON.stringify(upload.body)}`);
  const filed = await app.request('POST', '/api/portal/applications', token, {
    regulationId: ZHAMBYL_PORTAL_REGULATION,
    formData: ZHAMBYL_PORTAL_FORM,
    attachmentIds: [upload.body.id],
    signature: SIGNATURE,
  });
  if (filed.status !== 201) throw new Error(`portal application: ${JSON.stringify(filed.body)}`);
  return { caseId: filed.body.caseId as string, attachmentId: upload.body.id as string };
}

/** The Aktobe operator forwards an application from the desk (ticket, scan, signature); returns the case. */
export async function forwardFromAktobeDesk(app: TestApp, operator: string, applicantIin: string): Promise<string> {
  await app.request('POST', '/api/desk/tickets', operator);
  const ticket = await app.request('POST', '/api/desk/tickets/call-next', operator);
  const scanId = randomUUID();
  const content = new TextEncoder().encode('%PDF-1.4 scan');
  await insertAttachment(app.ctx.db, { id: scanId, owner: { kind: 'staff', id: 'aktobe.operator' }, fileName: 'id.pdf', mediaType: 'application/pdf', sizeBytes: content.length, sha256: 'x'.repeat(64), documentId: 'identity-document', content, createdAt: app.ctx.clock() });
  const forwarded = await app.request('POST', '/api/desk/submissions', operator, {
    ticketId: ticket.body.id,
    regulationId: AKTOBE_DESK_REGULATION,
    applicantIin,
    formData: AKTOBE_DESK_FORM,
    attachmentIds: [scanId],
    requestSignature: SIGNATURE,
  });
  if (forwarded.status !== 201) throw new Error(`desk forwarding: ${JSON.stringify(forwarded.body)}`);
  return forwarded.body.caseId as string;
}
