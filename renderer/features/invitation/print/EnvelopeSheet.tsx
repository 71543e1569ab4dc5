/**
 * A DL envelope (220 × 110 mm) for an invitation, from the same model: the issuing body top left,
 * "Kính gửi:" and the addressee line right of centre, as offices address official mail; the sender's
 * address under the issuing body and the recipient's under his name when known (a unit letter: the unit).
 */
import React from 'react';
import { linesOf } from '../../../../shared/documents/nd30';
import type { InvitationDoc } from '../../../../shared/documents/invitation';

export const ENVELOPE_PAGE_CSS = '@page { size: 220mm 110mm; margin: 0; }';

export function EnvelopeSheet({ doc }: { doc: InvitationDoc }) {
  const addressee = doc.body.find((p) => p.kind === 'addressee')?.text ?? '';
  return (
    <article className="inv-envelope" data-testid="envelope-sheet">
      <div className="inv-env-from">
        {linesOf(doc.header.parentBody).map((l, i) => (
          <div key={`p${i}`}>{l}</div>
        ))}
        {linesOf(doc.header.issuingBody).map((l, i) => (
          <div key={`i${i}`} className="inv-env-issuer">
            {l}
          </div>
        ))}
        {doc.envelope?.senderAddress ? <div className="inv-env-from-address">{doc.envelope.senderAddress}</div> : null}
        <div className="inv-env-kind">{doc.title}</div>
      </div>
      <div className="inv-env-to">
        <div className="inv-env-label">Kính gửi:</div>
        <div className="inv-env-addressee">{addressee}</div>
        {doc.envelope?.recipientAddress ? (
          <div className="inv-env-address" data-testid="envelope-address">
            Địa chỉ: {doc.envelope.recipientAddress}
          </div>
        ) : null}
      </div>
    </article>
  );
}
