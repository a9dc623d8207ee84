import { useRef, useState } from 'react';
import { base64ToBytes } from './base64.ts';

/**
 * The one sign-and-submit flow of the application forms (portal and desk): the server builds the canonical bytes of
 * the application (POST /api/requests/bytes, /api/desk/request-bytes), the person signs exactly those with the EDS
 * (EdsSigner), and the signed application is sent. Anything changed after the bytes were built must be signed again
 * (`reset`). A refusal is shown and focused, so a screen reader reads it at once.
 */
export function useSignAndSubmit() {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorState] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const setError = (failure: unknown) => {
    setErrorState(failure);
    if (failure) setTimeout(() => errorRef.current?.focus(), 0);
  };
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setErrorState(null);
    try {
      await step();
    } catch (failure) {
      setBytes(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return {
    bytes,
    busy,
    error,
    errorRef,
    setError,
    /** Asks the server for the bytes to sign. */
    prepare: (request: () => Promise<{ readonly bytesBase64: string }>) => run(async () => setBytes(base64ToBytes((await request()).bytesBase64))),
    /** Sends the signed application; on a refusal the bytes are dropped, so the person prepares and signs again. */
    submit: (send: () => Promise<void>) => run(send),
    reset: () => setBytes(null),
  };
}
