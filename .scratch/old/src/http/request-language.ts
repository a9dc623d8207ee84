import type { FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '../core/i18n/text.ts';

/** Kazakh, the state language, unless the request asks for another by `?lang=` or Accept-Language. */
export const DEFAULT_LANGUAGE: Language = 'kk';

export function requestLanguage(request: FastifyRequest): Language {
  const query = (request.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(query)) return query;
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}
