import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { exportRouteBpmn } from '../../src/core/bpmn/export-route-bpmn.ts';
import { QYZMET_BPMN_NAMESPACE } from '../../src/core/bpmn/write-bpmn-xml.ts';
import { REGULATIONS_DIR, REPO_ROOT } from '../support/paths.ts';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../web/support/web-app.ts';

/*
 * Every route export opened in bpmn.io's modeler (bpmn-js Modeler, the editor a ministry's analyst would use) in a
 * real Chromium: it imports without warnings, draws every flow node, and a save from the modeler keeps the qyzmet
 * limit attributes of the timers, so an edited diagram still states its legal limits (issue 18).
 */

const BPMN_JS_DIST = path.join(REPO_ROOT, 'node_modules/bpmn-js/dist');
const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const routes = regulations.flatMap((regulation) => regulation.routes.map((route) => ({ name: `${regulation.id} / ${route.id}`, regulation, route })));

const available = chromiumAvailable();
if (!available) console.warn(`[test/bpmn] skipping the modeler test: no Chromium at ${CHROMIUM_PATH}`);

interface ModelerOutcome {
  readonly warnings: readonly string[];
  readonly drawnIds: readonly string[];
  /** qyzmet:* attributes of every timer event definition, as the modeler holds them. */
  readonly timerAttributes: ReadonlyArray<Record<string, string>>;
  readonly savedXml: string;
}

async function openInModeler(page: Page, xml: string): Promise<ModelerOutcome> {
  return page.evaluate(async (diagram) => {
    const container = document.getElementById('canvas')!;
    container.innerHTML = '';
    const BpmnJS = (window as unknown as { BpmnJS: new (options: object) => any }).BpmnJS;
    const modeler = new BpmnJS({ container });
    const { warnings } = await modeler.importXML(diagram);
    // An event's external label is an element of its own with the same business object: count the shapes only.
    const elements: Array<{ id: string; type: string; businessObject?: { eventDefinitions?: Array<{ $type: string; $attrs: Record<string, string> }> } }> = modeler
      .get('elementRegistry')
      .getAll()
      .filter((element: { type: string }) => element.type !== 'label');
    const timerAttributes = elements.flatMap((element) =>
      (element.businessObject?.eventDefinitions ?? [])
        .filter((definition) => definition.$type === 'bpmn:TimerEventDefinition')
        .map((definition) => Object.fromEntries(Object.entries(definition.$attrs).filter(([key]) => key.startsWith('qyzmet:')))),
    );
    const { xml: savedXml } = await modeler.saveXML({ format: false });
    modeler.destroy();
    return { warnings: warnings.map((w: { message: string }) => w.message), drawnIds: elements.map((element) => element.id), timerAttributes, savedXml };
  }, xml);
}

describe.skipIf(!available)('BPMN exports in the bpmn.io modeler', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.setContent('<html><body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
    for (const css of ['diagram-js.css', 'bpmn-js.css']) await page.addStyleTag({ path: path.join(BPMN_JS_DIST, 'assets', css) });
    await page.addScriptTag({ path: path.join(BPMN_JS_DIST, 'bpmn-modeler.production.min.js') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(routes)('should import $name (kk and ru) without warnings and keep the limits of its timers on save', async ({ regulation, route }) => {
    for (const lang of ['kk', 'ru'] as const) {
      const outcome = await openInModeler(page, await exportRouteBpmn(regulation, route.id, lang));
      expect(outcome.warnings, lang).toEqual([]);
      for (const stepId of route.steps) expect(outcome.drawnIds, `${lang} ${stepId}`).toContain(`Step_${stepId}`);
      const limitedSteps = route.steps.filter((stepId) => regulation.steps.find((step) => step.id === stepId)?.limit);
      expect(outcome.timerAttributes.length, lang).toBeGreaterThanOrEqual(limitedSteps.length);
      for (const attributes of outcome.timerAttributes) {
        expect(Object.keys(attributes).sort(), lang).toEqual(['qyzmet:calendar', 'qyzmet:countsFrom', 'qyzmet:limitUnit', 'qyzmet:limitValue']);
      }
      expect(outcome.savedXml).toContain(`xmlns:qyzmet="${QYZMET_BPMN_NAMESPACE}"`);
      expect(outcome.savedXml.match(/qyzmet:calendar="/g)?.length ?? 0).toBe(outcome.timerAttributes.length);
    }
  });
});
