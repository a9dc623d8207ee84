import type { FastifyReply } from 'fastify';

/** A PDF a route answers itself (a receipt, a journal, an issued result): shown inline, never cached. */
export function sendPdf(reply: FastifyReply, pdf: { readonly bytes: Uint8Array; readonly fileName: string }): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${pdf.fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(pdf.bytes));
}
