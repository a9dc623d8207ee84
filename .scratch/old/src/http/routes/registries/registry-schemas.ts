import { ZErrorResponse, errorResponses } from '../../schemas.ts';

/** The error answers of registry routes: the usual ones plus 503 when a registry is unavailable. */
export const registryErrorResponses = { ...errorResponses, 503: ZErrorResponse };
