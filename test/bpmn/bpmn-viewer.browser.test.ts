import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInformationSystemsDiagram } from '../../src/core/bpmn/export-is-diagram.ts';
import { exportRouteBpmn } from '../../src/core/bpmn/export-route-bpmn.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../web/support/web-app.ts';

/*
 * The exported XML opened in bpmn-js (the viewer the web app will use) in a real Chromium: it imports without
 * warnings, draws every step, and the screenshots go to test-output/bpmn/.
 */

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output/bpmn');
const BPMN_JS_DIST = path.join(REPO_ROOT, 'node_modules/bpmn-js/dist');
const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);

const available = chromiumAvailable();
if (!available) console.warn(`[test/bpmn] skipping the viewer test: no Chromium at ${CHROMIUM_PATH}`);

interface ImportOutcome {
  readonly warnings: readonly string[];
  readonly drawnIds: readonly string[];
}

async function openInViewer(page: Page, xml: string): Promise<ImportOutcome> {
  return page.evaluate(async (diagram) => {
    const container = document.getElementById('canvas')!;
    container.innerHTML = '';
    const BpmnJS = (window as unknown as { BpmnJS: new (options: object) => any }).BpmnJS;
    const viewer = new BpmnJS({ container });
    const { warnings } = await viewer.importXML(diagram);
    viewer.get('canvas').zoom('fit-viewport');
    const drawnIds = viewer.get('elementRegistry').getAll().map((element: { id: string }) => element.id);
    return { warnings: warnings.map((w: { message: string }) => w.message), drawnIds };
  }, xml);
}

describe.skipIf(!available)('BPMN in bpmn-js', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 2400, height: 1400 } });
    await page.setContent('<html><body style="margin:0"><div id="canvas" style="width:2400px;height:1400px;background:#fff"></div></body></html>');
    for (const css of ['diagram-js.css', 'bpmn-js.css']) await page.addStyleTag({ path: path.join(BPMN_JS_DIST, 'assets', css) });
    await page.addScriptTag({ path: path.join(BPMN_JS_DIST, 'bpmn-navigated-viewer.production.min.js') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['kk', 'ru', 'en'] as const)('should draw the portal route of the Zhambyl job-seeker registration in %s', async (lang) => {
    const outcome = await openInViewer(page, await exportRouteBpmn(regulation, 'portal', lang));
    expect(outcome.warnings).toEqual([]);
    const route = regulation.routes.find((r) => r.id === 'portal')!;
    for (const stepId of route.steps) expect(outcome.drawnIds).toContain(`Step_${stepId}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${regulation.id}.portal.${lang}.png`) });
  });

  it('should draw the information-systems diagram', async () => {
    const outcome = await openInViewer(page, await exportInformationSystemsDiagram(regulation, 'kk'));
    expect(outcome.warnings).toEqual([]);
    for (const system of regulation.informationSystems) expect(outcome.drawnIds).toContain(`System_${system.id}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${regulation.id}.is.kk.png`) });
  });
});
