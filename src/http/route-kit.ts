import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../application/app-context.ts';
import type { StaffRole } from '../core/case/actor.ts';
import type { Citizen } from '../core/org/citizen.ts';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { DocumentReader } from '../application/documents/read-full-document.ts';
import { requireDocumentReader } from './document-reader.ts';
import { admittedStaff, requestPrincipal, type RequestPrincipal } from './principal.ts';
import { operationKey, operationPolicy } from '../core/access/operation-policy.ts';
import { ZErrorResponse } from './schemas.ts';
import { requireCitizen, requireSubmitter, type Submitter } from './submitter.ts';
import type { ZodFastify } from './zod-fastify.ts';

/**
 * One way to declare a route (issue #19): the declaration states the method, the address, the tag, the summary,
 * who calls it, the schemas of its input and its success answer; the kit fills in the bearer `security`, the shared
 * error responses, the success status and the actor the handler works for — resolved (the staff member the access gate
 * admitted, requireCitizen, requireSubmitter, requireDocumentReader or the request's principal) before the handler runs, as every route did by
 * hand before. A handler returns its answer, or the reply it wrote itself (a PDF, a CSV, DER).
 */

/**
 * Who calls a route: anyone; a signed-in staff member (of some roles); a signed-in citizen; either who may submit
 * through the gateway; either who may read a whole document (`reader`); or whoever the bearer token names
 * (`principal`), where the use case decides what they may see.
 */
export type Caller = 'public' | 'staff' | 'citizen' | 'submitter' | 'reader' | 'principal';

/** The error statuses a route may declare (each has a shared response in openapi/error-responses.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 429 | 503;

/** What most routes can answer besides success: the input, the session, the role, absence, a conflict, size, type, a rule. */
export const STANDARD_ERRORS: readonly ErrorStatus[] = [400, 401, 403, 404, 409, 413, 414, 415, 422];

export interface RouteDeclaration<C extends Caller = Caller> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  /** Declared where a client names the operation; otherwise derived from method and path (openapi/operation-id.ts). */
  readonly operationId?: string;
  readonly tag: string;
  readonly summary: string;
  readonly caller: C;
  /** With caller 'staff': only these roles — the operation policy's, which the access gate checks (a route that would admit more or fewer does not start). */
  readonly roles?: readonly StaffRole[];
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The success answer's schema; none for a route that answers a file it writes itself. */
  readonly response?: z.ZodType;
  /** 200 unless said; 204 answers no body. */
  readonly status?: 200 | 201 | 202 | 204;
  /** The error responses the operation documents; STANDARD_ERRORS unless said. */
  readonly errors?: readonly ErrorStatus[];
  readonly produces?: readonly string[];
  readonly consumes?: readonly string[];
  readonly hide?: boolean;
  readonly bodyLimit?: number;
  readonly config?: Record<string, unknown>;
}

type ActorOf<C extends Caller> = C extends 'staff'
  ? StaffMember
  : C extends 'citizen'
    ? Citizen
    : C extends 'submitter'
      ? Submitter
      : C extends 'reader'
        ? DocumentReader
        : C extends 'principal'
          ? RequestPrincipal
          : undefined;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Answer<D extends RouteDeclaration> = D['status'] extends 204 ? void : D['response'] extends z.ZodType ? z.input<D['response']> : FastifyReply;

export interface RouteInput<D extends RouteDeclaration> {
  readonly actor: ActorOf<D['caller']>;
  readonly params: Parsed<D['params']>;
  readonly query: Parsed<D['query']>;
  readonly body: Parsed<D['body']>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export type RouteHandler<D extends RouteDeclaration> = (input: RouteInput<D>) => Promise<Answer<D> | FastifyReply> | Answer<D> | FastifyReply;

async function resolveActor(ctx: AppContext, request: FastifyRequest, declaration: RouteDeclaration): Promise<unknown> {
  switch (declaration.caller) {
    case 'staff':
      return admittedStaff(ctx, request);
    case 'citizen':
      return requireCitizen(ctx, request);
    case 'submitter':
      return requireSubmitter(ctx, request);
    case 'reader':
      return requireDocumentReader(ctx, request);
    case 'principal':
      return requestPrincipal(ctx, request);
    case 'public':
      return undefined;
  }
}

function schemaOf(declaration: RouteDeclaration): Record<string, unknown> {
  const status = declaration.status ?? 200;
  const success = status === 204 ? z.null() : declaration.response;
  const errors = Object.fromEntries((declaration.errors ?? STANDARD_ERRORS).map((code) => [code, ZErrorResponse]));
  return {
    ...(declaration.operationId ? { operationId: declaration.operationId } : {}),
    ...(declaration.hide ? { hide: true } : {}),
    tags: [declaration.tag],
    summary: declaration.summary,
    ...(declaration.caller === 'public' ? {} : { security: [{ bearer: [] }] }),
    ...(declaration.params ? { params: declaration.params } : {}),
    ...(declaration.query ? { querystring: declaration.query } : {}),
    ...(declaration.body ? { body: declaration.body } : {}),
    ...(declaration.consumes ? { consumes: declaration.consumes } : {}),
    ...(declaration.produces ? { produces: declaration.produces } : {}),
    ...(success || Object.keys(errors).length > 0 ? { response: { ...(success ? { [status]: success } : {}), ...errors } } : {}),
  };
}

/**
 * A staff route's roles are the operation policy's, checked once per request by the access gate (access-gate.ts). A
 * route that declares roles must list every role the policy admits (a route narrower than its policy would need a
 * second check per request): the server refuses to start otherwise, so the gate's check is the only one a request
 * needs and admits exactly whom the gate and the route's own check admitted together before (issue #19).
 */
function checkStaffRoles(declaration: RouteDeclaration): void {
  if (declaration.caller !== 'staff') return;
  const key = operationKey(declaration.method, declaration.url);
  const audience = operationPolicy(declaration.method, declaration.url)?.audience;
  if (audience?.kind !== 'staff') throw new Error(`${key}: a staff route needs a staff audience in src/core/access/operation-policy.ts`);
  if (!declaration.roles) return;
  const declared = declaration.roles;
  const admitted = audience.roles;
  if (admitted === 'any' || admitted.some((role) => !declared.includes(role))) {
    throw new Error(`${key}: the route declares roles ${declared.join(', ')} but the operation policy admits ${admitted === 'any' ? 'any staff' : admitted.join(', ')}`);
  }
}

/** The route declarer of one route group: `const route = routeKit(app, ctx); route({ … }, async ({ actor }) => …)`. */
export function routeKit(app: ZodFastify, ctx: AppContext) {
  return function route<const D extends RouteDeclaration>(declaration: D, handle: RouteHandler<D>): void {
    checkStaffRoles(declaration);
    const status = declaration.status ?? 200;
    app.route({
      method: declaration.method,
      url: declaration.url,
      ...(declaration.bodyLimit ? { bodyLimit: declaration.bodyLimit } : {}),
      ...(declaration.config ? { config: declaration.config } : {}),
      schema: schemaOf(declaration),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const actor = (await resolveActor(ctx, request, declaration)) as ActorOf<D['caller']>;
        const input = { actor, params: request.params, query: request.query, body: request.body, request, reply } as RouteInput<D>;
        const answer = await handle(input);
        if (answer === reply) return reply;
        if (status === 204) return reply.status(204).send(null);
        return status === 200 ? answer : reply.status(status).send(answer);
      },
    });
  };
}
