import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { canonicalBytes, canonicalJson } from '../../src/core/documents/canonical-bytes.ts';
import { verificationCodeOf } from '../../src/core/documents/verification-code.ts';
import { decidedJobSeekerCase, jobSeekerRegulation, TARAZ_EMPLOYMENT_CENTRE } from '../support/decided-job-seeker-case.ts';

const regulation = jobSeekerRegulation;
/** A fixed stand-in for the server's secret (the data directory's key file in a running system). */
const CODE_KEY = new Uint8Array(32).fill(7);
const provider = TARAZ_EMPLOYMENT_CENTRE;

function decidedCase(decisionInput: unknown): CaseState {
  return decidedJobSeekerCase({ caseId: '6f0d3c1e-6b1f-4a57-9d53-2f5b0c7e9a11', applicantName: 'Серікбаев Данияр Ерланұлы', journalNumber: 'TRZ-2026-000042', decisionInput });
}

describe('result documents', () => {
  it('assembles the notice in Kazakh, Russian and English with number, date, applicant and the legal note', () => {
    const document = assembleResultDocument({ state: decidedCase({ outcome: 'positive' }), regulation, providerName: provider, decisionDate: '2026-11-24', codeKey: CODE_KEY });
    expect(document).toMatchObject({ kind: 'positive', templateId: 'job-seeker-registration-notice', number: 'TRZ-2026-000042/Н', date: '2026-11-24' });
    expect(document.body.kk).toContain('жұмыс іздеп жүрген адам ретінде тіркелгені');
    expect(document.body.ru).toContain('Серікбаев Данияр Ерланұлы (ИИН 880515300120)');
    expect(document.fields).toContainEqual({ label: regulation.formFields[1]!.label, value: { kk: 'Жоғары', ru: 'Высшее', en: 'Higher' } });
    expect(document.legalNote.ru).toContain('статьи 7');
  });

  it('writes the ground and the reasoning into a reasoned refusal', () => {
    const document = assembleResultDocument({
      state: decidedCase({ outcome: 'refusal', groundId: 'incomplete-documents', reasonText: 'Не представлен документ, удостоверяющий личность.' }),
      regulation,
      providerName: provider,
      decisionDate: '2026-11-24',
      codeKey: CODE_KEY,
    });
    expect(document.kind).toBe('refusal');
    expect(document.body.ru).toContain('Основание: Представлен неполный пакет документов');
    expect(document.body.ru).toContain('Не представлен документ, удостоверяющий личность.');
  });

  it('gives the same canonical bytes for the same document whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}');
    const document = assembleResultDocument({ state: decidedCase({ outcome: 'positive' }), regulation, providerName: provider, decisionDate: '2026-11-24', codeKey: CODE_KEY });
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const shuffled = reversed(document);
    expect(Object.keys(shuffled as object)[0]).toBe('legalNote');
    expect(canonicalBytes(shuffled)).toEqual(canonicalBytes(document));
  });

  it('derives an unambiguous verification code that differs per case, per result and per server secret', () => {
    const code = verificationCodeOf(CODE_KEY, '6f0d3c1e-6b1f-4a57-9d53-2f5b0c7e9a11', 'registration-notice');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}$/);
    expect(verificationCodeOf(CODE_KEY, '6f0d3c1e-6b1f-4a57-9d53-2f5b0c7e9a11', 'reasoned-refusal')).not.toBe(code);
    expect(verificationCodeOf(CODE_KEY, '7f0d3c1e-6b1f-4a57-9d53-2f5b0c7e9a11', 'registration-notice')).not.toBe(code);
    // Without the secret nobody gets the code from the case and result ids (issue #14, finding 3).
    expect(verificationCodeOf(new Uint8Array(32).fill(8), '6f0d3c1e-6b1f-4a57-9d53-2f5b0c7e9a11', 'registration-notice')).not.toBe(code);
  });

  it('prints an A4 PDF with the verification code in its metadata, the same bytes every time', async () => {
    const document = assembleResultDocument({ state: decidedCase({ outcome: 'positive' }), regulation, providerName: provider, decisionDate: '2026-11-24', codeKey: CODE_KEY });
    const stamp = { signerName: 'Омаров Нұрлан Серікұлы', signerPosition: null, signedAt: new Date('2026-11-24T11:00:00Z'), signedAtText: '2026-11-24 16:00 (UTC+05:00)', certificateSerialHex: '0a1b2c' };
    const bytes = await renderResultPdf(document, stamp, `http://127.0.0.1:3000/verify/${document.verificationCode}`);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBe(1);
    expect(loaded.getSubject()).toBe(document.verificationCode);
    expect(loaded.getPage(0).getSize().width).toBeCloseTo(595.28);
    expect(await renderResultPdf(document, stamp, `http://127.0.0.1:3000/verify/${document.verificationCode}`)).toEqual(bytes);
  });
});

describe('per-type result templates', () => {
  const base = () => assembleResultDocument({ state: decidedCase({ outcome: 'positive' }), regulation, providerName: provider, decisionDate: '2026-11-24', codeKey: CODE_KEY });

  it('prints the certificate of unemployed status with the period and the three flags of seed 002 appendix 5', () => {
    const state = decidedCase({ outcome: 'positive' });
    const certificateRegulation = { ...regulation, results: regulation.results.map((r) => (r.kind === 'positive' ? { ...r, template: 'unemployed-certificate' } : r)) };
    const document = assembleResultDocument({
      state,
      regulation: certificateRegulation,
      providerName: provider,
      decisionDate: '2026-11-24',
      codeKey: CODE_KEY,
      facts: {
        unemployedStatus: {
          period: { from: '2026-01-01', to: '2026-06-30' },
          card: { id: 'card-1', registeredOn: '2025-12-10', deregisteredOn: null, deregistrationReason: null },
          publicOrSocialWorks: true,
          trainingOrYouthPractice: false,
          socialOrHousingAssistance: true,
        },
      },
    });
    const printed = document.fields.map((f) => `${f.label.ru}: ${f.value.ru}`);
    expect(printed.slice(0, 5)).toEqual([
      'Период: 2026-01-01 — 2026-06-30',
      'Дата регистрации в качестве безработного: 2025-12-10',
      'Участие в общественных работах, на социальных рабочих местах: да',
      'Участие в профессиональной подготовке, молодёжной практике: нет',
      'Получение адресной социальной или жилищной помощи: да',
    ]);
    expect(document.fields[2]!.value.kk).toBe('иә');
    expect(document.body.kk).toContain('жұмыссыз ретінде тіркелгенін растайды');
  });

  it.each([
    ['referral-employment', 'employment', 'направляется для трудоустройства', 'трудоустройство'],
    ['referral-youth-practice', 'youth-practice', 'молодёжной практики', 'молодёжная практика'],
    ['referral-social-jobs', 'social-jobs', 'социальное рабочее место', 'социальные рабочие места'],
    ['referral-public-works', 'public-works', 'общественных работах', 'общественные работы'],
    ['referral-vocational-training', 'training', 'профессиональное обучение', 'профессиональное обучение'],
    ['vocational-guidance', 'career-guidance', 'профессиональной ориентации', 'профессиональная ориентация'],
  ] as const)('prints the %s referral form with its measure, date and card', (template, measure, bodyText, measureName) => {
    const referralRegulation = { ...regulation, results: regulation.results.map((r) => (r.kind === 'positive' ? { ...r, template } : r)) };
    const document = assembleResultDocument({
      state: decidedCase({ outcome: 'positive' }),
      regulation: referralRegulation,
      providerName: provider,
      decisionDate: '2026-11-24',
      codeKey: CODE_KEY,
      facts: { referral: { measure, issuedOn: '2026-11-24', cardId: 'UC-77' } },
    });
    expect(document.body.ru).toContain(bodyText);
    expect(document.fields.slice(0, 3).map((f) => f.value.ru)).toEqual([measureName, '2026-11-24', 'UC-77']);
  });

  it('words the two TSA certificate outcomes differently', () => {
    const tsa = (template: string) =>
      assembleResultDocument({
        state: decidedCase({ outcome: 'positive' }),
        regulation: { ...regulation, results: regulation.results.map((r) => (r.kind === 'positive' ? { ...r, template } : r)) },
        providerName: provider,
        decisionDate: '2026-11-24',
        codeKey: CODE_KEY,
      });
    expect(tsa('tsa-belongs-certificate').body.ru).toContain('является получателем адресной социальной помощи');
    expect(tsa('tsa-not-belongs-certificate').body.ru).toContain('не является получателем');
    expect(tsa('tsa-not-belongs-certificate').body.kk).toContain('табылмайтынын');
  });

  it('adds no registry fields to a template that has none', () => {
    expect(base().fields[0]!.label).toEqual(regulation.formFields[0]!.label);
  });
});
