import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, SCREENSHOT_DIR, startWebTestApp, type WebTestApp } from './support/web-app.ts';

/*
 * The public business-process handbook in a real Chromium: the list of versions, one version's portal route drawn by
 * bpmn-js with the regulation's step texts on its tasks (kk and ru), the readings of its contradictions in the reader's
 * language, the information-systems diagram, and the comparison of the referrals service in Zhambyl and Kyzylorda.
 */
const SHOTS = path.join(SCREENSHOT_DIR, 'handbook');
const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);
const ROUTE = 'portal';
const LEFT = 'zhambyl-2017-231-active-employment-referral';
const RIGHT = 'kyzylorda-2018-1057-active-employment-referral';

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the handbook browser test: no Chromium at ${CHROMIUM_PATH}`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text bpmn-js drew on each element of the diagram, by element id (its label lines joined). */
function drawnLabels(page: Page, testId: string): Promise<Record<string, string>> {
  return page.evaluate((id) => {
    const labels: Record<string, string> = {};
    for (const group of Array.from(document.querySelectorAll(`[data-testid="${id}"] svg g.djs-element[data-element-id]`))) {
      labels[group.getAttribute('data-element-id')!] = Array.from(group.querySelectorAll('text')).map((node) => node.textContent ?? '').join('');
    }
    return labels;
  }, testId);
}

describe.skipIf(!available)('the business-process handbook in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;

  beforeAll(async () => {
    await buildWebApp();
    await mkdir(SHOTS, { recursive: true });
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('should list every regulation version and open one with its route drawn in BPMN, in Kazakh and Russian', async () => {
    const context = await newPersonContext(browser, app.baseUrl, { width: 1400, height: 1000 });
    const page = await context.newPage();
    await page.goto('/handbook');
    await page.getByRole('heading', { level: 1, name: t('kk', 'handbook.list.title') }).waitFor();
    const versions = (await app.request('GET', '/api/regulations')).body as unknown[];
    await page.getByTestId('handbook-versions').locator('tbody tr').nth(versions.length - 1).waitFor();
    expect(await page.getByTestId('handbook-versions').locator('tbody tr').count()).toBe(versions.length);
    // Issue #17: the Akmola version's act has no number in its text; it reads "number not given", never "№ unknown".
    const list = await page.getByTestId('handbook-versions').innerText();
    expect(list).not.toContain('unknown');
    expect(list).toContain(t('kk', 'handbook.list.actValueNoNumber', { date: '2015-04-28' }));
    expect(await auditAccessibility(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'versions.kk.png'), fullPage: true });

    await page.getByRole('link', { name: t('kk', 'handbook.list.open', { name: regulation.service.name.kk, region: t('kk', 'supervision.region.zhambyl') }) }).click();
    await page.getByRole('heading', { level: 1, name: regulation.service.name.kk }).waitFor();
    await page.getByLabel(t('kk', 'handbook.version.route'), { exact: true }).selectOption(ROUTE);
    const route = regulation.routes.find((r) => r.id === ROUTE)!;

    for (const language of ['kk', 'ru'] as const) {
      if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: regulation.service.name[language] }).waitFor();
      await page.locator(`[data-testid="route-diagram"][data-state="drawn"]`).waitFor({ timeout: 20_000 });
      // The diagram is redrawn in the new language: wait for the first task's label in it.
      const first = regulation.steps.find((s) => s.id === route.steps[0])!;
      await page.waitForFunction(
        ([expected]) => Array.from(document.querySelectorAll('[data-testid="route-diagram"] g.djs-element text')).some((n) => (n.textContent ?? '').replace(/\s+/g, '').length > 0 && expected!.startsWith((n.textContent ?? '').replace(/\s+/g, ''))),
        [squeeze(first.action[language])],
      );
      const labels = await drawnLabels(page, 'route-diagram');
      for (const stepId of route.steps) {
        const step = regulation.steps.find((s) => s.id === stepId)!;
        expect(squeeze(labels[`Step_${stepId}`] ?? ''), stepId).toBe(squeeze(step.action[language]));
      }
      const steps = await page.getByTestId('route-steps').locator('li').allTextContents();
      expect(steps).toHaveLength(route.steps.length);
      // Issue #16: the form of the service and of its result as the regulation states them, with the seed line each
      // was read from (Zhambyl 2017: seed 000 lines 702 and 704); the recipients are the Standard's.
      const about = await page.getByTestId('about-service').innerText();
      expect(about).toContain(`${t(language, 'handbook.serviceForm.electronicPartlyAutomatedOrPaper')} (${t(language, 'handbook.version.readingSource', { line: 702 })})`);
      expect(about).toContain(`${t(language, 'handbook.resultForm.paperOrElectronic')} (${t(language, 'handbook.version.readingSource', { line: 704 })})`);
      expect(about).toContain(t(language, 'handbook.version.recipientsByStandard'));
      // Where the text reads two ways: each topic, reading and reason in the reader's language.
      const readings = page.getByTestId('readings');
      expect(regulation.contradictions.length).toBeGreaterThan(0);
      for (const contradiction of regulation.contradictions) {
        await readings.getByRole('heading', { level: 3, name: contradiction.topic[language], exact: true }).waitFor();
        for (const reading of contradiction.readings) expect(await readings.locator('li').filter({ hasText: reading.summary[language] }).count(), reading.id).toBe(1);
        expect(await readings.locator('p.hint').filter({ hasText: contradiction.reason[language] }).count(), contradiction.id).toBe(1);
      }
      await page.locator(`[data-testid="is-diagram"][data-state="drawn"]`).waitFor({ timeout: 20_000 });
      const systems = await drawnLabels(page, 'is-diagram');
      for (const system of regulation.informationSystems) expect(Object.keys(systems)).toContain(`System_${system.id}`);
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `bpmn.${language}.png`), fullPage: true });
    }
    await context.close();
  });

  it('should compare two versions of the referrals service side by side', async () => {
    const context = await newPersonContext(browser, app.baseUrl);
    const page = await context.newPage();
    const expected = (await app.request('GET', `/api/regulations/compare?left=${LEFT}&right=${RIGHT}`)).body;
    expect(expected.differenceCount).toBeGreaterThan(0);
    for (const language of ['kk', 'ru'] as const) {
      await page.goto(`/handbook/compare?left=${LEFT}&right=${RIGHT}`);
      if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: t(language, 'handbook.compare.title') }).waitFor();
      await page.getByTestId('comparison-differences').filter({ hasText: t(language, 'handbook.compare.differences', { count: expected.differenceCount }) }).waitFor();
      // One heading per compared route; a channel with two routes (Zhambyl's portal and portal-as-written readings) has two.
      const channels: string[] = expected.routes.map((route: { channelLabel: Record<Language, string> }) => route.channelLabel[language]);
      for (const channel of new Set(channels)) {
        const headings = page.getByRole('heading', { level: 2, name: t(language, 'handbook.compare.routeSteps', { channel }) });
        await headings.first().waitFor();
        expect(await headings.count(), channel).toBe(channels.filter((c) => c === channel).length);
      }
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `compare.${language}.png`), fullPage: true });
    }
    await context.close();
  });
});
