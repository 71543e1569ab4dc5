/** One row of the programme (AgendaTab.tsx): kind, title, presenter, minutes, the day's marks; and the form that adds a row. */
import React, { useState } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, Play, Square, Trash2 } from 'lucide-react';
import { call } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { AGENDA_KIND_LABELS, AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../../../shared/models/programme';
import { clockOf, hOf } from '../../../shared/programme/schedule';
import { DelegateSelect } from './DelegateSelect';
import { useRun } from '../../hooks/useRun';

export function Row({
  it,
  index,
  count,
  onMove,
}: {
  it: AgendaItem;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
}) {
  const { run } = useRun();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: it.id });
  const style = { transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 };
  const save = (patch: InputOf<'agenda.update'>['patch']) => run(() => call('agenda.update', { id: it.id, patch }));
  const state = it.finishedAt ? 'done' : it.startedAt ? 'running' : '';
  return (
    <tr
      ref={setNodeRef}
      style={style}
      className={`pg-row ${state ? `pg-${state}` : ''}`}
      data-testid={`agenda-row-${index + 1}`}
      data-title={it.title}
    >
      <td className="pg-handle-cell">
        <button
          type="button"
          className="icon-btn pg-handle"
          aria-label={`Kéo để đổi thứ tự: ${it.title}`}
          {...attributes}
          {...listeners}
          data-testid={`agenda-handle-${index + 1}`}
        >
          <GripVertical size={16} aria-hidden />
        </button>
      </td>
      <td className="pg-time" data-testid={`agenda-time-${index + 1}`}>
        {it.startsAt ? `${hOf(it.startsAt)} – ${hOf(it.endsAt)}` : '—'}
      </td>
      <td>
        <select
          className="select pg-kind"
          aria-label="Loại"
          value={it.kind}
          onChange={(e) => save({ kind: e.target.value as AgendaKind })}
        >
          {AGENDA_KINDS.map((k) => (
            <option key={k} value={k}>
              {AGENDA_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {/* A title wraps on two lines (long titles are the rule: "Báo cáo sơ kết 05 năm thực hiện Đề án…"); Enter saves. */}
        <textarea
          className="textarea pg-title pg-title-text"
          aria-label="Nội dung"
          rows={2}
          defaultValue={it.title}
          key={it.title}
          data-testid={`agenda-title-${index + 1}`}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.blur();
            }
          }}
          onBlur={(e) => {
            const v = e.target.value.replace(/\s+/g, ' ').trim();
            if (v && v !== it.title) void save({ title: v });
          }}
        />
      </td>
      <td>
        <DelegateSelect
          conferenceId={it.conferenceId}
          label="Người thực hiện (đại biểu)"
          value={it.presenterDelegateId}
          onChange={(id) => save({ presenterDelegateId: id })}
        />
        {!it.presenterDelegateId ? (
          <input
            className="input pg-title"
            aria-label="Người thực hiện (ghi tay)"
            placeholder="Ghi tay: Đại diện lãnh đạo Sở…"
            defaultValue={it.presenterText}
            key={it.presenterText}
            onBlur={(e) => e.target.value !== it.presenterText && save({ presenterText: e.target.value })}
          />
        ) : null}
      </td>
      <td>
        <input
          className="input pg-min"
          type="number"
          min={0}
          max={600}
          aria-label="Số phút"
          defaultValue={it.minutes}
          key={it.minutes}
          data-testid={`agenda-minutes-${index + 1}`}
          onBlur={(e) => Number(e.target.value) !== it.minutes && save({ minutes: Number(e.target.value) })}
        />
      </td>
      <td className="pg-marks">
        {it.startedAt ? (
          <span className="small">
            Bắt đầu {clockOf(it.startedAt)}
            {it.finishedAt ? ` · xong ${clockOf(it.finishedAt)}` : ''}
          </span>
        ) : null}
        <div className="pg-row-actions">
          {!it.startedAt || it.finishedAt ? (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => run(() => call('agenda.mark', { id: it.id, event: 'start' }))}
              title="Đánh dấu bắt đầu (giờ hiện tại)"
            >
              <Play size={14} aria-hidden />
              Bắt đầu
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => run(() => call('agenda.mark', { id: it.id, event: 'finish' }))}
              title="Đánh dấu kết thúc"
            >
              <Square size={14} aria-hidden />
              Xong
            </button>
          )}
          <button
            type="button"
            className="icon-btn"
            aria-label="Lên"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <ArrowUp size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label="Xuống"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <ArrowDown size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Xóa mục ${it.title}`}
            onClick={() => run(() => call('agenda.delete', { ids: [it.id] }))}
          >
            <Trash2 size={15} aria-hidden />
          </button>
        </div>
      </td>
    </tr>
  );
}

export function AddItem({ conferenceId }: { conferenceId: string }) {
  const { run } = useRun();
  const [kind, setKind] = useState<AgendaKind>('report');
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(10);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await run(() =>
      call('agenda.create', { conferenceId, kind, title: title.trim() || AGENDA_KIND_LABELS[kind], minutes }),
    );
    if (ok) setTitle('');
  };
  return (
    <form className="pg-add" onSubmit={add} data-testid="agenda-add-form">
      <select
        className="select"
        aria-label="Loại mục"
        value={kind}
        data-testid="agenda-add-kind"
        onChange={(e) => setKind(e.target.value as AgendaKind)}
      >
        {AGENDA_KINDS.map((k) => (
          <option key={k} value={k}>
            {AGENDA_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <input
        className="input pg-add-title"
        aria-label="Nội dung mục mới"
        placeholder="Nội dung (để trống: theo loại)"
        value={title}
        data-testid="agenda-add-title"
        onChange={(e) => setTitle(e.target.value)}
      />
      <input
        className="input pg-min"
        type="number"
        min={0}
        max={600}
        aria-label="Số phút"
        value={minutes}
        data-testid="agenda-add-minutes"
        onChange={(e) => setMinutes(Number(e.target.value))}
      />
      <span className="small muted">phút</span>
      <button type="submit" className="btn btn-primary" data-testid="agenda-add-submit">
        Thêm mục
      </button>
    </form>
  );
}
