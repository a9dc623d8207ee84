import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, extendStep, fileCase, type EngineContext } from '../../src/core/case/case-engine.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import { STEP_REFUSALS } from '../../src/core/case/step-refusals.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation } from '../support/regulations.ts';

/*
 * Issue #17: the engine's own rules for a step's input (no schema states them) refused in English only, e.g. "give
 * the signature of result document certificate". They now read in the reader's language like every other refusal.
 */
const SEMIPALATINSK = loadRegulation('aktobe-2016-285-semipalatinsk-victims');
const calendar = createKazakhstanDeadlineCalculator({ region: 'aktobe', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const at = (iso: string): EngineContext => ({ now: new Date(iso), calendar });
const clerk: Actor = { kind: 'staff', userId: 'clerk-1', role: 'clerk', providerId: 'p1' };
const head: Actor = { kind: 'staff', userId: 'head-1', role: 'head', providerId: 'p1' };
const executor: Actor = { kind: 'staff', userId: 'exec-1', role: 'executor', providerId: 'p1' };
const ACTORS: Readonly<Record<string, Actor>> = { register: clerk, assign: head, decide: executor, 'prepare-certificate': executor, sign: head, issue: clerk };

function stepped(regulation: Regulation, steps: ReadonlyArray<[string, unknown]>): CaseState {
  let state = fileCase(
    {
      caseId: 'c',
      regulation,
      routeId: 'office',
      providerId: 'p1',
      applicant: { iin: '880515300120', fullName: null },
      formData: { 'request-type': 'first-time', phone: '+77011234567' },
      paperDocumentIds: requiredPaperDocumentIds(regulation),
      passedChecks: [],
      actor: clerk,
      filingPolicy: 'demonstration',
    },
    at('2026-11-24T05:00:00Z'),
  ).state;
  for (const [stepId, input] of steps) state = executeStep(state, regulation, { stepId, expectedVersion: state.version, input }, ACTORS[stepId]!, at('2026-11-24T06:00:00Z'), { journalNumber: 'AKT-1' }).state;
  return state;
}

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const UNTIL_DECIDE: ReadonlyArray<[string, unknown]> = [
  ['register', {}],
  ['assign', { executorId: 'exec-1' }],
];
const UNTIL_SIGN: ReadonlyArray<[string, unknown]> = [...UNTIL_DECIDE, ['decide', { outcome: 'positive' }], ['prepare-certificate', {}]];
const CERTIFICATE = SEMIPALATINSK.results.find((r) => r.id === 'certificate')!.name;

/** What every one of these refusals must not say in Kazakh or Russian: the English words the engine once used. */
const ENGLISH = /\b(give|the|is not|result|signature|document|cannot|issued|allowed)\b/i;

describe("the engine's own refusals of a step's input in kk, ru and en (issue #17)", () => {
  it('asks for the missing signature naming the certificate in Kazakh and Russian, not English', () => {
    const state = stepped(SEMIPALATINSK, UNTIL_SIGN);
    const error = refusal(() => executeStep(state, SEMIPALATINSK, { stepId: 'sign', expectedVersion: state.version, input: { signature: 'MIIB'.padEnd(40, 'A') } }, head, at('2026-11-25T07:00:00Z')));
    expect(error.code).toBe('INVALID_STEP_INPUT');
    expect(error.userMessage.kk).toBe(`«sign» қадамына берілген деректер дұрыс емес: «${CERTIFICATE.kk}» нәтиже құжатының қолтаңбасын беріңіз (әр құжатқа жеке қол қойылады).`);
    expect(error.userMessage.ru).toBe(`Данные для шага «sign» неверны: приложите подпись документа-результата «${CERTIFICATE.ru}» (каждый документ подписывается отдельно).`);
    expect(error.userMessage.en).toContain(`give the signature of the result document «${CERTIFICATE.en}»`);
    expect(error.userMessage.kk).not.toMatch(ENGLISH);
    expect(error.userMessage.ru).not.toMatch(ENGLISH);
    // `reason` stays English for clients that read one; `reason_kk|ru|en` fill the message.
    expect(error.details).toMatchObject({ stepId: 'sign', reason: error.details.reason_en, reason_ru: expect.stringContaining(CERTIFICATE.ru) });
  });

  it('refuses an issue method the route does not allow, naming the methods it does in the reader language', () => {
    const signed = stepped(SEMIPALATINSK, [...UNTIL_SIGN, ['sign', { signatures: { 'recognition-decision': 'MIIB'.padEnd(40, 'A'), certificate: 'MIIC'.padEnd(40, 'A') } }]]);
    const error = refusal(() => executeStep(signed, SEMIPALATINSK, { stepId: 'issue', expectedVersion: signed.version, input: { method: 'email' } }, clerk, at('2026-11-25T08:00:00Z')));
    expect(error.code).toBe('INVALID_STEP_INPUT');
    expect(error.userMessage.ru).toContain('нельзя выдать способом «по электронной почте» (допустимо: «лично в руки»');
    expect(error.userMessage.kk).toContain('«электрондық поштамен» тәсілімен беруге болмайды (рұқсат етілгені: «қолма-қол»');
    expect(error.userMessage.kk).not.toMatch(ENGLISH);
    expect(error.userMessage.ru).not.toMatch(ENGLISH);
  });

  it('refuses a refusal ground the service does not have and a second extension in Kazakh and Russian', () => {
    const atDecide = stepped(SEMIPALATINSK, UNTIL_DECIDE);
    const ground = refusal(() => executeStep(atDecide, SEMIPALATINSK, { stepId: 'decide', expectedVersion: atDecide.version, input: { outcome: 'refusal', groundId: 'nope', reasonText: 'long enough reason' } }, executor, at('2026-11-25T05:00:00Z')));
    expect(ground.userMessage.ru).toBe('Данные для шага «decide» неверны: «nope» — не основание для отказа по этой услуге.');
    expect(ground.userMessage.kk).toBe('«decide» қадамына берілген деректер дұрыс емес: «nope» — бұл қызмет бойынша бас тарту негізі емес.');
    const extension = refusal(() => extendStep(atDecide, SEMIPALATINSK, { stepId: 'decide', expectedVersion: atDecide.version, reason: 'Inquiry to the archive of the Semey region' }, executor, at('2026-12-01T05:00:00Z')));
    expect(extension.userMessage.ru).toContain('регламент не позволяет продлить срок этого шага');
    expect(extension.userMessage.kk).toContain('регламент бұл қадамның мерзімін ұзартуға рұқсат бермейді');
  });
});

const SRC = path.resolve(import.meta.dirname, '../../src');

async function sources(under: string): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(path.join(SRC, under), { recursive: true });
  const files = entries.filter((entry) => entry.endsWith('.ts')).map((entry) => path.join(SRC, under, entry));
  return Promise.all(files.map(async (file) => ({ file: path.relative(SRC, file), text: await readFile(file, 'utf8') })));
}

describe('no step refusal in English only (the class, not the instance)', () => {
  it('has every invalidInput( call in src/core name a refusal of step-refusals.labels.json, never a sentence of its own', async () => {
    const calls: string[] = [];
    for (const { file, text } of await sources('core')) {
      for (const match of text.matchAll(/\binvalidInput\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,)]+)/g)) {
        if (/^export function|function invalidInput/.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index + 'invalidInput'.length + 1))) continue;
        const reason = match[2]!.trim();
        calls.push(`${file}: ${reason}`);
        // A quoted key of the kk/ru/en table — not a template, not a text, not a variable holding who knows what.
        expect(reason, `${file}: invalidInput(…, ${reason})`).toMatch(/^'[A-Za-z]+'$/);
        expect(Object.keys(STEP_REFUSALS), `${file}: ${reason}`).toContain(reason.slice(1, -1));
      }
    }
    expect(calls.length).toBeGreaterThanOrEqual(11);
  });

  it('gives every INVALID_STEP_INPUT raised anywhere in src its reason in kk, ru and en', async () => {
    const raisers: string[] = [];
    for (const { file, text } of [...(await sources('core')), ...(await sources('application')), ...(await sources('http'))]) {
      for (const match of text.matchAll(/new AppError\(\s*'INVALID_STEP_INPUT'/g)) {
        const statement = text.slice(match.index, text.indexOf(';', match.index));
        raisers.push(file);
        expect(statement, `${file}: an INVALID_STEP_INPUT without reasonDetails(…)`).toMatch(/reasonDetails\(/);
      }
    }
    expect(raisers.length).toBeGreaterThanOrEqual(3);
  });
});
