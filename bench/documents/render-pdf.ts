/**
 * CPU per result PDF: renders one signed-result document N times in this process and prints milliseconds of CPU per
 * file (the sign step renders one per result document, in the step's transaction — issue #15's engine figure).
 * Run: `npx tsx bench/documents/render-pdf.ts [N]`.
 */
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { decidedJobSeekerCase, HEAD_SIGNATURE_STAMP, jobSeekerRegulation, TARAZ_EMPLOYMENT_CENTRE } from '../../test/support/decided-job-seeker-case.ts';

const runs = Number(process.argv[2] ?? 40);
const state = decidedJobSeekerCase({ caseId: '0b8f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', applicantName: 'Әбдіғали Қуаныш Өміржанұлы', journalNumber: 'TRZ-2026-000077' });
const document = assembleResultDocument({ state, regulation: jobSeekerRegulation, providerName: TARAZ_EMPLOYMENT_CENTRE, decisionDate: '2026-11-24', codeKey: new Uint8Array(32).fill(7) });
const stamp = HEAD_SIGNATURE_STAMP;

await renderResultPdf(document, stamp, 'https://qyzmet.example.kz/verify/x'); // warm-up: module and font loading
const cpuBefore = process.cpuUsage();
let bytes = 0;
for (let i = 0; i < runs; i += 1) bytes += (await renderResultPdf(document, stamp, `https://qyzmet.example.kz/verify/${i}`)).length;
const cpu = process.cpuUsage(cpuBefore);
console.log(`result PDF: ${runs} rendered, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU each, ${Math.round(bytes / runs / 1024)} KiB each`);
