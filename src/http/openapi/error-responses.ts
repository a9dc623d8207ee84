import { fieldValidationError } from '../../core/errors/validation-reasons.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ErrorCode } from '../../core/errors/error-codes.ts';

/**
 * The shared error responses of the OpenAPI document (`components.responses`), one per HTTP status the API answers
 * with. Every one carries the single error shape `ErrorResponse` ({ error: { code, message, messages, details } });
 * the example is a real error of the catalog with its kk/ru/en messages, so the document shows what a client reads.
 */
interface ErrorResponseSpec {
  readonly name: string;
  readonly description: string;
  readonly example: AppError;
}

export const ERROR_RESPONSE_SCHEMA_REF = '#/components/schemas/ErrorResponse';

const ERROR_RESPONSES: Readonly<Record<string, ErrorResponseSpec>> = {
  '400': {
    name: 'BadRequest',
    description: 'The request does not satisfy its schema or a format rule (error.details names the field)',
    example: fieldValidationError('body.applicantIin', { code: 'invalid_type', message: 'Invalid input: expected string, received undefined' }, 'example'),
  },
  '401': { name: 'Unauthenticated', description: 'No valid session: sign in and send the token as a bearer token', example: new AppError('UNAUTHENTICATED', 'example') },
  '403': {
    name: 'Forbidden',
    description: 'The signed-in person’s role or organisation may not do this',
    example: new AppError('FORBIDDEN_ROLE', 'example', { requiredRole: 'head', actualRole: 'clerk' }),
  },
  '404': { name: 'NotFound', description: 'The thing asked for does not exist (or is not visible to this person)', example: new AppError('NOT_FOUND', 'example', { what: 'case 42' }) },
  '409': {
    name: 'Conflict',
    description: 'The command conflicts with the current state: a stale expectedVersion, a step that is not open, a closed case, a duplicate',
    example: new AppError('VERSION_CONFLICT', 'example'),
  },
  '413': { name: 'PayloadTooLarge', description: 'The upload is larger than allowed', example: new AppError('ATTACHMENT_TOO_LARGE', 'example', { limitMegabytes: 5 }) },
  '414': { name: 'UriTooLong', description: 'The request address is longer than allowed', example: new AppError('URL_TOO_LONG', 'example', { limitCharacters: 4096 }) },
  '415': { name: 'UnsupportedMediaType', description: 'The upload’s type is not accepted', example: new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', 'example', { mediaType: 'application/zip' }) },
  '422': {
    name: 'RuleViolated',
    description: 'The request is well-formed but breaks a rule of the regulation or of the signature check',
    example: new AppError('SIGNATURE_INVALID', 'example'),
  },
  '429': {
    name: 'TooManyRequests',
    description: 'Too many attempts: the per-address limit, or a login locked after wrong passwords (details say until when)',
    example: new AppError('TOO_MANY_REQUESTS', 'example', { retryAfterSeconds: 60 }),
  },
  '500': { name: 'InternalError', description: 'An unexpected failure; the server logged it', example: new AppError('INTERNAL', 'example') },
  '503': {
    name: 'ServiceUnavailable',
    description: 'A state system Qyzmet depends on does not answer; try again later',
    example: new AppError('PERSONS_REGISTRY_UNAVAILABLE', 'example'),
  },
};

/** The name under `components.responses` of the shared response for an error status, or undefined for a success. */
export function errorResponseName(status: string): string | undefined {
  return ERROR_RESPONSES[status]?.name;
}

function errorBody(error: AppError): unknown {
  const messages = error.userMessage;
  return { error: { code: error.code satisfies ErrorCode, message: messages.en, messages, details: error.details } };
}

/** `components.responses`: every error status, described, with the shared schema and a catalog example. */
export function errorResponseComponents(): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map((spec) => [
      spec.name,
      {
        description: spec.description,
        content: { 'application/json': { schema: { $ref: ERROR_RESPONSE_SCHEMA_REF }, example: errorBody(spec.example) } },
      },
    ]),
  );
}
