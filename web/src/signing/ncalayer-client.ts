import { bytesToBase64 } from '../shared/base64.ts';
import { findSignerCertificate, parseSignedData } from '../../../src/adapters/pki/cms-parse.ts';
import { derFromPemBase64OrDer } from '../../../src/adapters/pki/pem.ts';
import { readNcaSubject } from '../../../src/adapters/pki/signer-identity.ts';
import { SigningError, type SignedResult, type SigningPurpose } from './types.ts';

/*
 * NCALayer, the NCA's desktop signing service: a WebSocket server at wss://127.0.0.1:13579/ speaking JSON frames.
 * On connect it sends a handshake {"result":{"version":"…"}}; then each request gets one response. We use the
 * module the NCA recommends, kz.gov.pki.knca.basics, method sign, format cms (kz-ecosystem.md §2, after
 * pkigovkz/NCALayerJSExample js/ncalayer.js and sigex-kz/ncalayer-js-client basicsSign).
 */

export const NCALAYER_URL = 'wss://127.0.0.1:13579/';

/** The part of the browser WebSocket the client uses, so tests can hand in a fake. */
export interface WebSocketLike {
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
}

export type SocketFactory = (url: string) => WebSocketLike;

export interface NcaLayerClientOptions {
  readonly url?: string;
  readonly createSocket?: SocketFactory;
  /** How long to wait for the handshake before saying NCALayer is not running. */
  readonly connectTimeoutMs?: number;
}

/** EKU filters of the basics module (ncalayer-js-client basicsSignerSignAny / basicsSignerAuthAny). */
const EKU_BY_PURPOSE: Readonly<Record<SigningPurpose, readonly string[]>> = {
  document: ['1.3.6.1.5.5.7.3.4'],
  request: ['1.3.6.1.5.5.7.3.4'],
  authentication: ['1.3.6.1.5.5.7.3.2'],
};

export interface NcaLayerSignOptions {
  readonly purpose?: SigningPurpose;
  /** NCALayer then offers only this person's certificates (signerParams.iin). */
  readonly expectedIin?: string | null;
  readonly locale?: 'kk' | 'ru' | 'en';
}

/** The request frame for a detached CMS over `data` (exported for the protocol test). */
export function basicsSignRequest(data: Uint8Array, options: NcaLayerSignOptions = {}): Record<string, unknown> {
  return {
    module: 'kz.gov.pki.knca.basics',
    method: 'sign',
    args: {
      allowedStorages: null, // any storage: PKCS12 files, Kaztoken, ID cards
      format: 'cms',
      data: bytesToBase64(data),
      signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
      // chain: [] accepts any CA, the local demo CA too; the server checks the chain against its trust store.
      signerParams: { extKeyUsageOids: EKU_BY_PURPOSE[options.purpose ?? 'document'], ...(options.expectedIin ? { iin: options.expectedIin } : {}), chain: [] },
      locale: options.locale ?? 'ru',
    },
  };
}

function parseFrame(data: unknown): Record<string, unknown> {
  if (typeof data !== 'string') throw new SigningError('ncaLayerFailed', 'NCALayer sent a non-text frame');
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new SigningError('ncaLayerFailed', 'NCALayer sent a frame that is not a JSON object');
}

/** The signer's IIN from the certificate NCALayer embeds in the CMS (the basics module always embeds it). */
async function signerIinOf(cmsBase64: string): Promise<string | null> {
  try {
    const signedData = parseSignedData(cmsBase64);
    const signerInfo = signedData.signerInfos[0];
    const certificate = signerInfo ? await findSignerCertificate(signedData, signerInfo) : null;
    return certificate ? readNcaSubject(certificate).iin : null;
  } catch {
    return null;
  }
}

/** Turns a basics `sign` response into the result: PEM or bare Base64 CMS, a cancel, or an error. */
export async function signResultOf(frame: Record<string, unknown>): Promise<SignedResult> {
  if (frame.status === true) {
    const body = frame.body as { result?: unknown } | undefined;
    const result = Array.isArray(body?.result) ? body?.result[0] : body?.result;
    if (result === undefined || result === null) throw new SigningError('ncaLayerCanceled', 'The signer closed the NCALayer dialog');
    if (typeof result !== 'string') throw new SigningError('ncaLayerFailed', 'NCALayer returned a result that is not text');
    let der: Uint8Array;
    try {
      der = derFromPemBase64OrDer(result);
    } catch (error) {
      throw new SigningError('ncaLayerFailed', 'NCALayer returned a result that is not a CMS', { cause: error });
    }
    const cmsBase64 = bytesToBase64(der);
    return { cmsBase64, signerIin: await signerIinOf(cmsBase64) };
  }
  const message = [frame.code, frame.message, frame.details].filter((part) => typeof part === 'string').join(': ');
  throw new SigningError('ncaLayerFailed', message || 'NCALayer refused the request');
}

/**
 * One connection to NCALayer per call: connect, read the handshake, send one request, take one response, close.
 * NCALayer shows its own modal dialog per request, so there is never more than one request in flight.
 */
export class NcaLayerClient {
  private readonly url: string;
  private readonly createSocket: SocketFactory;
  private readonly connectTimeoutMs: number;

  constructor(options: NcaLayerClientOptions = {}) {
    this.url = options.url ?? NCALAYER_URL;
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url) as unknown as WebSocketLike);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  }

  /** NCALayer's version when it answers the handshake; SigningError('ncaLayerUnavailable') when it does not. */
  async version(): Promise<string> {
    const session = await this.open();
    session.socket.close();
    return session.version;
  }

  /** Whether NCALayer is running on this computer (the UI offers it only then). */
  async isAvailable(): Promise<boolean> {
    try {
      await this.version();
      return true;
    } catch {
      return false;
    }
  }

  /** A detached CMS over `data` with a key the person picks in NCALayer's dialog. */
  async signCms(data: Uint8Array, options: NcaLayerSignOptions = {}): Promise<SignedResult> {
    const session = await this.open();
    try {
      const frame = await session.request(basicsSignRequest(data, options));
      return await signResultOf(frame);
    } finally {
      session.socket.close();
    }
  }

  private open(): Promise<{ socket: WebSocketLike; version: string; request: (body: Record<string, unknown>) => Promise<Record<string, unknown>> }> {
    return new Promise((resolve, reject) => {
      let socket: WebSocketLike;
      try {
        socket = this.createSocket(this.url);
      } catch (error) {
        reject(new SigningError('ncaLayerUnavailable', 'NCALayer is not running', { cause: error }));
        return;
      }
      let pending: { resolve: (frame: Record<string, unknown>) => void; reject: (error: unknown) => void } | null = null;
      let connected = false;
      const unavailable = () => new SigningError('ncaLayerUnavailable', `NCALayer does not answer at ${this.url}`);
      const timer = setTimeout(() => {
        if (connected) return;
        socket.close();
        reject(unavailable());
      }, this.connectTimeoutMs);

      const fail = (error: SigningError) => {
        clearTimeout(timer);
        if (!connected) reject(error);
        else if (pending) pending.reject(error);
        pending = null;
      };
      socket.onerror = () => fail(connected ? new SigningError('ncaLayerFailed', 'The NCALayer connection failed') : unavailable());
      socket.onclose = () => fail(connected ? new SigningError('ncaLayerFailed', 'NCALayer closed the connection before answering') : unavailable());
      socket.onmessage = (event) => {
        let frame: Record<string, unknown>;
        try {
          frame = parseFrame(event.data);
        } catch (error) {
          fail(error as SigningError);
          return;
        }
        if (!connected) {
          // The handshake: {"result":{"version":"…"}}.
          const version = (frame.result as { version?: unknown } | undefined)?.version;
          connected = true;
          clearTimeout(timer);
          resolve({
            socket,
            version: typeof version === 'string' ? version : 'unknown',
            request: (body) =>
              new Promise((resolveRequest, rejectRequest) => {
                pending = { resolve: resolveRequest, reject: rejectRequest };
                socket.send(JSON.stringify(body));
              }),
          });
          return;
        }
        const current = pending;
        pending = null;
        current?.resolve(frame);
      };
    });
  }
}
