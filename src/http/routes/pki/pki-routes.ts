import { PKI_HTTP_PATH } from '../../../core/pki/publication-urls.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { PkiPublication } from '../../../core/ports/pki-publication.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { MAX_OCSP_REQUEST_BYTES, PKI_MEDIA_TYPE, ZOcspGetParams } from './pki.types.ts';

function publication(ctx: AppContext): PkiPublication {
  if (!ctx.pkiPublication) throw new AppError('NOT_FOUND', 'no certification authority runs here (QYZMET_EDS_VERIFICATION is not local)', { what: 'PKI' });
  return ctx.pkiPublication;
}

/** Base64 as the URL carries it: percent-encoded (RFC 6960 A.1), or already decoded by the router. */
function requestBytesFromPath(encoded: string): Uint8Array {
  const base64 = encoded.includes('%') ? decodeURIComponent(encoded) : encoded;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return new Uint8Array();
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/**
 * What the demo CA's certificates point to (publication-urls.ts): the CRL (CRL distribution point), the OCSP responder
 * (AIA, RFC 6960: POST application/ocsp-request and the GET form) and the CA certificates (AIA caIssuers), all DER and
 * public. `openssl ocsp -url …/pki/ocsp` and `curl` of the CRL URL work against them.
 */
/** Every PKI address is public and answers DER, never the JSON error shape a client of the API reads. */
const published = { method: 'GET', tag: 'pki', caller: 'public', errors: [] } as const;

export function registerPkiRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    { ...published, url: PKI_HTTP_PATH.crl, summary: 'The demo CA’s current CRL (DER), at the URL its certificates name', produces: [PKI_MEDIA_TYPE.crl] },
    async ({ reply }) => reply.type(PKI_MEDIA_TYPE.crl).send(Buffer.from(await publication(ctx).crl(ctx.clock()))),
  );

  for (const [path, which] of [
    [PKI_HTTP_PATH.intermediateCertificate, 'intermediate'],
    [PKI_HTTP_PATH.rootCertificate, 'root'],
  ] as const) {
    route(
      { ...published, url: path, summary: `The demo ${which} CA certificate (DER; AIA caIssuers of issued certificates)`, produces: [PKI_MEDIA_TYPE.certificate] },
      ({ reply }) => reply.type(PKI_MEDIA_TYPE.certificate).send(Buffer.from(publication(ctx).caCertificate(which))),
    );
  }

  route(
    // Hidden from the OpenAPI document: a wildcard path has no OpenAPI form (the POST form is documented).
    { ...published, url: `${PKI_HTTP_PATH.ocsp}/*`, hide: true, summary: 'OCSP responder, GET form (RFC 6960 A.1)', params: ZOcspGetParams, produces: [PKI_MEDIA_TYPE.ocspResponse] },
    async ({ params, reply }) => {
      const response = await publication(ctx).ocsp(requestBytesFromPath(params['*']), ctx.clock());
      return reply.type(PKI_MEDIA_TYPE.ocspResponse).send(Buffer.from(response));
    },
  );

  // The binary body needs its own parser; registered in a child scope so no other route accepts this media type.
  void app.register(async (scope: ZodFastify) => {
    scope.addContentTypeParser(PKI_MEDIA_TYPE.ocspRequest, { parseAs: 'buffer', bodyLimit: MAX_OCSP_REQUEST_BYTES }, (_request, body, done) => done(null, body));
    routeKit(scope, ctx)(
      {
        ...published,
        method: 'POST',
        url: PKI_HTTP_PATH.ocsp,
        bodyLimit: MAX_OCSP_REQUEST_BYTES,
        summary: 'OCSP responder (RFC 6960): a DER OCSPRequest in, a signed OCSPResponse out',
        consumes: [PKI_MEDIA_TYPE.ocspRequest],
        produces: [PKI_MEDIA_TYPE.ocspResponse],
      },
      async ({ request, reply }) => {
        const body = request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array();
        const response = await publication(ctx).ocsp(body, ctx.clock());
        return reply.type(PKI_MEDIA_TYPE.ocspResponse).send(Buffer.from(response));
      },
    );
  });
}
