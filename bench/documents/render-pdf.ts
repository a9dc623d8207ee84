/**
 * CPU per result PDF: renders one signed-result document N times in this process and prints milliseconds of CPU per
 * file (the sign step renders one per result document, in the step's transaction — issue #15's engine figure).
 * Run: `npx tsx bench/documents/render-pdf.ts [N]`.
 */
import { readFileSync } from 'node:fs';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { parseRegulation } from '../../src/core/regulation/parse-regulation.ts';

const runs = Number(process.argv[2] ?? 40);
const regulation = parseRegulation(JSON.parse(readFileSync(new URL('../../regulations/zhambyl-2017-231-job-seeker-registration.json', import.meta.url), 'utf8')), 'zhambyl-2017-231-job-seeker-registration.json');
const calendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(new URL('../../calendar/kz-holidays.json', import.meta.url), 'utf8')) });
const staff = (role: 'clerk' | 'head' | 'executor'): Actor => ({ kind: 'staff', userId: `${role}-1`, role, providerId: 'p1' });
const context = { now: new Date('2026-11-24T05:00:00Z'), calendar };
let state = fileCase(
  {
    caseId: '0b8f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
    regulation,
    routeId: 'office',
    providerId: 'p1',
    applicant: { iin: '880515300120', fullName: 'Әбдіғали Қуаныш Өміржанұлы' },
    formData: { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
    passedChecks: [],
    actor: staff('clerk'),
    filingPolicy: 'demonstration',
  },
  context,
).state;
for (const [stepId, role, input] of [
  ['register', 'clerk', {}],
  ['assign', 'head', { executorId: 'executor-1' }],
  ['decide', 'executor', { outcome: 'positive' }],
] as const) {
  state = executeStep(state, regulation, { stepId, expectedVersion: state.version, input }, staff(role), context, { journalNumber: 'TRZ-2026-000077' }).state;
}
const document = assembleResultDocument({
  state,
  regulation,
  providerName: { kk: 'Тараз қаласының жұмыспен қамту орталығы', ru: 'Центр занятости города Тараз', en: 'Taraz employment centre' },
  decisionDate: '2026-11-24',
  codeKey: new Uint8Array(32).fill(7),
});
const stamp = { signerName: 'Омаров Нұрлан Серікұлы', signerPosition: null, signedAt: new Date('2026-11-24T11:00:00Z'), signedAtText: '2026-11-24 16:00 (UTC+05:00)', certificateSerialHex: '0a1b2c' };

await renderResultPdf(document, stamp, 'https://qyzmet.example.kz/verify/x'); // warm-up: module and font loading
const cpuBefore = process.cpuUsage();
let bytes = 0;
for (let i = 0; i < runs; i += 1) bytes += (await renderResultPdf(document, stamp, `https://qyzmet.example.kz/verify/${i}`)).length;
const cpu = process.cpuUsage(cpuBefore);
console.log(`result PDF: ${runs} rendered, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU each, ${Math.round(bytes / runs / 1024)} KiB each`);
