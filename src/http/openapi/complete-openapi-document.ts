import { deriveOperationId } from './operation-id.ts';
import { ERROR_RESPONSE_SCHEMA_REF, errorResponseComponents, errorResponseName } from './error-responses.ts';
import { OPERATION_EXAMPLES, type OperationExamples } from './operation-examples.ts';

/**
 * Turns what @fastify/swagger and fastify-type-provider-zod generate into a complete OpenAPI 3.1 document that
 * outside tools accept (`@redocly/cli lint`, `swagger-parser validate`; test/api/openapi-conformance.test.ts):
 *
 * - one schema dialect: component schemas lose the `$schema`/`$id` Zod writes at their root (a fragment `$id` is not
 *   allowed in JSON Schema 2020-12, and the document declares its dialect once in `jsonSchemaDialect`);
 * - every operation has an operationId (declared on the route, or derived from method and path), tags and an explicit
 *   `security` — `[]` where the route declares none, because such a route serves anyone;
 * - every error response is a `$ref` to one shared response of `components.responses`, each with the single error
 *   shape `ErrorResponse`; every operation documents 500 (the error handler answers INTERNAL on any route);
 * - examples of the main operations (operation-examples.ts) go on their media types;
 * - component schemas no path reaches (the `…Input` twins of output-only schemas) are dropped.
 *
 * Pure: the same generated document always gives the same result. Throws on what would make the document lie —
 * an error response with a body other than the error shape, a repeated operationId, an undeclared tag.
 */
type JsonObject = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const JSON_SCHEMA_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';

const SUCCESS_DESCRIPTIONS: Readonly<Record<string, string>> = { '200': 'Success', '201': 'Created', '202': 'Accepted', '204': 'Done; no content' };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  if (isObject(value)) return value;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

export function completeOpenApiDocument(generated: JsonObject): JsonObject {
  const document: JsonObject = structuredClone(generated);
  document.jsonSchemaDialect = JSON_SCHEMA_DIALECT;
  const components = objectAt(document, 'components');
  const schemas = objectAt(components, 'schemas');
  for (const schema of Object.values(schemas)) {
    if (isObject(schema)) {
      delete schema.$schema;
      delete schema.$id;
    }
  }
  components.responses = { ...(isObject(components.responses) ? components.responses : {}), ...errorResponseComponents() };

  const declaredTags = new Set(((document.tags ?? []) as Array<{ name: string }>).map((tag) => tag.name));
  const operationIds = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(objectAt(document, 'paths'))) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      completeOperation(operation, method, path, where, declaredTags);
      const id = operation.operationId as string;
      const earlier = operationIds.get(id);
      if (earlier) throw new Error(`OpenAPI: operationId ${id} of ${where} is already used by ${earlier}`);
      operationIds.set(id, where);
    }
  }
  dropUnreachableSchemas(document, schemas);
  rejectEmptyCompositions(document, '#');
  return document;
}

/**
 * JSON Schema requires `anyOf`/`oneOf`/`allOf` to be non-empty; an empty `anyOf` accepts nothing, and it is what
 * the Zod conversion leaves when it loses a union's members. Neither validator flags it, so it is checked here.
 */
function rejectEmptyCompositions(node: unknown, pointer: string): void {
  if (Array.isArray(node)) node.forEach((item, index) => rejectEmptyCompositions(item, `${pointer}/${index}`));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value) && value.length === 0) {
        throw new Error(`OpenAPI: empty ${key} at ${pointer}: the schema there accepts nothing`);
      }
      rejectEmptyCompositions(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    }
  }
}

function completeOperation(operation: JsonObject, method: string, path: string, where: string, declaredTags: ReadonlySet<string>): void {
  if (typeof operation.operationId !== 'string') operation.operationId = deriveOperationId(method, path);
  const tags = operation.tags;
  if (!Array.isArray(tags) || tags.length === 0) throw new Error(`OpenAPI: ${where} has no tag`);
  for (const tag of tags as string[]) if (!declaredTags.has(tag)) throw new Error(`OpenAPI: ${where} uses tag ${tag}, which the document does not declare`);
  // A route that declares no security is public: say so explicitly instead of leaving it to a global default.
  if (!Array.isArray(operation.security)) operation.security = [];

  const responses = objectAt(operation, 'responses');
  if (!('500' in responses)) responses['500'] = {};
  for (const [status, response] of Object.entries(responses)) {
    const shared = errorResponseName(status);
    if (shared) {
      if (!isErrorShapeResponse(response)) throw new Error(`OpenAPI: the ${status} response of ${where} is not the shared error shape`);
      responses[status] = { $ref: `#/components/responses/${shared}` };
    } else if (Number(status) >= 400) {
      throw new Error(`OpenAPI: ${where} answers ${status}, for which there is no shared error response (error-responses.ts)`);
    } else if (isObject(response) && (response.description === 'Default Response' || !response.description)) {
      response.description = SUCCESS_DESCRIPTIONS[status] ?? 'Success';
    }
  }
  addExamples(operation, OPERATION_EXAMPLES[operation.operationId as string]);
}

/**
 * A response generated from ZErrorResponse (or one added here without content yet). A route that `produces` XML or
 * CSV gets its error responses listed under that media type, yet the error handler always answers JSON: the shared
 * response says so.
 */
function isErrorShapeResponse(response: unknown): boolean {
  if (!isObject(response)) return false;
  if (response.content === undefined) return true;
  const media = isObject(response.content) ? Object.values(response.content) : [];
  return media.length > 0 && media.every((entry) => isObject(entry) && isObject(entry.schema) && entry.schema.$ref === ERROR_RESPONSE_SCHEMA_REF);
}

function jsonMedia(container: unknown): JsonObject | undefined {
  if (!isObject(container) || !isObject(container.content)) return undefined;
  const media = container.content['application/json'];
  return isObject(media) ? media : undefined;
}

function addExamples(operation: JsonObject, examples: OperationExamples | undefined): void {
  if (!examples) return;
  if (examples.request) {
    const media = jsonMedia(operation.requestBody);
    if (!media) throw new Error(`OpenAPI: request examples for ${String(operation.operationId)}, which takes no JSON body`);
    media.examples = examples.request;
  }
  for (const [status, byName] of Object.entries(examples.responses ?? {})) {
    const media = jsonMedia((operation.responses as JsonObject)[status]);
    if (!media) throw new Error(`OpenAPI: ${status} examples for ${String(operation.operationId)}, which has no such JSON response`);
    media.examples = byName;
  }
}

/** Keeps only the component schemas that a path or a shared response reaches, directly or through other schemas. */
function dropUnreachableSchemas(document: JsonObject, schemas: JsonObject): void {
  const prefix = '#/components/schemas/';
  const reached = new Set<string>();
  const pending: unknown[] = [document.paths, (document.components as JsonObject).responses];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith(prefix)) {
        const name = decodeURIComponent(ref.slice(prefix.length));
        if (!reached.has(name)) {
          reached.add(name);
          pending.push(schemas[name]);
        }
      }
      pending.push(...Object.values(node));
    }
  }
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
}
