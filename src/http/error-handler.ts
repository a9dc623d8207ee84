import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../core/errors/app-error.ts';
import { fieldValidationError } from '../core/errors/validation-reasons.ts';
import { requestLanguage } from './request-language.ts';

interface ValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

/** A request that failed its schema becomes VALIDATION_FAILED naming the field in words (field-labels.ts). */
function fromValidation(error: FastifyError): AppError {
  const items = (error.validation ?? []) as ValidationItem[];
  const first = items[0];
  const location = error.validationContext ?? 'request';
  const pointer = (first?.instancePath ?? '').split('/').filter(Boolean).join('.');
  const field = pointer ? `${location}.${pointer}` : location;
  return fieldValidationError(field, { code: first?.keyword ?? 'invalid', params: first?.params ?? {}, message: first?.message ?? error.message }, `invalid ${field}: ${first?.message ?? error.message}`);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * An upload route's per-file limit. Its body limit is larger (Base64 grows a file by a third), so a body over it
     * is a file over this limit, and the refusal states the file's limit, the figure the person sees on the form.
     */
    readonly fileLimitBytes?: number;
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Fastify's own refusals (body too large, bad JSON, wrong content type…) in the documented shape. */
function fromFastify(error: FastifyError, bodyLimitBytes: number, fileLimitBytes: number | undefined): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      if (fileLimitBytes !== undefined) return new AppError('ATTACHMENT_TOO_LARGE', error.message, { limitMegabytes: megabytes(fileLimitBytes) });
      return new AppError('REQUEST_TOO_LARGE', error.message, { limitMegabytes: megabytes(bodyLimitBytes) });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', error.message);
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return fieldValidationError('body', { code: 'malformed', message: error.message }, `${error.code ?? 'client error'}: ${error.message}`);
  return null;
}

function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const messages = error.userMessage;
  return reply.status(error.httpStatus).send({
    error: { code: error.code, message: messages[requestLanguage(request)], messages, details: error.details },
  });
}

/**
 * The router's own refusals, before any route or hook runs (Fastify's `frameworkErrors` option): a path parameter
 * over the router's 100 characters, a URL that is not valid percent-encoding — in the documented shape too.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const refusal =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? fieldValidationError('params', { code: 'too_big', params: { origin: 'string', maximum: MAX_PARAM_CHARS } }, error.message)
      : fieldValidationError('url', { code: 'invalid' }, `${error.code ?? 'router'}: ${error.message}`);
  request.log.info({ code: refusal.code, details: refusal.details }, refusal.message);
  return send(request, reply, refusal);
}

/** Fastify's default `maxParamLength`, kept: no path parameter of ours (UUIDs, codes, IINs) comes near it. */
export const MAX_PARAM_CHARS = 100;

/** Every error leaves as `{ error: { code, message, messages: {kk, ru, en}, details } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const error = isAppError(raw) ? raw : raw.validation ? fromValidation(raw) : (fromFastify(raw, request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0, request.routeOptions.config?.fileLimitBytes) ?? new AppError('INTERNAL', raw.message, {}, { cause: raw }));
    const log = { code: error.code, errorClass: error.errorClass, details: error.details };
    if (error.errorClass === 'bug') request.log.error({ ...log, err: raw }, error.message);
    else request.log.info(log, error.message);
    return send(request, reply, error);
  });
  app.setNotFoundHandler((request, reply) => {
    // The path only, cut short: a hostile URL is not echoed whole.
    const what = `${request.method} ${request.url.split('?')[0]?.slice(0, 200) ?? ''}`;
    const messages = new AppError('NOT_FOUND', 'no route', { what }).userMessage;
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: messages[requestLanguage(request)], messages, details: {} } });
  });
}
