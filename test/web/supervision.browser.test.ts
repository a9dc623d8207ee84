import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import type { StaffMember } from '../../src/core/org/staff-member.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, SCREENSHOT_DIR, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * The supervisor's dashboard in a real Chromium, on a dataset filed through the use cases (Taraz, UTC+5; limits:
 * register 20 min, assign 20 min, decide 2 h, sign 3 h, issue 10 min):
 *   A  Tue 05:00 filed, every step on time → completed; survey: satisfactory / satisfactory
 *   B  Tue 05:00 filed, register and decide late → refused (incomplete documents); survey: unsatisfactory / partlySatisfactory
 *   C  Tue 05:00 filed, registered and assigned; decide due 07:10 → late at 09:00
 *   E  Tue 08:50 filed; register due 09:10 → due today
 * The supervisor looks at Tue 24 November 2026, 09:00 UTC. Every figure on the screen is checked against the API.
 */
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Cook', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true };
const PERIOD = 'from=2026-11-24&to=2026-11-24';
const SHOTS = path.join(SCREENSHOT_DIR, 'supervision');

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the supervision browser test: no Chromium at ${CHROMIUM_PATH}`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

/** True when the canvas has at least one painted pixel. */
function canvasPainted(page: Page, id: string): Promise<boolean> {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index] !== 0) return true;
    return false;
  }, id);
}

describe.skipIf(!available)('the supervisor dashboard in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;
  let api: any;
  let csv: string;
  const staff: Record<string, StaffMember> = {};

  async function step(state: CaseState, iso: string, who: StaffMember, stepId: string, input: unknown = {}): Promise<CaseState> {
    app.setNow(iso);
    return completeStep(app.ctx, who, state.id, { stepId, expectedVersion: state.version, input });
  }
  async function file(iso: string, iin: string, times: string[], outcome: unknown = null): Promise<CaseState> {
    app.setNow(iso);
    let state = await receiveApplication(app.ctx, staff.clerk!, officeApplication(app.ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin: iin, formData }));
    const plan: Array<[StaffMember, string, unknown]> = [
      [staff.clerk!, 'register', {}],
      [staff.head!, 'assign', { executorId: 'zhambyl.executor1' }],
      [staff.executor!, 'decide', outcome],
      [staff.head!, 'sign', { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' }],
      [staff.clerk!, 'issue', { method: 'inPerson' }],
    ];
    for (const [index, time] of times.entries()) state = await step(state, time, plan[index]![0], plan[index]![1], plan[index]![2]);
    return state;
  }
  async function survey(state: CaseState, processAndResult: string, information: string, submittedAt: string): Promise<void> {
    await app.ctx.db.execute(
      `insert into satisfaction_surveys (case_id, provider_id, region, regulation_id, channel, process_and_result, information, submitted_at)
       values ($1, $2, 'zhambyl', $3, 'providerOffice', $4, $5, $6)`,
      [state.id, state.providerId, state.regulationId, processAndResult, information, submittedAt],
    );
  }

  beforeAll(async () => {
    await buildWebApp();
    await mkdir(SHOTS, { recursive: true });
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    for (const [key, login] of [['clerk', 'zhambyl.clerk'], ['head', 'zhambyl.head'], ['executor', 'zhambyl.executor1']] as const) staff[key] = (await findStaff(app.ctx.db, login))!;
    const a = await file('2026-11-24T05:00:00Z', '880515300120', ['2026-11-24T05:10:00Z', '2026-11-24T05:20:00Z', '2026-11-24T06:00:00Z', '2026-11-24T06:30:00Z', '2026-11-24T06:35:00Z'], { outcome: 'positive' });
    const b = await file('2026-11-24T05:00:00Z', '950101400012', ['2026-11-24T05:30:00Z', '2026-11-24T05:40:00Z', '2026-11-24T08:00:00Z', '2026-11-24T08:10:00Z', '2026-11-24T08:15:00Z'], {
      outcome: 'refusal',
      groundId: 'incomplete-documents',
      reasonText: 'The identity document was not presented.',
    });
    await file('2026-11-24T05:00:00Z', '061211600012', ['2026-11-24T05:05:00Z', '2026-11-24T05:10:00Z']);
    await file('2026-11-24T08:50:00Z', '880515300208', []);
    await survey(a, 'satisfactory', 'satisfactory', '2026-11-24T06:40:00Z');
    await survey(b, 'unsatisfactory', 'partlySatisfactory', '2026-11-24T08:20:00Z');
    app.setNow('2026-11-24T09:00:00Z');
    const token = await app.signIn('zhambyl.supervisor');
    api = (await app.request('GET', `/api/supervision/dashboard?${PERIOD}`, token)).body;
    // The button downloads the CSV in the screen's language (Russian when it is clicked below).
    csv = (await app.server.inject({ method: 'GET', url: `/api/supervision/dashboard.csv?${PERIOD}&lang=ru`, headers: { authorization: `Bearer ${token}` } })).body;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('should show a signed-in supervisor the figures of the API with every chart drawn, in Kazakh and Russian', async () => {
    // The dataset itself, so a dashboard showing nothing cannot pass.
    expect(api.compliance).toMatchObject({ stepsCompleted: 12, stepsWithinLimit: 10, casesClosed: 2, casesRefused: 1 });
    expect(api.satisfaction.surveys).toBe(2);

    const context = await newPersonContext(browser, app.baseUrl, { width: 1280, height: 1000 });
    const page = await context.newPage();
    await page.goto(`/supervision?${PERIOD}`);
    await page.getByRole('heading', { level: 1, name: t('kk', 'signIn.title') }).waitFor();
    expect(await auditAccessibility(page)).toEqual([]);
    await page.getByLabel(t('kk', 'signIn.login')).fill('zhambyl.supervisor');
    await page.getByLabel(t('kk', 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t('kk', 'signIn.submit') }).click();
    await page.getByRole('heading', { level: 1, name: t('kk', 'supervision.title') }).waitFor();

    for (const language of ['kk', 'ru'] as const) {
      if (language !== 'kk') await page.getByRole('button', { name: language === 'ru' ? 'Русский' : 'English' }).click();
      await page.getByRole('heading', { level: 1, name: t(language, 'supervision.title') }).waitFor();
      await page.getByText(t(language, 'supervision.periodShown', { from: '2026-11-24', to: '2026-11-24' })).waitFor();
      const charts = ['chart-durations', 'chart-channels', 'chart-refusals', 'chart-satisfaction'];
      for (const id of charts) {
        await page.locator(`#${id}[data-drawn="true"]`).waitFor({ timeout: 15_000 });
        expect(await canvasPainted(page, id), id).toBe(true);
        expect(await page.locator(`#${id}`).getAttribute('aria-label')).toContain(t(language, 'supervision.chart.alt', { title: '' }).split(':')[0]!);
      }

      const load = api.load[0];
      for (const key of ['openCases', 'dueToday', 'overdueSteps', 'overdueCases'] as const) expect(await page.getByTestId(`figure-${key}`).textContent(), key).toBe(String(load[key]));
      // Percentages as the browser's ICU writes them (Node's may differ for kk), from the API's rates.
      const rates = [api.compliance.stepComplianceRate, ...api.satisfaction.questions.flatMap((q: any) => q.answers.map((a: any) => a.share))];
      const formatted: string[] = await page.evaluate(
        ([locale, values]) => values.map((rate) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate)),
        [language === 'kk' ? 'kk-KZ' : 'ru-RU', rates] as const,
      );
      const percent = (rate: number) => formatted[rates.indexOf(rate)]!;
      expect(await page.getByTestId('compliance-steps').textContent()).toBe(
        t(language, 'supervision.compliance.rate', { rate: percent(api.compliance.stepComplianceRate), within: api.compliance.stepsWithinLimit, total: api.compliance.stepsCompleted }),
      );
      expect(await page.getByTestId('compliance-refused').textContent()).toBe(String(api.compliance.casesRefused));
      for (const row of api.stepDurations) {
        const cells = await page.locator(`[data-testid="table-durations"] tr[data-step="${row.stepId}"] td`).allTextContents();
        expect(cells.slice(1, 3), row.stepId).toEqual([String(row.completed), String(row.withinLimit)]);
      }
      for (const row of api.channelMix) {
        const label = t(language, `channel.${row.channel}` as MessageKey);
        expect(await page.getByTestId('table-channels').locator('tbody tr').filter({ hasText: label }).locator('td').textContent()).toBe(String(row.cases));
      }
      expect(await page.getByTestId('table-refusals').locator('tbody td').last().textContent()).toBe(String(api.refusalsByReason[0].cases));
      for (const question of api.satisfaction.questions) {
        for (const answer of question.answers) {
          const cell = page.locator(`[data-testid="table-satisfaction"] tr[data-question="${question.question}"] td[data-answer="${answer.answer}"]`);
          expect(await cell.textContent()).toBe(t(language, 'supervision.satisfaction.countShare', { count: answer.count, share: percent(answer.share) }));
        }
      }
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `dashboard.${language}.png`), fullPage: true });
    }

    // The CSV the button downloads is the API's, in the language of the screen, with the UTF-8 BOM.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('ru', 'supervision.downloadCsv') }).click()]);
    expect(download.suggestedFilename()).toBe('dashboard-zhambyl-2026-11-24-2026-11-24.csv');
    expect(await readFile((await download.path())!, 'utf8')).toBe(csv);
    await context.close();
  });

  it('should narrow the dashboard with the filters', async () => {
    const context = await newPersonContext(browser, app.baseUrl);
    const page = await context.newPage();
    await page.goto('/supervision');
    await page.getByLabel(t('kk', 'signIn.login')).fill('zhambyl.supervisor');
    await page.getByLabel(t('kk', 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t('kk', 'signIn.submit') }).click();
    await page.getByLabel(t('kk', 'supervision.filter.from'), { exact: true }).fill('2026-11-24');
    await page.getByLabel(t('kk', 'supervision.filter.to'), { exact: true }).fill('2026-11-24');
    await page.getByLabel(t('kk', 'supervision.filter.channel'), { exact: true }).selectOption('portal');
    await page.getByRole('button', { name: t('kk', 'supervision.filter.apply') }).click();
    await page.getByText(t('kk', 'supervision.channels.none')).waitFor();
    expect(await page.getByTestId('satisfaction-surveys').textContent()).toBe(t('kk', 'supervision.satisfaction.surveys', { count: 0 }));
    expect(page.url()).toContain('channel=portal');
    expect(await auditAccessibility(page)).toEqual([]);
    await context.close();
  });
});
