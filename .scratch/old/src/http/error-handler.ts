import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../core/errors/app-error.ts';
import { requestLanguage } from './request-language.ts';

interface ValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
}

/** A request that failed its schema becomes VALIDATION_FAILED naming the field, e.g. `body.applicantIin`. */
function fromValidation(error: FastifyError): AppError {
  const items = (error.validation ?? []) as ValidationItem[];
  const first = items[0];
  const location = error.validationContext ?? 'request';
  const pointer = (first?.instancePath ?? '').split('/').filter(Boolean).join('.');
  const field = pointer ? `${location}.${pointer}` : location;
  return new AppError('VALIDATION_FAILED', `invalid ${field}: ${first?.message ?? error.message}`, {
    field,
    reason: first?.message ?? 'invalid',
  });
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
  if (error.validation) return fromValidation(error);
  if (error.statusCode === 400 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('VALIDATION_FAILED', error.message, { field: 'body', reason: 'malformed request body' });
  }
  return new AppError('INTERNAL', error.message, {}, { cause: error });
}

/** Every error leaves as `{ error: { code, message, messages: {kk, ru, en}, details } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const error = toAppError(raw);
    const log = { code: error.code, errorClass: error.errorClass, details: error.details };
    if (error.errorClass === 'bug') request.log.error({ ...log, err: raw }, error.message);
    else request.log.info(log, error.message);
    const messages = error.userMessage;
    return reply.status(error.httpStatus).send({
      error: { code: error.code, message: messages[requestLanguage(request)], messages, details: error.details },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    const messages = new AppError('NOT_FOUND', 'no route', { what: `${request.method} ${request.url.split('?')[0]}` }).userMessage;
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: messages[requestLanguage(request)], messages, details: {} } });
  });
}
