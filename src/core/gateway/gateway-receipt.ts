/** What a channel gets back once the provider's inbox has taken its application: the message and the filed case. */
export interface GatewayReceipt {
  readonly messageId: string;
  readonly caseId: string;
  readonly providerId: string;
  readonly status: string;
}
