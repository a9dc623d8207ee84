/**
 * How the status checker fetches CRLs and asks OCSP responders: plain HTTP (fetch, with a time limit), or, for URLs
 * this process serves itself, a direct call — the server does not ask itself over the network (behind a proxy its
 * own public address may not even be reachable from inside).
 */
export interface PkiHttpTransport {
  get(url: string): Promise<Uint8Array>;
  post(url: string, contentType: string, body: Uint8Array): Promise<Uint8Array>;
}

export class PkiTransportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PkiTransportError';
  }
}

const DEFAULT_TIMEOUT_MS = 5_000;

export function fetchTransport(timeoutMs = DEFAULT_TIMEOUT_MS): PkiHttpTransport {
  const call = async (url: string, init: RequestInit): Promise<Uint8Array> => {
    if (!/^https?:\/\//i.test(url)) throw new PkiTransportError(`Not an http(s) URL: ${url}`);
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new PkiTransportError(`${init.method ?? 'GET'} ${url} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (!response.ok) throw new PkiTransportError(`${init.method ?? 'GET'} ${url} answered HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return {
    get: (url) => call(url, { method: 'GET' }),
    post: (url, contentType, body) => call(url, { method: 'POST', headers: { 'content-type': contentType }, body: body.slice() }),
  };
}

/** Handlers for exact URLs, everything else through `fallback`. */
export function routedTransport(
  routes: { readonly get?: Readonly<Record<string, () => Promise<Uint8Array>>>; readonly post?: Readonly<Record<string, (body: Uint8Array) => Promise<Uint8Array>>> },
  fallback: PkiHttpTransport,
): PkiHttpTransport {
  return {
    get: (url) => routes.get?.[url]?.() ?? fallback.get(url),
    post: (url, contentType, body) => routes.post?.[url]?.(body) ?? fallback.post(url, contentType, body),
  };
}
