import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import { deliverMessage } from '../../src/application/gateway/deliver-message.ts';
import { enqueueSubmission, requestBytes, submitThroughGateway, type ChannelSubmission } from '../../src/application/gateway/submit-through-gateway.ts';
import { loadConfig } from '../../src/config/config.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { envelopeBytes, UNSIGNED_ENVELOPE, type GatewayEnvelope } from '../../src/core/gateway/envelope.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { storedScan } from '../support/attachments.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-11-24T05:00:00Z';
const NEW_PERSON = withCheckDigit('91030350012')!;
const CITIZENS = ['880515300120', '950101400012', '061211600012', '880515300208', NEW_PERSON] as const;

/**
 * QYZMET_GATEWAY_ENVELOPE_CHECK (issue #15): with the portal and the providers in one server (`oneServer`, the default)
 * the sending system's envelope signature is a detour — neither made nor checked; when the parts are separate
 * (`stored`, `always`) every envelope is signed and a stored one is checked before anything is filed.
 */
describe('the gateway envelope check, by configuration', () => {
  let app: TestApp;
  let ca: LocalCa;
  const keys = new Map<string, IssuedKey>();
  let signings = 0;
  let checks = 0;

  beforeAll(async () => {
    ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    await app.ctx.db.execute(`insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region) values ($1, 'Жаңа', 'Азамат', null, '1991-03-03', 'male', 'zhambyl')`, [NEW_PERSON]);
    for (const iin of CITIZENS) {
      keys.set(iin, await ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: CA_NOW, validityDays: 365, keyAlgorithm: 'ECDSA-P256' }));
    }
  });
  afterAll(() => app.close());

  /** The app's context under one setting, counting what its gateway system keys are asked to do. */
  function underSetting(gatewayEnvelopeCheck: AppContext['gatewayEnvelopeCheck']): AppContext {
    return {
      ...app.ctx,
      gatewayEnvelopeCheck,
      gatewayKeys: async (now) => {
        const real = await app.ctx.gatewayKeys(now);
        return {
          sign: (...args) => ((signings += 1), real.sign(...args)),
          verify: (...args) => ((checks += 1), real.verify(...args)),
        };
      },
    };
  }

  async function signedSubmission(iin: string): Promise<ChannelSubmission> {
    const key = keys.get(iin)!;
    const unsigned = { sender: 'portal' as const, submittedBy: { kind: 'citizen' as const, id: iin }, regulationId: REGULATION, applicantIin: iin, formData, attachmentIds: [await storedScan(app.ctx.db, { kind: 'citizen', id: iin })], representative: null };
    const der = await signDetachedCades({ contentBytes: requestBytes(unsigned), signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW) });
    return { ...unsigned, requestSignature: Buffer.from(der).toString('base64') };
  }

  const storedSignature = async (messageId: string) =>
    (await app.ctx.db.execute<{ envelope_signature: string; envelope: GatewayEnvelope }>('select envelope_signature, envelope from gateway_outbox where message_id = $1', [messageId]))[0]!;

  it('validates the setting, oneServer by default', () => {
    expect(loadConfig({}).gatewayEnvelopeCheck).toBe('oneServer');
    expect(loadConfig({ QYZMET_GATEWAY_ENVELOPE_CHECK: 'always' }).gatewayEnvelopeCheck).toBe('always');
    expect(() => loadConfig({ QYZMET_GATEWAY_ENVELOPE_CHECK: 'never' })).toThrow(/QYZMET_GATEWAY_ENVELOPE_CHECK/);
  });

  it('oneServer: files the application without signing or checking the envelope, and a stored unsigned message is delivered by the same setting', async () => {
    signings = 0;
    checks = 0;
    const ctx = underSetting('oneServer');
    const receipt = await submitThroughGateway(ctx, await signedSubmission(CITIZENS[0]));
    expect(receipt.status).toBe('received');
    expect((await storedSignature(receipt.messageId)).envelope_signature).toBe(UNSIGNED_ENVELOPE);
    const { messageId } = await enqueueSubmission(ctx, await signedSubmission(CITIZENS[1]));
    expect((await deliverMessage(ctx, messageId)).status).toBe('received');
    expect({ signings, checks }).toEqual({ signings: 0, checks: 0 });
  });

  it('stored: signs every envelope, hands the fresh one over unchecked, and checks one read back from the outbox', async () => {
    signings = 0;
    checks = 0;
    const ctx = underSetting('stored');
    const receipt = await submitThroughGateway(ctx, await signedSubmission(CITIZENS[2]));
    expect(receipt.status).toBe('received');
    expect({ signings, checks }).toEqual({ signings: 1, checks: 0 });
    const { envelope, envelope_signature: signature } = await storedSignature(receipt.messageId);
    const verdict = await (await app.ctx.gatewayKeys(new Date(NOW))).verify('portal', envelopeBytes(envelope), signature, new Date(NOW));
    expect(verdict.valid).toBe(true);

    const { messageId } = await enqueueSubmission(ctx, await signedSubmission(CITIZENS[3]));
    expect((await deliverMessage(ctx, messageId)).status).toBe('received');
    expect({ signings, checks }).toEqual({ signings: 2, checks: 1 });
  });

  it('stored and always refuse a stored envelope that is unsigned or whose signature is another envelope’s, and file nothing', async () => {
    const { messageId } = await enqueueSubmission(underSetting('oneServer'), await signedSubmission(CITIZENS[4]));
    await expect(deliverMessage(underSetting('stored'), messageId)).rejects.toMatchObject({ code: 'GATEWAY_MESSAGE_REJECTED' });
    const other = await app.ctx.db.execute<{ envelope_signature: string }>(`select envelope_signature from gateway_outbox where envelope_signature <> '' limit 1`);
    await app.ctx.db.execute('update gateway_outbox set envelope_signature = $1 where message_id = $2', [other[0]!.envelope_signature, messageId]);
    await expect(deliverMessage(underSetting('always'), messageId)).rejects.toMatchObject({ code: 'GATEWAY_MESSAGE_REJECTED' });
    expect(await app.ctx.db.execute('select 1 from cases where applicant_iin = $1', [CITIZENS[4]])).toHaveLength(0);
  });
});
