import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/core/case/actor.ts';
import { CASE_STATUSES, ISSUE_METHODS } from '../../src/core/case/case-events.ts';
import { CHANNELS, LIMIT_UNITS, STEP_KINDS } from '../../src/core/regulation/schema.ts';
import { LANGUAGES } from '../../web/src/i18n/languages.ts';
import { CATALOGS, fill, isMessageKey, placeholdersOf, translate } from '../../web/src/i18n/translate.ts';
import { REPO_ROOT } from '../support/paths.ts';

const WEB_SRC = path.join(REPO_ROOT, 'web/src');
const keysOf = (language: (typeof LANGUAGES)[number]) => Object.keys(CATALOGS[language]).sort();

function sourceFiles(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Attributes a person reads or hears; their literal values must come from the catalogs. */
const PERSON_FACING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
const HAS_LETTER = /\p{L}/u;

/** Literal texts in the JSX of one file: text between tags and person-facing attribute values. */
function hardCodedTexts(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && PERSON_FACING_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const initializer = node.initializer;
      const literal = ts.isStringLiteral(initializer)
        ? initializer.text
        : ts.isJsxExpression(initializer) && initializer.expression && ts.isStringLiteralLike(initializer.expression)
          ? initializer.expression.text
          : null;
      if (literal && HAS_LETTER.test(literal)) found.push(`${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('web message catalogs (kk, ru, en)', () => {
  it('should have every key in all three languages', () => {
    const english = keysOf('en');
    expect(english.length).toBeGreaterThan(100);
    expect(keysOf('kk')).toEqual(english);
    expect(keysOf('ru')).toEqual(english);
  });

  it('should have no empty message and the same placeholders in every language', () => {
    const mismatches: string[] = [];
    for (const key of keysOf('en')) {
      const expected = placeholdersOf(CATALOGS.en[key as keyof typeof CATALOGS.en]);
      for (const language of LANGUAGES) {
        const message = CATALOGS[language][key as keyof typeof CATALOGS.en];
        if (!message.trim()) mismatches.push(`${language} ${key}: empty`);
        const actual = placeholdersOf(message);
        if (actual.join() !== expected.join()) mismatches.push(`${language} ${key}: {${actual.join('}, {')}} vs en {${expected.join('}, {')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('should name every status, step kind, role, channel, issue method and limit unit the API can send', () => {
    const needed = [
      ...CASE_STATUSES.map((s) => `status.${s}`),
      ...STEP_KINDS.map((k) => `stepKind.${k}`),
      ...STAFF_ROLES.map((r) => `role.${r}`),
      'role.system',
      ...CHANNELS.map((c) => `channel.${c}`),
      ...ISSUE_METHODS.map((m) => `issueMethod.${m}`),
      ...LIMIT_UNITS.map((u) => `unit.${u}`),
    ];
    expect(needed.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('should keep Kazakh and Russian texts in their own scripts when a message is not a shared name', () => {
    // A message copied from English into kk or ru by mistake: Latin letters only where English has the same text.
    const copied = keysOf('en').filter((key) => {
      const english = CATALOGS.en[key as keyof typeof CATALOGS.en];
      return (['kk', 'ru'] as const).some((language) => {
        const text = CATALOGS[language][key as keyof typeof CATALOGS.en];
        return text === english && /[a-z]{4,}/i.test(english.replace(/\{\w+\}|Qyzmet|HTTP|NCALayer|PKCS#12|CMS|Base64/g, ''));
      });
    });
    expect(copied).toEqual([]);
  });

  it('should fill placeholders and leave unknown ones visible', () => {
    expect(translate('ru', 'inbox.overdueCount', { count: 3 })).toBe('Просрочено: 3');
    expect(translate('kk', 'inbox.openCase', { ref: 'TRZ-2026-000001' })).toBe('TRZ-2026-000001 ісін ашу');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('should find literal texts in JSX when a screen hard-codes them', () => {
    const sample = `const A = () => <div aria-label="Close" title={'Жабу'}><p>Hello</p><p>{t('x')} · {n}</p><input placeholder="ИИН" name="iin" /></div>;`;
    expect(hardCodedTexts('sample.tsx', sample)).toEqual(['aria-label="Close"', 'title="Жабу"', 'Hello', 'placeholder="ИИН"']);
  });

  it('should have no hard-coded person-facing text in the JSX of the web app', () => {
    const offenders = sourceFiles(WEB_SRC, '.tsx').flatMap((file) => hardCodedTexts(file).map((text) => `${path.relative(REPO_ROOT, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
