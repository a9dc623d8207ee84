import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into the page under test. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[] }>;
}

/**
 * axe-core (WCAG 2.x A/AA rules) on the current page; returns its serious and critical violations, each naming the
 * rule and the elements. Issue #7: no page may fail on serious or critical rules.
 */
export async function auditWithAxe(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline scripts) does not govern.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact !== null && BLOCKING_IMPACTS.has(v.impact))
    .map((v) => `axe ${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A structural accessibility audit run in the page: the checks a screen reader and keyboard user depend on most.
 * Together with axe-core's serious and critical rules (auditWithAxe).
 * Returns the problems found, each naming the element.
 */
export async function auditAccessibility(page: Page): Promise<string[]> {
  // Each area's bundle loads on first use (issue #15): audit the screen once its heading is there, not the loading
  // notice before it. A screen that never gets one is still reported below ("there are 0 h1 headings").
  await page.locator('main h1').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  return [...(await structuralAudit(page)), ...(await auditWithAxe(page))];
}

function structuralAudit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
    };
    const nameOf = (el: Element) => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const fromIds = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '').join(' ') : '';
      return `${el.getAttribute('aria-label') ?? ''} ${fromIds} ${labels} ${el.textContent ?? ''}`.trim();
    };

    const lang = document.documentElement.lang;
    if (!['kk', 'ru', 'en'].includes(lang)) problems.push(`html lang is "${lang}"`);
    if (!document.title.trim()) problems.push('the document has no title');
    if (document.querySelectorAll('main').length !== 1) problems.push('there must be exactly one main landmark');
    if (document.querySelectorAll('h1').length !== 1) problems.push(`there are ${document.querySelectorAll('h1').length} h1 headings`);

    let previousLevel = 0;
    for (const heading of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      const level = Number(heading.tagName[1]);
      if (previousLevel && level > previousLevel + 1) problems.push(`heading level skips from h${previousLevel} to h${level}: "${heading.textContent}"`);
      if (!heading.textContent?.trim()) problems.push(`empty ${heading.tagName.toLowerCase()}`);
      previousLevel = level;
    }

    for (const control of Array.from(document.querySelectorAll('input, select, textarea'))) {
      if ((control as HTMLInputElement).type === 'hidden' || !visible(control)) continue;
      const labels = (control as HTMLInputElement).labels;
      const named = (labels && labels.length > 0) || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
      if (!named) problems.push(`form control without a label: ${describe(control)}`);
    }
    for (const control of Array.from(document.querySelectorAll('button, a[href], [role="button"]'))) {
      if (visible(control) && !nameOf(control)) problems.push(`${describe(control)} has no accessible name`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-describedby], [aria-labelledby]'))) {
      for (const attribute of ['aria-describedby', 'aria-labelledby']) {
        for (const id of (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) problems.push(`${describe(el)} ${attribute} names missing #${id}`);
        }
      }
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
    for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) problems.push(`duplicate id #${id}`);
    for (const table of Array.from(document.querySelectorAll('table'))) {
      if (!table.querySelector('th')) problems.push('a table without header cells');
    }
    for (const img of Array.from(document.querySelectorAll('img'))) {
      if (!img.hasAttribute('alt')) problems.push(`img without alt: ${img.src}`);
    }
    return problems;
  });
}
