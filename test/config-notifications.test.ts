import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { AppError } from '../src/core/errors/app-error.ts';
import { retryDelayMinutes } from '../src/core/notifications/delivery-retry.ts';

/** Issue #17: how notices leave Qyzmet is configured by the environment and checked at start-up. */
describe('notice delivery settings', () => {
  const refusal = (environment: Record<string, string>) => {
    try {
      loadConfig(environment);
    } catch (error) {
      return error instanceof AppError ? error.details : error;
    }
    return null;
  };

  it('sends e-mail to the local outbox unless QYZMET_SMTP_URL names an SMTP server', () => {
    expect(loadConfig({}).smtp).toBeNull();
    expect(loadConfig({}).smsGateway).toBe('outbox');
    expect(loadConfig({}).noticeDeliverySeconds).toBe(15);
    expect(loadConfig({ QYZMET_SMTP_URL: 'smtps://qyzmet:secret@mail.example.kz:465', QYZMET_SMTP_FROM: 'Qyzmet <noreply@example.kz>' }).smtp).toEqual({
      url: 'smtps://qyzmet:secret@mail.example.kz:465',
      from: 'Qyzmet <noreply@example.kz>',
    });
  });

  it('stops start-up on an SMTP address, a From or an SMS gateway it cannot use, naming the variable', () => {
    expect(refusal({ QYZMET_SMTP_URL: 'http://mail.example.kz' })).toMatchObject({ field: 'QYZMET_SMTP_URL' });
    expect(refusal({ QYZMET_SMTP_URL: 'mail.example.kz:25' })).toMatchObject({ field: 'QYZMET_SMTP_URL' });
    expect(refusal({ QYZMET_SMTP_URL: 'smtp://mail.example.kz', QYZMET_SMTP_FROM: 'Qyzmet' })).toMatchObject({ field: 'QYZMET_SMTP_FROM' });
    expect(refusal({ QYZMET_SMS_GATEWAY: 'kcell' })).toMatchObject({ field: 'QYZMET_SMS_GATEWAY' });
    expect(refusal({ QYZMET_NOTICE_DELIVERY_SECONDS: '-1' })).toMatchObject({ field: 'QYZMET_NOTICE_DELIVERY_SECONDS' });
  });

  it('retries a failed notice after 1, 2, 4 … minutes, never more than an hour apart, and never gives up', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});
