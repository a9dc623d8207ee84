/** Signs and checks audit checkpoints with the system's key (src/adapters/audit/checkpoint-signer.ts). */
export interface CheckpointSigner {
  /** A detached CMS signature (Base64) over the statement. */
  sign(statement: Uint8Array, at: Date): Promise<string>;
  /** null when the signature is the system key's over exactly these bytes and valid at `at`; otherwise why not. */
  problem(statement: Uint8Array, signature: string, at: Date): Promise<string | null>;
}
