import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue #19: the layer seams are enforced by `npm run lint`, not only described. Each rule is shown to fail on a
 * small piece of code placed (in memory) at the path where it would break the rule, and to pass on the same code
 * where it is allowed, so a rule that silently stopped matching would fail here.
 */
const eslint = new ESLint({ cwd: process.cwd() });
/** The same rule set `npm run lint` hands dependency-cruiser. */
const cruiserConfigUrl = new URL('../../.dependency-cruiser.mjs', import.meta.url).href;
const cruiserRules = ((await import(cruiserConfigUrl)) as { default: IFlattenedRuleSet }).default;

async function ruleIdsAt(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const adapterImport = `import { findStaff } from '../../../adapters/db/staff-store.ts';\nexport const lookUp = findStaff;\n`;
const rawSql = "import type { SqlExecutor } from '../../adapters/db/database.ts';\n" +
  'export async function openCases(db: SqlExecutor) {\n  return db.execute(`select id from cases where closed_at is null`);\n}\n';

describe('layer boundaries in lint', () => {
  it('refuses an import from src/http into src/adapters', async () => {
    expect(await ruleIdsAt('src/http/routes/fixture/fixture-routes.ts', adapterImport)).toContain('import-x/no-restricted-paths');
  });

  it('lets an application use case import the same adapter', async () => {
    const fromApplication = adapterImport.replace("'../../../adapters/", "'../../adapters/");
    expect(await ruleIdsAt('src/application/fixture/look-up.ts', fromApplication)).toEqual([]);
  });

  it('refuses an import from src/core into any outer layer', async () => {
    const code = "import type { AppContext } from '../../application/app-context.ts';\nexport type Context = AppContext;\n";
    expect(await ruleIdsAt('src/core/fixture/context.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import from src/application into src/http', async () => {
    const code = "import { requestLanguage } from '../../http/request-language.ts';\nexport const language = requestLanguage;\n";
    expect(await ruleIdsAt('src/application/fixture/language.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses raw SQL in an application use case', async () => {
    expect(await ruleIdsAt('src/application/fixture/open-cases.ts', rawSql)).toContain('no-restricted-syntax');
  });

  it('refuses raw SQL in an HTTP route group', async () => {
    const inHttp = "export async function openCases(db: { execute(text: string): Promise<unknown[]> }) {\n" +
      "  return db.execute('select id from cases where closed_at is null');\n}\n";
    expect(await ruleIdsAt('src/http/routes/fixture/open-cases.ts', inHttp)).toContain('no-restricted-syntax');
  });

  it('allows raw SQL in a store under src/adapters/db', async () => {
    const inStore = rawSql.replace("'../../adapters/db/database.ts'", "'./database.ts'");
    expect(await ruleIdsAt('src/adapters/db/fixture-store.ts', inStore)).toEqual([]);
  });

  it('refuses the Kysely query builder outside the adapters', async () => {
    const code = "import { queries } from '../../adapters/db/query-builder.ts';\nexport const staff = queries.selectFrom('staff');\n";
    expect(await ruleIdsAt('src/application/fixture/staff.ts', code)).toContain('no-restricted-imports');
  });
});

describe('import cycles in lint', () => {
  async function cycleViolations(files: Record<string, string>): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'qyzmet-cycle-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      const { output } = await cruise([dir], { validate: true, ruleSet: cruiserRules, tsPreCompilationDeps: true });
      return (output as ICruiseResult).summary.violations.map((violation) => violation.rule.name);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('refuses a cycle made only of type imports (the old submit-through-gateway ↔ deliver-message)', async () => {
    const violations = await cycleViolations({
      'submit.ts': "import type { Receipt } from './deliver.ts';\nexport interface Submission { receipt?: Receipt }\n",
      'deliver.ts': "import type { Submission } from './submit.ts';\nexport interface Receipt { submission?: Submission }\n",
    });
    expect(violations).toContain('no-circular');
  });

  it('passes once the shared type lives in a module both import', async () => {
    const violations = await cycleViolations({
      'receipt.ts': 'export interface Receipt { id: string }\n',
      'submit.ts': "import type { Receipt } from './receipt.ts';\nexport interface Submission { receipt?: Receipt }\n",
      'deliver.ts': "import type { Receipt } from './receipt.ts';\nexport interface Delivered { receipt: Receipt }\n",
    });
    expect(violations).toEqual([]);
  });
});
