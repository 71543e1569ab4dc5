/**
 * The HTML renderer of the invitation model (shared/documents/invitation.ts): one A4 sheet laid out
 * like the DOCX (same blocks, same order, same sizes in pt). Every printed line carries data-line so
 * tests/unit/invitation-renderers.test.ts can compare it with the DOCX paragraphs.
 */
import React, { useEffect, useState } from 'react';
import { MOTTO, NATIONAL_TITLE, linesOf } from '../../../../shared/documents/nd30';
import type { InvitationDoc } from '../../../../shared/documents/invitation';

/** The check-in code as a QR (generated in the page: no network, no server round trip). */
function Qr({ code }: { code: string }) {
  const [src, setSrc] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((QR) => QR.toDataURL(code, { margin: 1, width: 160, errorCorrectionLevel: 'M' }))
      .then((url) => {
        if (live) setSrc(url);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code]);
  return src ? <img className="inv-qr" src={src} alt={`Mã điểm danh ${code}`} /> : <span className="inv-qr" />;
}

export function InvitationSheet({ doc }: { doc: InvitationDoc }) {
  const h = doc.header;
  const s = doc.signature;
  return (
    <article className="inv-sheet" data-testid="invitation-sheet" style={{ fontSize: `${doc.bodySize}pt` }}>
      <div className="inv-head">
        <div className="inv-head-left">
          {linesOf(h.parentBody).map((l, i) => (
            <div key={`p${i}`} data-line className="inv-parent">
              {l}
            </div>
          ))}
          {linesOf(h.issuingBody).map((l, i) => (
            <div key={`i${i}`} data-line className="inv-issuing">
              {l}
            </div>
          ))}
          {h.issuingBody.trim() ? <div className="inv-rule inv-rule-short" /> : null}
        </div>
        <div className="inv-head-right">
          <div data-line className="inv-national">
            {NATIONAL_TITLE}
          </div>
          <div className="inv-motto-wrap">
            <span data-line className="inv-motto">
              {MOTTO}
            </span>
          </div>
        </div>
        <div data-line className="inv-number">
          {h.numberLine}
        </div>
        <div data-line className="inv-date">
          {h.placeDateLine}
        </div>
      </div>
      <div data-line className="inv-title">
        {doc.title}
      </div>
      {linesOf(doc.summary).map((l, i) => (
        <div key={i} data-line className="inv-summary">
          {l}
        </div>
      ))}
      <div className="inv-body">
        {doc.body.map((p, i) => (
          <p key={i} data-line className={`inv-p inv-${p.kind}`}>
            {p.label ? <span>{`${p.label} `}</span> : null}
            {p.text}
          </p>
        ))}
      </div>
      <div className="inv-foot">
        <div className="inv-foot-left">
          {s.recipients.length ? (
            <div data-line className="inv-recipients-head">
              Nơi nhận:
            </div>
          ) : null}
          {s.recipients.map((r, i) => (
            <div key={i} data-line className="inv-recipient">
              {r}
            </div>
          ))}
          {doc.qrCode ? <Qr code={doc.qrCode} /> : null}
        </div>
        <div className="inv-foot-right">
          {s.titleLines.map((l, i) => (
            <div key={i} data-line className="inv-sign-title">
              {l}
            </div>
          ))}
          <div data-line className="inv-signer">
            {s.signerName}
          </div>
        </div>
      </div>
    </article>
  );
}
