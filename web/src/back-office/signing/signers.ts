import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/translate.ts';
import { PlaceholderSigner } from './PlaceholderSigner.tsx';

/** What is being signed: the case's prepared document (the EDS team adds its bytes once the documents API lands). */
export interface SignRequest {
  readonly caseId: string;
  readonly stepId: string;
  readonly documentName: string;
}

export interface SignerProps {
  readonly request: SignRequest;
  readonly submitting: boolean;
  /** Hands the CMS signature (Base64 or PEM) to the sign step. */
  readonly onSigned: (signature: string) => void;
}

/**
 * A way to produce the signature the sign step sends. The sign step offers every signer listed here (a choice when
 * there are several). TODO(#5): the EDS team adds NCALayer (the NCA's local signing service) and the built-in
 * PKCS#12 signer and removes the placeholder.
 */
export interface Signer {
  readonly id: string;
  readonly nameKey: MessageKey;
  readonly Component: ComponentType<SignerProps>;
}

export const SIGNERS: readonly Signer[] = [{ id: 'placeholder', nameKey: 'signer.placeholder.name', Component: PlaceholderSigner }];
