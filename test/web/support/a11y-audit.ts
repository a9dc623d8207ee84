import type { Page } from 'playwright-core';

/**
 * A structural accessibility audit run in the page: the checks a screen reader and keyboard user depend on most.
 * It stands in until axe-core is a dependency (issue #7 asks for axe or equal on serious and critical rules).
 * Returns the problems found, each naming the element.
 */
export function auditAccessibility(page: Page): Promise<string[]> {
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
