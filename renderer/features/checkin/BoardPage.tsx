/**
 * The live board (#/c/<id>/checkin/board), for a second screen: invited / present / absent overall
 * and by section, arrivals per 5 minutes, absent dignitaries in protocol order. Every number comes
 * from the host (checkin.board) and refreshes on each change event.
 */
import React, { useState } from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';
import { positionUnit } from '../../../shared/programme/spoken';
import { hrefConference } from '../../router';
import { getToken, transportKind } from '../../api/client';
import { PairForm } from './PairForm';
import { hhmm, personName } from './desk-format';
import './checkin.css';

export function BoardPage({ conferenceId }: { conferenceId: string }) {
  if (transportKind() === 'http' && !getToken()) return <PairForm conferenceId={conferenceId} />;
  return <Board conferenceId={conferenceId} />;
}

function Board({ conferenceId }: { conferenceId: string }) {
  const [maxPrecedence, setMax] = useState(15);
  const board = useApiQuery('checkin.board', { conferenceId, maxPrecedence });
  const conf = useApiQuery('conference.get', { id: conferenceId });
  const b = board.data;
  const peak = Math.max(1, ...(b?.arrivals.map((a) => a.count) ?? [1]));
  const arrivals = b?.arrivals.slice(-18) ?? [];
  return (
    <div className="ck-board" data-testid="board">
      <header className="ck-board-head">
        <div>
          <div className="ck-board-title">{conf.data?.title ?? 'Điểm danh'}</div>
          <div className="ck-muted">Bảng theo dõi điểm danh · cập nhật trực tiếp</div>
        </div>
        <a className="btn btn-ghost" href={hrefConference(conferenceId, 'checkin')}>
          Thoát
        </a>
      </header>
      {board.error ? <div className="ck-pair-error">{board.error.message}</div> : null}
      <div className="ck-big">
        <div>
          <span>Mời</span>
          <b data-testid="board-invited">{b?.stats.invited ?? '–'}</b>
        </div>
        <div className="ck-c-present">
          <span>Có mặt</span>
          <b data-testid="board-present">{b?.stats.present ?? '–'}</b>
        </div>
        <div className="ck-c-absent">
          <span>Vắng</span>
          <b data-testid="board-absent">{b?.stats.absent ?? '–'}</b>
        </div>
        <div>
          <span>Dự thay · Khách ngoài DS</span>
          <b className="ck-small-b">{b ? `${b.stats.substitutes} · ${b.stats.walkIns}` : '–'}</b>
        </div>
      </div>
      <div className="ck-board-grid">
        <section className="card card-pad">
          <h2>Theo thành phần</h2>
          {b?.stats.bySection
            .filter((s) => !s.staff)
            .map((s) => (
              <div className="ck-sec" key={s.category}>
                <div className="ck-sec-name" title={s.category}>
                  {s.category || '(chưa phân thành phần)'}
                </div>
                <div className="ck-bar">
                  <div style={{ width: `${s.invited ? (100 * s.present) / s.invited : 0}%` }} />
                </div>
                <div className="ck-sec-num">
                  {s.present}/{s.invited}
                </div>
              </div>
            ))}
          {b?.stats.staffTotal ? (
            <>
              <h3 className="ck-muted ck-staff-h">Không tính vào quân số (phục vụ, phóng viên, ban tổ chức)</h3>
              {b.stats.bySection
                .filter((s) => s.staff)
                .map((s) => (
                  <div className="ck-sec" key={`s-${s.category}`} data-testid="board-staff-section">
                    <div className="ck-sec-name" title={s.category}>
                      {s.category || '(chưa phân thành phần)'}
                    </div>
                    <div className="ck-bar">
                      <div style={{ width: `${s.invited ? (100 * s.present) / s.invited : 0}%` }} />
                    </div>
                    <div className="ck-sec-num">
                      {s.present}/{s.invited}
                    </div>
                  </div>
                ))}
            </>
          ) : null}
        </section>
        <section className="card card-pad">
          <h2>Lượt đến mỗi 5 phút</h2>
          <div className="ck-hist" data-testid="board-arrivals">
            {arrivals.length ? (
              arrivals.map((a) => (
                <div key={a.at} className="ck-hist-col" title={`${hhmm(a.at)}: ${a.count}`}>
                  <div className="ck-hist-n">{a.count || ''}</div>
                  <div className="ck-hist-bar" style={{ height: `${(100 * a.count) / peak}%` }} />
                  <div className="ck-hist-t">{hhmm(a.at)}</div>
                </div>
              ))
            ) : (
              <div className="ck-muted">Chưa có ai đến.</div>
            )}
          </div>
        </section>
        <section className="card card-pad">
          <h2>
            Lãnh đạo chưa đến{' '}
            <label className="ck-muted ck-n">
              (thứ tự ≤{' '}
              <input
                type="number"
                min={1}
                max={200}
                value={maxPrecedence}
                onChange={(e) => setMax(Math.max(1, Math.min(200, Number(e.target.value) || 1)))}
              />
              )
            </label>
          </h2>
          <ol className="ck-absent" data-testid="board-absent-list">
            {b?.absentDignitaries.map((d) => (
              <li key={d.id} value={d.precedence}>
                <b>{personName(d)}</b> <span className="ck-muted">{d.fullName ? positionUnit(d) : d.unit}</span>
              </li>
            ))}
            {b && !b.absentDignitaries.length ? <li className="ck-muted">Đã đến đủ.</li> : null}
          </ol>
        </section>
      </div>
    </div>
  );
}
