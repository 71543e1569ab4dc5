/**
 * Print view /print/invitations?conferenceId=…&sel=<saved selection> or &ids=a,b (or &categories=…, &status=not_sent; &layout=envelope for DL envelopes):
 * the same invitation models as the DOCX, one A4 page each, in the bundled Tinos font, so
 * "In" or "Lưu thành PDF" from the browser gives the same pages on any machine.
 */
import React, { useEffect } from 'react';
import '@fontsource/tinos/400.css';
import '@fontsource/tinos/700.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700-italic.css';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { readPrintSelection } from '../../../lib/print-selection';
import { InvitationSheet } from './InvitationSheet';
import { ENVELOPE_PAGE_CSS, EnvelopeSheet } from './EnvelopeSheet';
import './invitation-sheet.css';
import './print-view.css';

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : undefined);

export function InvitationsPrintView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const status = query.get('status');
  const input = {
    conferenceId,
    delegateIds: list(query.get('ids')) ?? readPrintSelection(query.get('sel')),
    categories: list(query.get('categories')),
    status: status === 'sent' || status === 'not_sent' ? status : undefined,
  } as const;
  // A saved selection that is gone must not print everyone.
  const lostSelection = !!query.get('sel') && !input.delegateIds;
  const q = useApiQuery('invitation.models', conferenceId && !lostSelection ? input : null);
  const envelopes = query.get('layout') === 'envelope';
  const docs = q.data?.items ?? [];

  useEffect(() => {
    document.documentElement.classList.add('inv-printing');
    return () => document.documentElement.classList.remove('inv-printing');
  }, []);

  if (lostSelection)
    return (
      <div className="inv-print-bar" role="alert">
        Không tìm thấy danh sách đã chọn để in. Hãy mở lại bản in từ Sổ theo dõi giấy mời.
      </div>
    );
  if (q.error)
    return (
      <div className="inv-print-bar">
        <ErrorPanel error={q.error} />
      </div>
    );
  return (
    <div className="inv-print">
      <div className="inv-print-bar" role="toolbar">
        <strong>
          {envelopes ? 'Phong bì' : 'Giấy mời'} — {docs.length} trang
        </strong>
        <span className="inv-print-hint">
          {envelopes ? 'Phong bì DL (220 × 110 mm).' : 'Khổ A4, lề theo Nghị định 30/2020.'} Trong hộp thoại in: tắt
          “Đầu trang và chân trang” (Headers and footers).
        </span>
        <button
          type="button"
          className="inv-print-btn"
          data-testid="print-now"
          onClick={() => window.print()}
          disabled={!docs.length}
        >
          In ngay
        </button>
      </div>
      {q.loading && !docs.length ? <p className="inv-print-bar">Đang dựng giấy mời…</p> : null}
      {envelopes ? <style>{ENVELOPE_PAGE_CSS}</style> : null}
      {docs.map((d) => (envelopes ? <EnvelopeSheet key={d.key} doc={d} /> : <InvitationSheet key={d.key} doc={d} />))}
    </div>
  );
}
