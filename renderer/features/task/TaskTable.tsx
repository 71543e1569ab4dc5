/** The task views: by deadline (overdue red, due within 7 days highlighted) and by agency; one click marks a task done. */
import React from 'react';
import { Check, Pencil, RotateCcw, Trash2 } from 'lucide-react';
import { call } from '../../api/client';
import { TASK_SOURCE_LABELS, TASK_STATUS_LABELS, type Task } from '../../../shared/models/task';
import { dmy } from './DueEditor';
import { useRun } from '../../hooks/useRun';

/** By due date, undated last, then in plan order. */
export const byDeadline = (items: Task[]) =>
  [...items].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.position - b.position);

export function groupByAgency(items: Task[]): [string, Task[]][] {
  const m = new Map<string, Task[]>();
  for (const t of items) m.set(t.agency, [...(m.get(t.agency) ?? []), t]);
  return [...m];
}

function DueCell({ t }: { t: Task }) {
  if (!t.due) return <span className="muted small">Không có hạn</span>;
  const [date, rest] = t.dueDate
    ? [dmy(t.dueDate), t.due.kind === 'date' ? '' : t.dueLabel.replace(/^[\d/]+ /, '')]
    : ['', t.dueLabel];
  return (
    <span className="tk-due-cell">
      {date ? <b>{date}</b> : null}
      {rest ? <span className="small muted"> {rest}</span> : null}
      {t.overdue ? (
        <span className="tk-late small"> · quá hạn {-(t.daysLeft ?? 0)} ngày</span>
      ) : t.dueSoon ? (
        <span className="tk-soon-text small"> · còn {t.daysLeft} ngày</span>
      ) : null}
    </span>
  );
}

function Row({ t, n, showAgency, onEdit }: { t: Task; n: number; showAgency: boolean; onEdit: (t: Task) => void }) {
  const { run } = useRun();
  const done = t.status === 'done';
  const cls = done ? 'tk-done' : t.overdue ? 'tk-overdue' : t.dueSoon ? 'tk-soon' : '';
  return (
    <tr className={cls} data-testid={`task-row-${t.id}`} data-status={t.status}>
      <td className="num">{n}</td>
      <td className="tk-col-due">
        <DueCell t={t} />
      </td>
      {showAgency ? (
        <td className="tk-col-agency">
          <b>{t.agency}</b>
          {t.coordinating.length ? <div className="small muted">Phối hợp: {t.coordinating.join('; ')}</div> : null}
        </td>
      ) : null}
      <td className="tk-col-content">
        <div className="tk-content">{t.content}</div>
        {!showAgency && t.coordinating.length ? (
          <div className="small muted">Phối hợp: {t.coordinating.join('; ')}</div>
        ) : null}
        {t.overseer ? <div className="small muted">Chỉ đạo, đôn đốc: {t.overseer}</div> : null}
        {t.note ? <div className="small tk-note">{t.note}</div> : null}
      </td>
      <td className="small">{TASK_SOURCE_LABELS[t.source]}</td>
      <td className="tk-col-status">
        <span className={`tag tk-status-${t.status}`}>
          {TASK_STATUS_LABELS[t.status]}
          {done && t.doneDate ? ` ${dmy(t.doneDate)}` : ''}
        </span>
      </td>
      <td className="tk-col-act nowrap">
        {done ? (
          <button
            type="button"
            className="icon-btn"
            title="Chưa xong"
            aria-label={`Đánh dấu chưa xong: ${t.content.slice(0, 40)}`}
            onClick={() => run(() => call('task.update', { id: t.id, patch: { status: 'doing' } }))}
          >
            <RotateCcw size={15} aria-hidden />
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-sm tk-done-btn"
            onClick={() => run(() => call('task.update', { id: t.id, patch: { status: 'done' } }))}
            data-testid={`task-done-${t.id}`}
          >
            <Check size={14} aria-hidden />
            Xong
          </button>
        )}
        <button
          type="button"
          className="icon-btn"
          title="Sửa"
          aria-label={`Sửa nhiệm vụ: ${t.content.slice(0, 40)}`}
          onClick={() => onEdit(t)}
          data-testid={`task-edit-${t.id}`}
        >
          <Pencil size={15} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-btn"
          title="Xóa"
          aria-label={`Xóa nhiệm vụ: ${t.content.slice(0, 40)}`}
          onClick={() => run(() => call('task.delete', { ids: [t.id] }), 'Đã xóa nhiệm vụ')}
        >
          <Trash2 size={15} aria-hidden />
        </button>
      </td>
    </tr>
  );
}

export function TaskTable({
  items,
  view,
  onEdit,
}: {
  items: Task[];
  view: 'deadline' | 'agency';
  onEdit: (t: Task) => void;
}) {
  const head = (agency: boolean) => (
    <thead>
      <tr>
        <th>STT</th>
        <th>Thời hạn</th>
        {agency ? <th>Cơ quan chủ trì</th> : null}
        <th>Nội dung</th>
        <th>Nguồn</th>
        <th>Trạng thái</th>
        <th aria-label="Thao tác" />
      </tr>
    </thead>
  );
  if (view === 'deadline') {
    return (
      <div className="table-wrap">
        <table className="table tk-table" data-testid="task-table">
          {head(true)}
          <tbody>
            {byDeadline(items).map((t, i) => (
              <Row key={t.id} t={t} n={i + 1} showAgency onEdit={onEdit} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table tk-table" data-testid="task-table-agency">
        {head(false)}
        {groupByAgency(items).map(([agency, list]) => {
          const done = list.filter((t) => t.status === 'done').length;
          const late = list.filter((t) => t.overdue).length;
          return (
            <tbody key={agency} data-testid={`task-agency-${agency}`}>
              <tr className="section-row tk-agency-row">
                <td colSpan={6}>
                  <b>{agency}</b>{' '}
                  <span className="small muted">
                    — xong {done}/{list.length}
                  </span>
                  {late ? <span className="tk-late small"> · {late} quá hạn</span> : null}
                </td>
              </tr>
              {byDeadline(list).map((t, i) => (
                <Row key={t.id} t={t} n={i + 1} showAgency={false} onEdit={onEdit} />
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
