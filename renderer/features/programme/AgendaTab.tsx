/**
 * The programme: items in order with computed start times, the overrun warning, drag (or Alt+↑/↓)
 * to reorder, and on the day the start/finish marks with the running delay.
 */
import React, { useState } from 'react';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, FileDown, GripVertical, Play, Printer, Square, Trash2 } from 'lucide-react';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefPrint } from '../../router';
import { AGENDA_KIND_LABELS, AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../../../shared/models/programme';
import { clockOf, hOf } from '../../../shared/programme/schedule';
import { DelegateSelect } from './DelegateSelect';
import { useRun } from '../../hooks/useRun';

function Row({ it, index, count, onMove }: { it: AgendaItem; index: number; count: number; onMove: (from: number, to: number) => void }) {
  const { run } = useRun();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: it.id });
  const style = { transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 };
  const save = (patch: Parameters<typeof api.agenda.update>[0]['patch']) => run(() => api.agenda.update({ id: it.id, patch }));
  const state = it.finishedAt ? 'done' : it.startedAt ? 'running' : '';
  return (
    <tr ref={setNodeRef} style={style} className={`pg-row ${state ? `pg-${state}` : ''}`} data-testid={`agenda-row-${index + 1}`} data-title={it.title}>
      <td className="pg-handle-cell">
        <button type="button" className="icon-btn pg-handle" aria-label={`Kéo để đổi thứ tự: ${it.title}`} {...attributes} {...listeners} data-testid={`agenda-handle-${index + 1}`}>
          <GripVertical size={16} aria-hidden />
        </button>
      </td>
      <td className="pg-time" data-testid={`agenda-time-${index + 1}`}>{it.startsAt ? `${hOf(it.startsAt)} – ${hOf(it.endsAt)}` : '—'}</td>
      <td>
        <select className="select pg-kind" aria-label="Loại" value={it.kind} onChange={(e) => save({ kind: e.target.value as AgendaKind })}>
          {AGENDA_KINDS.map((k) => <option key={k} value={k}>{AGENDA_KIND_LABELS[k]}</option>)}
        </select>
        <input className="input pg-title" aria-label="Nội dung" defaultValue={it.title} key={it.title}
          onBlur={(e) => e.target.value !== it.title && save({ title: e.target.value })} />
      </td>
      <td>
        <DelegateSelect conferenceId={it.conferenceId} label="Người thực hiện (đại biểu)" value={it.presenterDelegateId} onChange={(id) => save({ presenterDelegateId: id })} />
        {!it.presenterDelegateId ? (
          <input className="input pg-title" aria-label="Người thực hiện (ghi tay)" placeholder="Ghi tay: Đại diện lãnh đạo Sở…" defaultValue={it.presenterText} key={it.presenterText}
            onBlur={(e) => e.target.value !== it.presenterText && save({ presenterText: e.target.value })} />
        ) : null}
      </td>
      <td>
        <input className="input pg-min" type="number" min={0} max={600} aria-label="Số phút" defaultValue={it.minutes} key={it.minutes}
          data-testid={`agenda-minutes-${index + 1}`}
          onBlur={(e) => Number(e.target.value) !== it.minutes && save({ minutes: Number(e.target.value) })} />
      </td>
      <td className="pg-marks">
        {it.startedAt ? <span className="small">Bắt đầu {clockOf(it.startedAt)}{it.finishedAt ? ` · xong ${clockOf(it.finishedAt)}` : ''}</span> : null}
        <div className="pg-row-actions">
          {!it.startedAt || it.finishedAt ? (
            <button type="button" className="btn btn-sm" onClick={() => run(() => api.agenda.mark({ id: it.id, event: 'start' }))} title="Đánh dấu bắt đầu (giờ hiện tại)"><Play size={14} aria-hidden />Bắt đầu</button>
          ) : (
            <button type="button" className="btn btn-sm" onClick={() => run(() => api.agenda.mark({ id: it.id, event: 'finish' }))} title="Đánh dấu kết thúc"><Square size={14} aria-hidden />Xong</button>
          )}
          <button type="button" className="icon-btn" aria-label="Lên" disabled={index === 0} onClick={() => onMove(index, index - 1)}><ArrowUp size={15} aria-hidden /></button>
          <button type="button" className="icon-btn" aria-label="Xuống" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}><ArrowDown size={15} aria-hidden /></button>
          <button type="button" className="icon-btn" aria-label={`Xóa mục ${it.title}`} onClick={() => run(() => api.agenda.delete({ ids: [it.id] }))}><Trash2 size={15} aria-hidden /></button>
        </div>
      </td>
    </tr>
  );
}

function AddItem({ conferenceId }: { conferenceId: string }) {
  const { run } = useRun();
  const [kind, setKind] = useState<AgendaKind>('report');
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(10);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await run(() => api.agenda.create({ conferenceId, kind, title: title.trim() || AGENDA_KIND_LABELS[kind], minutes }));
    if (ok) setTitle('');
  };
  return (
    <form className="pg-add" onSubmit={add} data-testid="agenda-add-form">
      <select className="select" aria-label="Loại mục" value={kind} data-testid="agenda-add-kind" onChange={(e) => setKind(e.target.value as AgendaKind)}>
        {AGENDA_KINDS.map((k) => <option key={k} value={k}>{AGENDA_KIND_LABELS[k]}</option>)}
      </select>
      <input className="input pg-add-title" aria-label="Nội dung mục mới" placeholder="Nội dung (để trống: theo loại)" value={title} data-testid="agenda-add-title" onChange={(e) => setTitle(e.target.value)} />
      <input className="input pg-min" type="number" min={0} max={600} aria-label="Số phút" value={minutes} data-testid="agenda-add-minutes" onChange={(e) => setMinutes(Number(e.target.value))} />
      <span className="small muted">phút</span>
      <button type="submit" className="btn btn-primary" data-testid="agenda-add-submit">Thêm mục</button>
    </form>
  );
}

export function AgendaTab({ conferenceId }: { conferenceId: string }) {
  const q = useApiQuery('agenda.list', { conferenceId });
  const conf = useApiQuery('conference.get', { id: conferenceId });
  const { run, download } = useRun();
  // The dragged order shows until the list reloads after the save (clearing it at once would flash the old order).
  const [optimistic, setOptimistic] = useState<{ items: AgendaItem[]; base: unknown } | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const data = q.data;
  const items = optimistic && optimistic.base === data ? optimistic.items : data?.items ?? [];
  const move = async (from: number, to: number) => {
    const next = arrayMove(items, from, to);
    setOptimistic({ items: next, base: data });
    const saved = await run(() => api.agenda.reorder({ conferenceId, orderedIds: next.map((i) => i.id) }));
    if (saved === undefined) setOptimistic(null);
    else q.reload();
  };
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    void move(items.findIndex((i) => i.id === e.active.id), items.findIndex((i) => i.id === e.over!.id));
  };
  const delay = data?.delayMinutes ?? null;
  return (
    <div className="stack">
      <div className="pg-head">
        <div className="pg-summary" data-testid="agenda-summary">
          {conf.data?.startsAt ? <span>Khai mạc <b>{hOf(conf.data.startsAt)}</b></span> : <span className="pg-warn-text">Chưa đặt giờ bắt đầu hội nghị (mục Thông tin hội nghị)</span>}
          {data?.plannedEnd ? <span>Dự kiến kết thúc <b data-testid="agenda-planned-end">{hOf(data.plannedEnd)}</b></span> : null}
          {conf.data?.endsAt ? <span>Kế hoạch kết thúc <b>{hOf(conf.data.endsAt)}</b></span> : null}
          <span>{data?.plannedMinutes ?? 0} phút</span>
          {delay !== null ? <span className={delay > 0 ? 'pg-late' : 'pg-ontime'} data-testid="agenda-delay">{delay > 0 ? `Chậm ${delay} phút` : delay < 0 ? `Sớm ${-delay} phút` : 'Đúng giờ'}</span> : null}
        </div>
        <div className="actions">
          <a className="btn" href={hrefPrint('programme', conferenceId)} target="_blank" rel="noreferrer" data-testid="agenda-print"><Printer size={16} aria-hidden />Bản in</a>
          <button type="button" className="btn btn-primary" data-testid="agenda-docx" onClick={() => download(() => api.document.programme({ conferenceId }))}><FileDown size={16} aria-hidden />Tải chương trình (.docx)</button>
        </div>
      </div>
      {data?.overrunMinutes ? (
        <div className="panel panel-warn" role="alert" data-testid="agenda-overrun">
          Chương trình vượt giờ kết thúc {data.overrunMinutes} phút (dự kiến {hOf(data.plannedEnd)}, kế hoạch {hOf(conf.data?.endsAt ?? null)}). Hãy rút ngắn hoặc bỏ bớt mục.
        </div>
      ) : null}
      <div className="table-wrap">
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <table className="table pg-table pg-agenda" data-testid="agenda-table">
            <thead><tr><th aria-label="Kéo" /><th>Thời gian</th><th>Nội dung</th><th>Người thực hiện</th><th>Phút</th><th>Trong ngày</th></tr></thead>
            <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
              <tbody>
                {items.map((it, i) => <Row key={it.id} it={it} index={i} count={items.length} onMove={move} />)}
                {!items.length && !q.loading ? <tr><td colSpan={6} className="muted">Chưa có mục nào. Thêm các mục theo trình tự: tuyên bố lý do → báo cáo → tham luận → phát biểu chỉ đạo → trao thưởng → kết luận.</td></tr> : null}
              </tbody>
            </SortableContext>
          </table>
        </DndContext>
      </div>
      <AddItem conferenceId={conferenceId} />
    </div>
  );
}
