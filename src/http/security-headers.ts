import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** NCALayer, the NCA's desktop signer the web app talks to (web/src/signing/ncalayer-client.ts). */
const NCALAYER_ORIGIN = 'wss://127.0.0.1:13579';

/**
 * The web app's Content-Security-Policy (issue #13, finding 5): only our own scripts (vite bundles, no inline script,
 * no eval), our own styles; the only outside connection is NCALayer on the person's own computer. `data:` images are
 * the favicon stub and bpmn-js's icons (test/web/csp.browser.test.ts collects violations on every area). No framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  // No 'unsafe-inline' for styles either: React, bpmn-js and chart.js style elements through the CSSOM, which CSP allows.
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", NCALAYER_ORIGIN],
  objectSrc: ["'none'"],
  // blob: the case page shows a scan or the draft preview (PDF) fetched with the session (issue #17).
  frameSrc: ["'self'", 'blob:'],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
} as const;

/** API answers that carry no personal data and may be cached: the public catalog, the handbook, health, the docs. */
const PUBLIC_API = /^\/api\/(regulations|handbook)(\/|\?|$)/;

/**
 * Security headers on every answer (helmet): CSP with frame-ancestors 'none', X-Frame-Options DENY, nosniff,
 * Referrer-Policy no-referrer, HSTS. Every other /api answer gets `Cache-Control: no-store`: cases, persons, documents
 * and sessions must not stay in a shared computer's or a proxy's cache.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The public /verify page opens documents from QR codes in other sites' contexts; cross-origin isolation would break that.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.url;
    if (url.startsWith('/api/') && !PUBLIC_API.test(url)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
