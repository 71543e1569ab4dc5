/** The right column: what needs attention, the chosen seat or person, and who has no seat yet. */
import React from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Lock, Unlock, UserMinus } from 'lucide-react';
import type { Delegate } from '../../../shared/models/delegate';
import type { SeatingModel } from './useSeating';

function Unseated({
  d,
  m,
  picked,
  onPick,
}: {
  d: Delegate;
  m: SeatingModel;
  picked: boolean;
  onPick(id: string): void;
}) {
  const drag = useDraggable({ id: `d:${d.id}:list`, data: { delegateId: d.id } });
  const p = m.person(d);
  return (
    <li>
      <button
        ref={drag.setNodeRef}
        type="button"
        className={`st-person ${picked ? 'st-person-picked' : ''}`}
        style={{ borderLeftColor: m.colour(d.category) }}
        data-testid={`unassigned-${d.id}`}
        {...drag.attributes}
        {...drag.listeners}
        aria-pressed={picked}
        onClick={() => onPick(d.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onPick(d.id);
            return;
          }
          drag.listeners?.onKeyDown?.(e);
        }}
      >
        <span className="st-person-name">{[p.rank, p.fullName].filter(Boolean).join(' ') || <i>{p.position}</i>}</span>
        <span className="st-person-sub">
          {d.precedence}. {p.position}
          {p.unit ? `, ${p.unit}` : ''}
        </span>
      </button>
    </li>
  );
}

export function SidePanel(props: {
  m: SeatingModel;
  picked: string | null;
  selectedSeat: string | null;
  warnings: string[];
  onPick(id: string | null): void;
  onLock(id: string, locked: boolean): void;
  onUnseat(id: string): void;
}) {
  const { m } = props;
  const drop = useDroppable({ id: 'unassigned' });
  const seat = props.selectedSeat ? m.seats.find((s) => s.id === props.selectedSeat) : null;
  const item = seat ? m.bySeat.get(seat.id) : undefined;
  const d = item ? m.byId.get(item.delegateId) : props.picked ? m.byId.get(props.picked) : undefined;
  const p = d ? m.person(d) : null;
  return (
    <aside className="st-side" aria-label="Chi tiết và danh sách chưa xếp">
      {props.warnings.length ? (
        <div className="panel panel-warn st-warn" data-testid="seating-warnings">
          {props.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
      ) : null}
      {seat || d ? (
        <div className="card card-pad st-detail" data-testid="seat-detail">
          {seat ? <div className="st-detail-seat">{seat.label}</div> : null}
          {p ? (
            <>
              <div className="st-detail-name">{[p.rank, p.fullName].filter(Boolean).join(' ') || p.position}</div>
              <div className="muted small">
                {p.position}
                {p.unit ? `, ${p.unit}` : ''}
              </div>
              {p.substitute ? <div className="tag">Người dự thay cho {d!.fullName || d!.position}</div> : null}
              {item ? (
                <div className="small st-reason">Lý do: {item.reason}</div>
              ) : (
                <div className="small muted">Chưa có ghế — chọn một ghế để xếp (Enter).</div>
              )}
            </>
          ) : (
            <div className="muted small">Ghế trống. Chọn một người trong danh sách rồi chọn ghế này, hoặc kéo thả.</div>
          )}
          {item ? (
            <div className="row st-detail-actions">
              <button
                type="button"
                className="btn btn-sm"
                data-testid="seat-lock"
                onClick={() => props.onLock(item.delegateId, !item.locked)}
              >
                {item.locked ? (
                  <>
                    <Unlock size={14} /> Mở khóa
                  </>
                ) : (
                  <>
                    <Lock size={14} /> Khóa ghế
                  </>
                )}
              </button>
              <button
                type="button"
                className="btn btn-sm"
                disabled={item.locked}
                data-testid="seat-unseat"
                onClick={() => props.onUnseat(item.delegateId)}
              >
                <UserMinus size={14} /> Bỏ xếp
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <div
        ref={drop.setNodeRef}
        className={`st-unassigned ${drop.isOver ? 'st-unassigned-over' : ''}`}
        data-testid="unassigned-list"
      >
        <div className="st-side-head">Chưa xếp chỗ ({m.unassigned.length})</div>
        {m.unassigned.length ? (
          <ul>
            {m.unassigned.map((u) => (
              <Unseated
                key={u.id}
                d={u}
                m={m}
                picked={props.picked === u.id}
                onPick={(id) => props.onPick(props.picked === id ? null : id)}
              />
            ))}
          </ul>
        ) : (
          <div className="muted small st-empty">Mọi đại biểu đã có chỗ. Kéo một người vào đây để bỏ xếp.</div>
        )}
      </div>
    </aside>
  );
}
