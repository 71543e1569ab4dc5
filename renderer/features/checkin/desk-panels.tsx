/**
 * The desk's display parts: the header (name, head count, connection), the list of matches, and the
 * feedback card with the queue under it. Memoised: the desk page renders again whenever another desk's check-in arrives
 * (who is in changes), and neither the card nor the header should be painted again for that.
 */
import React, { memo } from 'react';
import type { CheckinStats } from '../../../shared/models/checkin';
import type { Delegate } from '../../../shared/models/delegate';
import type { QueuedMark } from './offline-queue';
import { hhmm, personName, stationLabel, type Conflict, type Feedback } from './desk-format';

export const DeskHeader = memo(function DeskHeader(p: {
  name: string;
  title: string | null;
  stats: CheckinStats | null;
  online: boolean;
  pending: number;
}) {
  const s = p.stats;
  return (
    <header className="ck-desk-head">
      <div className="ck-desk-title">
        <b>{p.name}</b> · {p.title ?? 'Điểm danh'}
      </div>
      <div className="ck-desk-counts" data-testid="desk-counts">
        <span>
          Mời <b data-testid="count-invited">{s?.invited ?? '–'}</b>
        </span>
        <span className="ck-c-present">
          Có mặt <b data-testid="count-present">{s?.present ?? '–'}</b>
        </span>
        <span className="ck-c-absent">
          Vắng <b data-testid="count-absent">{s?.absent ?? '–'}</b>
        </span>
        {s?.walkIns ? (
          <span>
            Khách ngoài DS <b>{s.walkIns}</b>
          </span>
        ) : null}
      </div>
      <div className={`ck-net ${p.online ? 'on' : 'off'}`} data-testid="desk-net">
        {p.online ? 'Đã kết nối' : 'MẤT KẾT NỐI'}
        {p.pending ? (
          <>
            {' '}
            · <b data-testid="desk-pending">{p.pending}</b> chờ gửi
          </>
        ) : null}
      </div>
    </header>
  );
});

export const FeedbackCard = memo(function FeedbackCard({
  fb,
  onPrint,
  onFix,
}: {
  fb: Feedback | null;
  onPrint: (d: Delegate) => void;
  onFix: () => void;
}) {
  return (
    <div
      className={`ck-feedback ${fb?.tone ?? 'idle'}`}
      role="status"
      aria-live="assertive"
      data-testid="desk-feedback"
    >
      {fb ? (
        <>
          <div className="ck-fb-title" data-testid="feedback-title">
            {fb.title}
          </div>
          <div className="ck-fb-detail" data-testid="feedback-detail">
            {fb.detail}
          </div>
          {fb.seat ? (
            <div className="ck-fb-seat" data-testid="feedback-seat">
              Chỗ ngồi: <b>{fb.seat}</b>
            </div>
          ) : null}
          <div className="ck-fb-at">{fb.at}</div>
          {fb.delegate ? (
            <div className="ck-fb-actions">
              <button className="btn" onClick={() => onPrint(fb.delegate!)} data-testid="desk-print-badge">
                In thẻ
              </button>
              <button className="btn" onClick={onFix} data-testid="desk-fix">
                Sửa tên/chức vụ…
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <div className="ck-fb-detail">Sẵn sàng. Quét thẻ hoặc gõ tên rồi nhấn Enter.</div>
      )}
    </div>
  );
});

/** Offline scans that met another desk's earlier check-in, and the scans still waiting to be sent. */
export const DeskQueue = memo(function DeskQueue({
  conflicts,
  pending,
}: {
  conflicts: Conflict[];
  pending: QueuedMark[];
}) {
  return (
    <>
      {conflicts.length ? (
        <div className="ck-conflicts" data-testid="desk-conflicts">
          <b>Đã gửi lại khi có mạng — trùng với bàn khác:</b>
          {conflicts.slice(-5).map((c, i) => (
            <div key={i}>
              {c.label}: đã điểm danh {hhmm(c.at)} tại {c.station}
            </div>
          ))}
        </div>
      ) : null}
      {pending.length ? (
        <div className="ck-pending">
          <b>Chờ gửi:</b> {pending.map((p) => `${p.label} (${hhmm(p.clientAt)})`).join(', ')}
        </div>
      ) : null}
    </>
  );
});

/** The matches for what was typed; a click admits that person (mouse down: the box keeps the focus). */
export function ResultList(p: {
  results: Delegate[];
  sel: number;
  inside: Map<string, { at: string; station: string }>;
  onPick: (d: Delegate, i: number) => void;
}) {
  return (
    <ul className="ck-results" role="listbox" data-testid="desk-results">
      {p.results.map((d, i) => {
        const inn = p.inside.get(d.id);
        return (
          <li
            key={d.id}
            role="option"
            aria-selected={i === p.sel}
            className={i === p.sel ? 'sel' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              p.onPick(d, i);
            }}
          >
            <div className="ck-r-name">{personName(d)}</div>
            <div className="ck-r-sub">
              {[d.position, d.unit].filter(Boolean).join(' — ')} · {d.category}
            </div>
            {inn ? (
              <div className="ck-r-in">
                Đã điểm danh {hhmm(inn.at)} · {stationLabel(inn.station)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
