import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { deliverMessage } from '../../src/application/gateway/deliver-message.ts';
import { enqueueSubmission, requestBytes, submitThroughGateway, type ChannelSubmission } from '../../src/application/gateway/submit-through-gateway.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { storedScan } from '../support/attachments.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-11-24T05:00:00Z';

describe('the gateway delivers each message to the provider exactly once and sends statuses back', () => {
  let app: TestApp;
  let ca: LocalCa;
  const keys: Record<string, IssuedKey> = {};

  beforeAll(async () => {
    ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    const citizen = (iin: string, validityDays = 365) =>
      ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: CA_NOW, validityDays, keyAlgorithm: 'ECDSA-P256' });
    keys.applicant = await citizen('880515300120');
    keys.other = await citizen('950101400012');
    keys.third = await citizen('061211600012');
    const executor = (await findStaff(app.ctx.db, 'zhambyl.executor1'))!;
    keys.executor = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: executor.iin, bin: '150940001238', organization: 'Taraz employment centre', name: { surname: 'AKHMETOVA', firstName: 'DINARA' } },
      purpose: 'signing',
      notBefore: CA_NOW,
      validityDays: 365,
      keyAlgorithm: 'ECDSA-P256',
    });
  });
  afterAll(() => app.close());

  async function cms(key: IssuedKey, bytes: Uint8Array): Promise<string> {
    const der = await signDetachedCades({ contentBytes: bytes, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW), extraCertificates: key.chain });
    return Buffer.from(der).toString('base64');
  }

  async function signedSubmission(iin: string, key: IssuedKey, data: Record<string, unknown> = formData): Promise<ChannelSubmission> {
    const unsigned = { sender: 'portal' as const, submittedBy: { kind: 'citizen' as const, id: iin }, regulationId: REGULATION, applicantIin: iin, formData: data, attachmentIds: [await storedScan(app.ctx.db, { kind: 'citizen', id: iin })], representative: null };
    return { ...unsigned, requestSignature: await cms(key, requestBytes(unsigned)) };
  }

  const casesOf = async (iin: string) => (await app.ctx.db.execute<{ id: string }>('select id from cases where applicant_iin = $1', [iin])).length;

  it('a replayed message id files nothing more and answers with the first receipt', async () => {
    const receipt = await submitThroughGateway(app.ctx, await signedSubmission('880515300120', keys.applicant!));
    expect(receipt).toMatchObject({ providerId: 'zhambyl-taraz-employment-centre', status: 'received' });
    const again = await deliverMessage(app.ctx, receipt.messageId);
    expect(again.caseId).toBe(receipt.caseId);
    expect(await casesOf('880515300120')).toBe(1);
    const [outbox] = await app.ctx.db.execute<{ delivered_at: Date | null; envelope: Record<string, string> }>('select delivered_at, envelope from gateway_outbox where message_id = $1', [receipt.messageId]);
    expect(outbox!.delivered_at).not.toBeNull();
    expect(outbox!.envelope).toMatchObject({ messageId: receipt.messageId, serviceId: 'job-seeker-registration', sender: 'portal', recipient: 'zhambyl-taraz-employment-centre', sentAt: NOW.replace('Z', '.000Z') });
  });

  it('two concurrent deliveries of one message file one case', async () => {
    const { messageId } = await enqueueSubmission(app.ctx, await signedSubmission('950101400012', keys.other!));
    const [first, second] = await Promise.all([deliverMessage(app.ctx, messageId), deliverMessage(app.ctx, messageId)]);
    expect(first.caseId).toBe(second.caseId);
    expect(await casesOf('950101400012')).toBe(1);
    const inbox = await app.ctx.db.execute('select 1 from gateway_inbox where message_id = $1', [messageId]);
    expect(inbox).toHaveLength(1);
  });

  it('an envelope altered after signing is rejected and files nothing', async () => {
    const { messageId } = await enqueueSubmission(app.ctx, await signedSubmission('061211600012', keys.third!));
    await app.ctx.db.execute(`update gateway_outbox set body = jsonb_set(body, '{formData,desired-position}', '"Director"') where message_id = $1`, [messageId]);
    await expect(deliverMessage(app.ctx, messageId)).rejects.toMatchObject({ code: 'GATEWAY_MESSAGE_REJECTED' });
    await expect(deliverMessage(app.ctx, messageId)).rejects.toMatchObject({ code: 'GATEWAY_MESSAGE_REJECTED' });
    const [inbox] = await app.ctx.db.execute<{ outcome: string; case_id: string | null }>('select outcome, case_id from gateway_inbox where message_id = $1', [messageId]);
    expect(inbox).toMatchObject({ outcome: 'refused', case_id: null });
    expect(await casesOf('061211600012')).toBe(0);
  });

  it('a request signed with another person’s certificate is refused with condition 2’s message and nothing is sent', async () => {
    const unsigned = { sender: 'portal' as const, submittedBy: { kind: 'citizen' as const, id: '880515300208' }, regulationId: REGULATION, applicantIin: '880515300208', formData, attachmentIds: [await storedScan(app.ctx.db, { kind: 'citizen', id: '880515300208' })], representative: null };
    const before = (await app.ctx.db.execute('select 1 from gateway_outbox')).length;
    await expect(submitThroughGateway(app.ctx, { ...unsigned, requestSignature: await cms(keys.applicant!, requestBytes(unsigned)) })).rejects.toMatchObject({
      code: 'INTAKE_REFUSED',
      details: { cause: 'SIGNER_IIN_MISMATCH', refusalRu: 'Отказ в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП услугополучателя.' },
    });
    expect((await app.ctx.db.execute('select 1 from gateway_outbox')).length).toBe(before);
    expect(await casesOf('880515300208')).toBe(0);
  });

  it('each status change of a case goes back to the sender once, and the portal notifies the citizen', async () => {
    const [row] = await app.ctx.db.execute<{ case_id: string }>(`select case_id from gateway_submissions where applicant_iin = '880515300120'`);
    const caseId = row!.case_id;
    const tokens = Object.fromEntries(await Promise.all(['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1'].map(async (l) => [l, await app.signIn(l)] as const)));
    const step = async (login: string, stepId: string, version: number, input?: unknown) => {
      const response = await app.request('POST', `/api/cases/${caseId}/steps`, tokens[login], { stepId, expectedVersion: version, ...(input ? { input } : {}) });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.version as number;
    };
    let version = (await app.request('GET', `/api/cases/${caseId}`, tokens['zhambyl.clerk'])).body.version as number;
    version = await step('zhambyl.clerk', 'register', version);
    version = await step('zhambyl.head', 'assign', version, { executorId: 'zhambyl.executor1' });
    version = await step('zhambyl.executor1', 'decide', version, { outcome: 'positive' });
    const draft = (await app.request('GET', `/api/cases/${caseId}/document`, tokens['zhambyl.executor1'])).body;
    await step('zhambyl.executor1', 'sign-by-executor', version, { signature: await cms(keys.executor!, Buffer.from(draft.contentBase64, 'base64')) });

    const messages = await app.ctx.db.execute<{ status: string; recipient: string }>('select status, recipient from gateway_status_messages where case_id = $1 order by seq', [caseId]);
    expect(messages.map((m) => m.status)).toEqual(['received', 'inWork', 'completed']);
    expect(new Set(messages.map((m) => m.recipient))).toEqual(new Set(['portal']));
    const notes = await app.ctx.db.execute<{ payload: { status: string } }>(`select payload from citizen_notifications where case_id = $1 order by (payload->>'seq')::int`, [caseId]);
    expect(notes.map((n) => n.payload.status)).toEqual(['received', 'inWork', 'completed']);
  });
});
