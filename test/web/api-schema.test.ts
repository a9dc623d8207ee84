import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, buildOpenApiDocument, renderApiSchema } from '../../scripts/generate-api-client.ts';

describe('the web app’s generated API types', () => {
  it('should match the server’s OpenAPI description (else run npm run gen:api)', async () => {
    const document = await buildOpenApiDocument();
    // The routes the back office calls; a rename breaks the web app's types as well.
    expect(Object.keys(document.paths ?? {})).toEqual(
      expect.arrayContaining(['/api/auth/sign-in', '/api/auth/sign-out', '/api/inbox', '/api/cases', '/api/cases/{caseId}', '/api/cases/{caseId}/history', '/api/cases/{caseId}/steps', '/api/executors', '/api/regulations', '/api/regulations/{regulationId}']),
    );
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Case', 'ErrorResponse', 'InboxItem', 'Staff']));
    const committed = await readFile(API_SCHEMA_FILE, 'utf8');
    expect(committed === (await renderApiSchema(document)), 'web/src/api/schema.d.ts is stale: run npm run gen:api').toBe(true);
  }, 240_000);
});
