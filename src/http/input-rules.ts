import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors/app-error.ts';
import { fieldValidationError } from '../core/errors/validation-reasons.ts';

/*
 * Input rules at the edge, once for every route (issue #13, finding 6), before any schema, route or use case sees the
 * request:
 * - the URL is at most MAX_URL_CHARS long (414 otherwise);
 * - every string of the body, query and path — keys included — is text: no null byte (PostgreSQL refuses it in text
 *   and it cuts strings short in C libraries) and no lone surrogate (not encodable as UTF-8);
 * - JSON nests at most MAX_DEPTH levels: what reads a body recursively (canonical bytes, hashing, JSON Schema
 *   validation) can then never overflow the stack.
 * Per-field lengths are stated in each route's Zod schema (and so in the OpenAPI).
 */

export const MAX_URL_CHARS = 4096;
export const MAX_DEPTH = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The first problem in a parsed value, walked without recursion (a hostile body may nest 10,000 deep). */
export function findInputProblem(root: unknown, rootPath: string): { path: string; code: 'not_text' | 'too_deep' } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isText(value)) return { path, code: 'not_text' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return { path, code: 'too_deep' };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}.${i}`, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (!isText(key)) return { path, code: 'not_text' };
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

function checkRequest(request: FastifyRequest): void {
  for (const [part, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
    const problem = findInputProblem(value, part);
    if (problem) {
      throw fieldValidationError(problem.path, problem.code === 'too_deep' ? { code: 'too_deep', params: { maximum: MAX_DEPTH } } : { code: 'not_text' }, `${problem.code} at ${problem.path}`);
    }
  }
}

export function registerInputRules(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_CHARS) throw new AppError('URL_TOO_LONG', `URL of ${request.url.length} characters`, { limitCharacters: MAX_URL_CHARS });
  });
  app.addHook('preValidation', async (request) => checkRequest(request));
}
