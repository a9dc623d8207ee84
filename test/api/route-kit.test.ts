import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppContext } from '../../src/application/app-context.ts';
import { registerErrorHandler } from '../../src/http/error-handler.ts';
import { routeKit } from '../../src/http/route-kit.ts';

/** The kit on a bare server: no database is touched, since a request without a token is anonymous. */
async function kitServer() {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'kit', version: '1' }, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
  });
  const route = routeKit(app, {} as AppContext);
  route(
    { method: 'POST', url: '/things', tag: 'things', summary: 'Make a thing', caller: 'public', body: z.object({ name: z.string() }), response: z.object({ name: z.string() }), status: 201, errors: [400] },
    ({ body }) => ({ name: body.name }),
  );
  route({ method: 'POST', url: '/things/:id/seen', tag: 'things', summary: 'Mark seen', caller: 'principal', params: z.object({ id: z.string() }), status: 204 }, ({ actor }) => {
    expect(actor.principal.kind).toBe('anonymous');
  });
  route({ method: 'GET', url: '/things.csv', tag: 'things', summary: 'As CSV', caller: 'public', produces: ['text/csv'], errors: [] }, ({ reply }) => reply.header('content-type', 'text/csv').send('a,b\n'));
  await app.ready();
  return app;
}

describe('the route-declaration kit', () => {
  let app: Awaited<ReturnType<typeof kitServer>>;
  beforeAll(async () => {
    app = await kitServer();
  });
  afterAll(() => app.close());

  it('answers with the declared success status: 201 with the body, 204 with none', async () => {
    const created = await app.inject({ method: 'POST', url: '/things', payload: { name: 'a' } });
    expect([created.statusCode, created.json()]).toEqual([201, { name: 'a' }]);
    const seen = await app.inject({ method: 'POST', url: '/things/7/seen' });
    expect([seen.statusCode, seen.body]).toEqual([204, '']);
  });

  it('validates the declared input before the handler runs, refusing in the one error shape', async () => {
    const refused = await app.inject({ method: 'POST', url: '/things', payload: { name: 1 } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('leaves a reply the handler wrote itself as it is', async () => {
    const csv = await app.inject({ method: 'GET', url: '/things.csv' });
    expect([csv.statusCode, csv.headers['content-type'], csv.body]).toEqual([200, 'text/csv', 'a,b\n']);
  });

  it('documents bearer security for a caller with a session, none for the public, and the declared error responses', () => {
    const paths = (app.swagger() as unknown as { paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown>; tags: string[] }>> }).paths;
    const create = paths['/things']!.post!;
    expect([create.security, Object.keys(create.responses), create.tags]).toEqual([undefined, ['201', '400'], ['things']]);
    const seen = paths['/things/{id}/seen']!.post!;
    expect(seen.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(seen.responses)).toEqual(['204', '400', '401', '403', '404', '409', '413', '414', '415', '422']);
  });
});

describe('staff routes and the operation policy (issue #19: the access gate checks the roles once per request)', () => {
  const kit = () => routeKit(Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>(), {} as AppContext);

  it('refuses to register a staff route that declares fewer roles than the operation policy admits', () => {
    // The policy admits the head to rework; a route for the executor alone would need a second role check per request.
    expect(() =>
      kit()({ method: 'POST', url: '/api/cases/:caseId/rework', tag: 'cases', summary: 'Rework', caller: 'staff', roles: ['executor'], status: 204 }, () => undefined),
    ).toThrow(/declares roles executor but the operation policy admits head/);
    expect(() =>
      kit()({ method: 'GET', url: '/api/cases', tag: 'cases', summary: 'Cases', caller: 'staff', roles: ['head'], status: 204 }, () => undefined),
    ).toThrow(/the operation policy admits clerk, head, executor, supervisor, admin/);
  });

  it('refuses to register a staff route whose operation the policy opens to citizens or anyone', () => {
    expect(() => kit()({ method: 'GET', url: '/api/portal/cases', tag: 'portal', summary: 'Cases', caller: 'staff', status: 204 }, () => undefined)).toThrow(/needs a staff audience/);
    expect(() => kit()({ method: 'GET', url: '/api/regulations', tag: 'regulations', summary: 'All', caller: 'staff', status: 204 }, () => undefined)).toThrow(/needs a staff audience/);
  });

  it('registers a staff route that lists every role its policy admits', () => {
    expect(() =>
      kit()({ method: 'POST', url: '/api/cases/:caseId/term-extension', tag: 'cases', summary: 'Extend', caller: 'staff', roles: ['head', 'executor'], status: 204 }, () => undefined),
    ).not.toThrow();
  });
});
