import { describe, expect, it } from 'vitest';
import { DEREGISTRATION_REASONS, REFERRAL_MEASURES, REFERRAL_OUTCOMES } from '../../src/core/registries/labour-market.ts';
import { registryNameFor } from '../../src/core/registries/registry-actions.ts';
import {
  DEREGISTRATION_REASON_LABELS,
  RECORD_KIND_LABELS,
  REFERRAL_MEASURE_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REGISTRY_LABELS,
} from '../../src/core/registries/registry-labels.ts';
import { SERVICE_RECORD_RULES } from '../../src/core/registries/service-records.ts';
import { ASSISTANCE_KINDS } from '../../src/core/registries/unemployed-status.ts';

const inThreeLanguages = (text: { kk: string; ru: string; en: string } | undefined) => Boolean(text?.kk && text.ru && text.en);

describe('registry vocabulary in Kazakh, Russian and English', () => {
  it('should name every measure, outcome and deregistration reason in the three languages', () => {
    expect(REFERRAL_MEASURES.every((m) => inThreeLanguages(REFERRAL_MEASURE_LABELS[m]))).toBe(true);
    expect(REFERRAL_OUTCOMES.every((o) => inThreeLanguages(REFERRAL_OUTCOME_LABELS[o]))).toBe(true);
    expect(DEREGISTRATION_REASONS.every((r) => inThreeLanguages(DEREGISTRATION_REASON_LABELS[r]))).toBe(true);
  });

  it('should name every record kind a service writes, and every registry a step can write to', () => {
    const kinds = [
      ...Object.values(SERVICE_RECORD_RULES).flatMap((rules) => rules.map((r) => r.spec.kind)),
      ...ASSISTANCE_KINDS,
      'unemployed-certificate',
      'tsa-recipient-certificate',
    ];
    expect(kinds.filter((k) => !inThreeLanguages(RECORD_KIND_LABELS[k]))).toEqual([]);
    const registries = [
      registryNameFor({ type: 'registerJobSeeker' }, []),
      registryNameFor({ type: 'registerJobSeeker' }, ['ais-employment']),
      registryNameFor({ type: 'issueTsaRecipientCertificate' }, []),
      registryNameFor({ type: 'issueTsaRecipientCertificate' }, ['e-sobes']),
    ];
    expect(registries.filter((r) => !inThreeLanguages(REGISTRY_LABELS[r]))).toEqual([]);
  });
});
