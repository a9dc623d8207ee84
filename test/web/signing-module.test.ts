import { beforeAll, describe, expect, it } from 'vitest';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { exportPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { NcaLayerClient, type WebSocketLike } from '../../web/src/signing/ncalayer-client.ts';
import { signWithPkcs12 } from '../../web/src/signing/pkcs12-signer.ts';
import { SigningError } from '../../web/src/signing/types.ts';
import { CITIZEN, CONTENT, NOW, OFFICIAL, type PkiWorld, createPkiWorld, daysFromNow } from '../pki/pki-fixture.ts';

/*
 * The shared browser signing module (web/src/signing) run under Node's WebCrypto: the built-in PKCS#12 signer makes
 * signatures the server's verifier accepts and refuses with its own code; the NCALayer client speaks the basics
 * protocol to a fake socket.
 */

const PASSWORD = 'Qwerty12';

async function p12(key: IssuedKey, password = PASSWORD): Promise<Uint8Array> {
  return exportPkcs12({ privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, password, iterations: 1000 });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SigningError) return error.code;
    throw error;
  }
  throw new Error('expected a SigningError');
}

describe('the built-in PKCS#12 signer', () => {
  let world: PkiWorld;
  let signingKey: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    signingKey = await world.issue({ holder: CITIZEN });
  });

  it('signs bytes with a detached CMS that the server verifier accepts for the expected IIN', async () => {
    const result = await signWithPkcs12(await p12(signingKey), PASSWORD, CONTENT, { purpose: 'request', expectedIin: CITIZEN.iin, now: NOW });
    expect(result.signerIin).toBe(CITIZEN.iin);
    const verdict = await (await world.verifierWithFreshCrl()).verify({ contentBytes: CONTENT, signature: result.cmsBase64, expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict.valid).toBe(true);
  });

  it('accepts the key file as a Blob, as a file input gives it', async () => {
    const result = await signWithPkcs12(new Blob([new Uint8Array(await p12(signingKey))]), PASSWORD, CONTENT, { now: NOW });
    expect(result.signerIin).toBe(CITIZEN.iin);
  });

  it('says wrongPassword for a wrong password', async () => {
    expect(await codeOf(signWithPkcs12(await p12(signingKey), 'not-it', CONTENT, { now: NOW }))).toBe('wrongPassword');
  });

  it('says notPkcs12 for a file that is not a key file', async () => {
    expect(await codeOf(signWithPkcs12(new TextEncoder().encode('hello'), PASSWORD, CONTENT, { now: NOW }))).toBe('notPkcs12');
  });

  it('refuses an expired certificate before signing', async () => {
    const expired = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(-40), validityDays: 10 });
    expect(await codeOf(signWithPkcs12(await p12(expired), PASSWORD, CONTENT, { now: NOW }))).toBe('certificateExpired');
  });

  it('refuses a certificate that is not valid yet', async () => {
    const future = await world.issue({ holder: CITIZEN, notBefore: daysFromNow(5) });
    expect(await codeOf(signWithPkcs12(await p12(future), PASSWORD, CONTENT, { now: NOW }))).toBe('certificateNotYetValid');
  });

  it('refuses an authentication key for signing a document', async () => {
    const authKey = await world.issue({ holder: CITIZEN, purpose: 'authentication' });
    expect(await codeOf(signWithPkcs12(await p12(authKey), PASSWORD, CONTENT, { purpose: 'document', now: NOW }))).toBe('noSigningKey');
  });

  it("refuses another person's key when the request names an IIN", async () => {
    const official = await world.issue({ holder: OFFICIAL });
    expect(await codeOf(signWithPkcs12(await p12(official), PASSWORD, CONTENT, { expectedIin: CITIZEN.iin, now: NOW }))).toBe('iinMismatch');
  });
});

/** A scripted NCALayer: sends the handshake on open, records requests, answers each with the next scripted frame. */
class FakeNcaLayer implements WebSocketLike {
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onerror: WebSocketLike['onerror'] = null;
  onclose: WebSocketLike['onclose'] = null;
  readonly sent: unknown[] = [];
  closed = false;

  constructor(
    private readonly answers: unknown[],
    handshake = true,
  ) {
    queueMicrotask(() => {
      if (handshake) this.onmessage?.({ data: JSON.stringify({ result: { version: '1.4' } }) });
      else this.onerror?.({});
    });
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
    const answer = this.answers.shift();
    queueMicrotask(() => {
      if (answer === undefined) this.onclose?.({});
      else this.onmessage?.({ data: typeof answer === 'string' ? answer : JSON.stringify(answer) });
    });
  }

  close(): void {
    this.closed = true;
  }
}

describe('the NCALayer client (basics module)', () => {
  let world: PkiWorld;
  let cmsPem: string;

  beforeAll(async () => {
    world = await createPkiWorld();
    const key = await world.issue({ holder: CITIZEN });
    const der = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW, extraCertificates: key.chain });
    cmsPem = encodePem('CMS', der);
  });

  function clientWith(answers: unknown[], handshake = true) {
    const sockets: FakeNcaLayer[] = [];
    const urls: string[] = [];
    const client = new NcaLayerClient({
      createSocket: (url) => {
        urls.push(url);
        const socket = new FakeNcaLayer(answers, handshake);
        sockets.push(socket);
        return socket;
      },
    });
    return { client, sockets, urls };
  }

  it('reads the version from the handshake at wss://127.0.0.1:13579/', async () => {
    const { client, urls, sockets } = clientWith([]);
    expect(await client.version()).toBe('1.4');
    expect(await client.isAvailable()).toBe(true);
    expect(urls[0]).toBe('wss://127.0.0.1:13579/');
    expect(sockets.every((s) => s.closed)).toBe(true);
  });

  it('is unavailable when the socket fails before the handshake', async () => {
    const { client } = clientWith([], false);
    expect(await client.isAvailable()).toBe(false);
    expect(await codeOf(client.signCms(CONTENT))).toBe('ncaLayerUnavailable');
  });

  it('is unavailable when the socket cannot even be created', async () => {
    const client = new NcaLayerClient({
      createSocket: () => {
        throw new Error('blocked');
      },
    });
    expect(await client.isAvailable()).toBe(false);
  });

  it('sends a basics sign request for a detached CMS restricted to the IIN and signing keys', async () => {
    const { client, sockets } = clientWith([{ status: true, body: { result: cmsPem } }]);
    const result = await client.signCms(CONTENT, { purpose: 'request', expectedIin: CITIZEN.iin, locale: 'kk' });
    expect(sockets[0]?.sent).toEqual([
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: {
          allowedStorages: null,
          format: 'cms',
          data: Buffer.from(CONTENT).toString('base64'),
          signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], iin: CITIZEN.iin, chain: [] },
          locale: 'kk',
        },
      },
    ]);
    // The PEM answer comes back as bare Base64 of the same DER, with the signer's IIN read from its certificate.
    expect(result.cmsBase64).toBe(cmsPem.replace(/-----[^-]+-----|\s/g, ''));
    expect(result.signerIin).toBe(CITIZEN.iin);
    const verdict = await (await world.verifierWithFreshCrl()).verify({ contentBytes: CONTENT, signature: result.cmsBase64, expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict.valid).toBe(true);
  });

  it('asks for an authentication key for the authentication purpose', async () => {
    const { client, sockets } = clientWith([{ status: true, body: { result: [cmsPem] } }]);
    await client.signCms(CONTENT, { purpose: 'authentication' });
    expect((sockets[0]?.sent[0] as { args: { signerParams: unknown } }).args.signerParams).toEqual({ extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'], chain: [] });
  });

  it('reports a cancel (status true without a result) as ncaLayerCanceled', async () => {
    const { client } = clientWith([{ status: true, body: {} }]);
    expect(await codeOf(client.signCms(CONTENT))).toBe('ncaLayerCanceled');
  });

  it('reports an error answer as ncaLayerFailed with its message', async () => {
    const { client } = clientWith([{ status: false, code: 'INVOCATION_ERROR', message: 'Storage is empty' }]);
    const error = await client.signCms(CONTENT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).code).toBe('ncaLayerFailed');
    expect((error as SigningError).message).toContain('Storage is empty');
  });

  it('reports a closed connection and a non-JSON frame as ncaLayerFailed', async () => {
    expect(await codeOf(clientWith([]).client.signCms(CONTENT))).toBe('ncaLayerFailed');
    expect(await codeOf(clientWith(['not json']).client.signCms(CONTENT))).toBe('ncaLayerFailed');
  });
});
