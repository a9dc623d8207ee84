import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { REPO_ROOT } from '../support/paths.ts';

/**
 * /docs/json as outside tools see it (issue 18): `@redocly/cli lint` with the recommended rules (redocly.yaml) and
 * `@apidevtools/swagger-parser` validate. Before this issue the document said 3.0.3 while mixing 3.1 schemas: 332
 * redocly errors and an invalid document for swagger-parser.
 */
const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type Json = Record<string, any>;

interface RedoclyReport {
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly problems: ReadonlyArray<{ readonly ruleId: string; readonly severity: string; readonly message: string; readonly location: ReadonlyArray<{ readonly pointer: string }> }>;
}

function operations(document: Json): Array<{ where: string; operation: Json }> {
  return Object.entries(document.paths as Json).flatMap(([route, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ where: `${method.toUpperCase()} ${route}`, operation: item[method] as Json })),
  );
}

function findKeys(node: unknown, keys: ReadonlySet<string>, pointer = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => findKeys(item, keys, `${pointer}/${index}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => [...(keys.has(key) ? [`${pointer}/${key}`] : []), ...findKeys(value, keys, `${pointer}/${key}`)]);
}

// One server for the whole file: building it (migrations, regulations, demo data) is the slow part on a busy machine.
let app: TestApp | undefined;
let document: Json;

beforeAll(async () => {
  app = await startTestApp(import.meta.url, '2026-03-02T04:00:00Z');
  const response = await app.server.inject({ method: 'GET', url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

describe('the OpenAPI document at /docs/json', () => {
  let workDir: string | undefined;
  let documentFile: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'qyzmet-openapi-'));
    documentFile = path.join(workDir, 'openapi.json');
    await writeFile(documentFile, JSON.stringify(document, null, 2));
  });
  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('should pass @redocly/cli lint with the recommended rules without an error', async () => {
    const redocly = path.join(REPO_ROOT, 'node_modules/.bin/redocly');
    const result = await run(redocly, ['lint', documentFile, '--format', 'json', '--config', path.join(REPO_ROOT, 'redocly.yaml')], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }),
    );
    const report = JSON.parse(result.stdout) as RedoclyReport;
    const errors = report.problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 120_000);

  it('should be a valid OpenAPI 3.1 document for swagger-parser', async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe('3.1.0');
  });

  it('should use one schema dialect: JSON Schema 2020-12 as OpenAPI 3.1 defines it, with no OpenAPI 3.0 keyword', () => {
    expect(document.jsonSchemaDialect).toBe('https://spec.openapis.org/oas/3.1/dialect/base');
    // `nullable` and a schema-level `example` are 3.0; `$schema`/`$id` at a component's root would switch dialect or base URI.
    expect(findKeys(document.components.schemas, new Set(['nullable', 'example', '$schema', '$id']))).toEqual([]);
    expect(findKeys(document.paths, new Set(['nullable']))).toEqual([]);
    const booleanExclusive = findKeys(document, new Set(['exclusiveMinimum', 'exclusiveMaximum'])).filter((pointer) => {
      const value = pointer
        .split('/')
        .slice(1)
        .reduce<any>((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
      return typeof value === 'boolean';
    });
    expect(booleanExclusive).toEqual([]);
  });

  it('should give every operation a unique camelCase operationId, a declared tag and an explicit security requirement', () => {
    const declaredTags = new Set((document.tags as Array<{ name: string }>).map((tag) => tag.name));
    const all = operations(document);
    expect(all.length).toBeGreaterThan(70);
    const ids = all.map(({ operation }) => operation.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, operation } of all) {
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(operation.tags.length, where).toBeGreaterThan(0);
      for (const tag of operation.tags) expect(declaredTags.has(tag), `${where}: tag ${tag}`).toBe(true);
      expect(Array.isArray(operation.security), where).toBe(true);
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('should mark the public operations with security [] and the staff and citizen ones with the bearer scheme', () => {
    const byId = new Map(operations(document).map(({ operation }) => [operation.operationId as string, operation]));
    for (const id of ['signIn', 'checkDocument', 'getHealth', 'getRegulations', 'getRegulationsByRegulationIdBpmn', 'postPortalSignIn']) {
      expect(byId.get(id)?.security, id).toEqual([]);
    }
    for (const id of ['fileCase', 'completeStep', 'getCasesByCaseId', 'getInbox', 'getPortalCases']) expect(byId.get(id)?.security, id).toEqual([{ bearer: [] }]);
  });

  it('should answer every error with the one shared error shape {error:{code,message,messages,details}}', () => {
    const errorShape = document.components.schemas.ErrorResponse;
    expect(errorShape.properties.error.required).toEqual(expect.arrayContaining(['code', 'message', 'messages', 'details']));
    for (const { where, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses as Json)) {
        if (Number(status) < 400) continue;
        expect(response, `${where} ${status}`).toEqual({ $ref: expect.stringMatching(/^#\/components\/responses\//) });
        const shared = document.components.responses[(response.$ref as string).split('/').pop() as string];
        expect(shared.content['application/json'].schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
      }
      expect(operation.responses['500'], where).toEqual({ $ref: '#/components/responses/InternalError' });
    }
  });

  it('should show examples for signing in, filing a case, completing a step and the public document check', () => {
    const byId = new Map(operations(document).map(({ operation }) => [operation.operationId as string, operation]));
    const requestExamples = (id: string) => Object.keys(byId.get(id)?.requestBody?.content['application/json'].examples ?? {});
    expect(requestExamples('signIn')).not.toEqual([]);
    expect(requestExamples('fileCase')).not.toEqual([]);
    expect(requestExamples('completeStep')).not.toEqual([]);
    expect(Object.keys(byId.get('checkDocument')?.responses['200'].content['application/json'].examples ?? {})).not.toEqual([]);
  });
});

/** A value for a path parameter that its schema accepts where it can, so the request reaches the route. */
function sampleParameter(name: string): string {
  if (name === 'code') return 'ABCDE-FGHJK-LMNPQ-RSTUV';
  if (name === 'iin') return '880515300120';
  if (/Id$/.test(name)) return '3f6c2a1e-8b4d-4e7a-9c15-2d0b7e9a4f61';
  return 'x';
}

describe('the security the OpenAPI document declares', () => {
  // `security: []` is derived from a route declaring none; a route that checks a session but forgot to declare it
  // would be documented as public. Every operation is called without a token to hold the declaration to the code.
  it('should match what each operation answers without a token: bearer ones refuse, public ones do not ask for a session', async () => {
    const mismatches: string[] = [];
    for (const { where, operation } of operations(document)) {
      const [method, route] = where.split(' ') as [string, string];
      const url = route.replaceAll(/\{(\w+)\}/g, (_, name: string) => sampleParameter(name));
      const response = await app!.server.inject({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: {} }) });
      const isPublic = (operation.security as unknown[]).length === 0;
      if (isPublic && (response.statusCode === 401 || response.statusCode === 403)) mismatches.push(`${where} is documented public but answered ${response.statusCode}`);
      if (!isPublic && response.statusCode < 400) mismatches.push(`${where} is documented with bearer but answered ${response.statusCode} without a token`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
