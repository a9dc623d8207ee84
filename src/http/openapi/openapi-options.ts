import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { completeOpenApiDocument } from './complete-openapi-document.ts';

/**
 * The tags of the API, in the order a reader meets them. An operation with a tag not listed here makes
 * completeOpenApiDocument throw, so a new group of routes gets a description when it is added.
 */
const TAGS = [
  { name: 'system', description: 'Liveness of the server and its database' },
  { name: 'auth', description: 'Staff sign-in and sessions (bearer tokens)' },
  { name: 'regulations', description: 'The catalog of regulations of state services, their versions and legal acts (public)' },
  { name: 'handbook', description: 'Business processes of a regulation as BPMN 2.0, the information-systems diagram, comparison of versions (public)' },
  { name: 'cases', description: 'Applications and their cases: filing, steps, history, journal, inbox' },
  { name: 'staff', description: 'The provider’s staff as seen by a head' },
  { name: 'documents', description: 'Result documents: the signed bytes, the public check by code, the PDF' },
  { name: 'portal', description: 'The citizens’ portal: sign-up, sign-in (password or EDS), applications, attachments' },
  { name: 'desk', description: 'The State Corporation operator desk: queue, persons, powers of attorney, submissions' },
  { name: 'gateway', description: 'Submissions through the e-government gateway and the bytes their EDS covers' },
  { name: 'registries', description: 'State registries: persons, labour-market records, registry data of steps' },
  { name: 'calendar', description: 'The working calendar (days off, transfers) that time limits are counted in' },
  { name: 'notifications', description: 'Notifications of staff' },
  { name: 'supervision', description: 'Supervision dashboard of a region: load, compliance with time limits, refusals, surveys' },
  { name: 'pki', description: 'The demo certification authority: its CRL, OCSP responder and certificates (public)' },
  { name: 'admin', description: 'Administration of staff accounts: password resets and their record' },
  { name: 'publishing', description: 'Review and publish of imported regulation texts: upload, draft, validation, comparison, publication (administrators)' },
  { name: 'audit', description: 'Who read which person’s data: the read audit for supervisors and for the citizen' },
];

/**
 * How @fastify/swagger describes Qyzmet: OpenAPI 3.1 (so fastify-type-provider-zod converts every Zod schema to
 * JSON Schema 2020-12, the dialect of 3.1, for paths and components alike), served at /docs/json.
 */
export function openApiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Qyzmet API',
        description:
          'Executes regulations of state services of the social-labour sphere of Kazakhstan. Every error has the shape ' +
          '`{ error: { code, message, messages: { kk, ru, en }, details } }` with a stable code (components.schemas.ErrorResponse).',
        version: '0.1.0',
      },
      servers: [{ url: '/', description: 'The Qyzmet server that serves this document' }],
      tags: TAGS,
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token of POST /api/auth/sign-in (staff) or of the portal sign-in (citizens)' } } },
    },
    transform: jsonSchemaTransform,
    // Resolves the schemas registered with .meta({ id }) into components (so $refs in /docs/json point somewhere),
    // then completes the document (operationIds, security, shared error responses, examples).
    transformObject: (input) => completeOpenApiDocument(jsonSchemaTransformObject(input) as Record<string, unknown>) as ReturnType<typeof jsonSchemaTransformObject>,
  };
}
