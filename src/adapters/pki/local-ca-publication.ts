import type { PkiPublication } from '../../core/ports/pki-publication.ts';
import { certificateToDer } from './certificate-builder.ts';
import { crlToDer } from './crl.ts';
import type { LocalCa } from './local-ca.ts';
import { respondToOcspRequest } from './ocsp-responder.ts';

export interface LocalCaPublicationOptions {
  /** Saves the CA's state after a new CRL number was used (local-ca-store.ts); omitted in tests. */
  readonly persist?: (ca: LocalCa) => Promise<void>;
  /** nextUpdate of each CRL; it is re-signed at half of this, or at once after a revocation. */
  readonly crlValidityHours?: number;
  readonly ocspValidityMinutes?: number;
}

const DEFAULT_CRL_VALIDITY_HOURS = 24;
const HOUR_MS = 3_600_000;

/**
 * The demo CA's publication: one CRL kept until it changes (a revocation) or reaches half its validity, so every
 * fetch gets the same bytes and CRL numbers do not run away; OCSP answers computed per request from the CA's
 * revocation list, so a revocation shows at once.
 */
export class LocalCaPublication implements PkiPublication {
  private readonly ca: LocalCa;
  private readonly options: LocalCaPublicationOptions;
  private current: { der: Uint8Array; thisUpdate: number; revokedCount: number } | null = null;
  private issuing: Promise<Uint8Array> | null = null;

  constructor(ca: LocalCa, options: LocalCaPublicationOptions = {}) {
    this.ca = ca;
    this.options = options;
  }

  async crl(now: Date): Promise<Uint8Array> {
    const validityHours = this.options.crlValidityHours ?? DEFAULT_CRL_VALIDITY_HOURS;
    const current = this.current;
    const fresh =
      current &&
      current.revokedCount === this.ca.revoked.length &&
      now.getTime() >= current.thisUpdate &&
      now.getTime() < current.thisUpdate + (validityHours * HOUR_MS) / 2;
    if (fresh) return current.der;
    // Concurrent fetches share one signing instead of each taking a CRL number.
    this.issuing ??= this.issueCrl(now, validityHours).finally(() => {
      this.issuing = null;
    });
    return this.issuing;
  }

  async ocsp(requestDer: Uint8Array, now: Date): Promise<Uint8Array> {
    return respondToOcspRequest({
      requestDer,
      issuer: this.ca.intermediate,
      revocationOf: (serialHex) => this.ca.revocationOf(serialHex),
      now,
      ...(this.options.ocspValidityMinutes !== undefined ? { validityMinutes: this.options.ocspValidityMinutes } : {}),
    });
  }

  caCertificate(which: 'intermediate' | 'root'): Uint8Array {
    return certificateToDer(which === 'root' ? this.ca.root.certificate : this.ca.intermediate.certificate);
  }

  private async issueCrl(now: Date, validityHours: number): Promise<Uint8Array> {
    const revokedCount = this.ca.revoked.length;
    // thisUpdate in whole seconds: the CRL's UTCTime keeps no more, and the freshness check compares with it.
    const thisUpdate = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const der = crlToDer(await this.ca.issueCrl(thisUpdate, validityHours));
    await this.options.persist?.(this.ca);
    this.current = { der, thisUpdate: thisUpdate.getTime(), revokedCount };
    return der;
  }
}
