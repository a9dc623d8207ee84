import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitThroughGateway, type ChannelSubmission } from '../../src/application/gateway/submit-through-gateway.ts';
import { countingDatabase, type CountingDatabase } from '../support/counting-database.ts';
import { storedScan } from '../support/attachments.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { openTestDatabase } from '../support/test-database.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
/** findAttachments' statement, as the counting database keeps it (its first 120 characters). */
const UPLOADS_READ = /^select id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, document_id, case_id from attach/;

/**
 * Issue #15 (Session 7): the portal submission read the applicant's uploads twice, once for the completeness check and
 * once for the attachment check; it reads them once, and both checks still refuse what they refused.
 */
describe('the uploads of a portal submission', () => {
  let app: TestApp;
  let db: CountingDatabase;

  beforeAll(async () => {
    db = countingDatabase(await openTestDatabase(import.meta.url));
    // No EDS verifier: the signature is required but recorded unverified, so the test needs no certificates.
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db });
  });
  afterAll(() => app.close());

  const submission = async (iin: string, attachmentIds?: string[]): Promise<ChannelSubmission> => ({
    sender: 'portal',
    submittedBy: { kind: 'citizen', id: iin },
    regulationId: REGULATION,
    applicantIin: iin,
    formData,
    attachmentIds: attachmentIds ?? [await storedScan(app.ctx.db, { kind: 'citizen', id: iin })],
    representative: null,
    requestSignature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN',
  });
  const uploadReads = () => db.roundTrips().statements.filter((statement) => UPLOADS_READ.test(statement)).length;

  it('are read once for the completeness check and the attachment check, and the case is filed with them', async () => {
    const input = await submission('880515300120');
    db.reset();
    const receipt = await submitThroughGateway(app.ctx, input);
    expect(uploadReads()).toBe(1);
    const [bound] = await app.ctx.db.execute<{ case_id: string }>('select case_id from attachments where id = $1', [input.attachmentIds[0]]);
    expect(bound?.case_id).toBe(receipt.caseId);
  });

  it('still refuse an application whose only scan is someone else\'s, or that adds an upload not its own', async () => {
    const others = await storedScan(app.ctx.db, { kind: 'citizen', id: '950101400012' }, 'diploma');
    const othersIdentity = await storedScan(app.ctx.db, { kind: 'citizen', id: '950101400012' });
    // Someone else's identity scan does not count: the application misses its identity document.
    await expect(submitThroughGateway(app.ctx, await submission('061211600012', [othersIdentity]))).rejects.toMatchObject({
      code: 'APPLICATION_INCOMPLETE',
      details: { missingDocuments: 'identity-document' },
    });
    // Complete with its own scan, it still may not carry another person's upload.
    const own = await storedScan(app.ctx.db, { kind: 'citizen', id: '061211600012' });
    await expect(submitThroughGateway(app.ctx, await submission('061211600012', [own, others]))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'attachmentIds' } });
    expect(await app.ctx.db.execute('select 1 from cases where applicant_iin = $1', ['061211600012'])).toHaveLength(0);
  });
});
