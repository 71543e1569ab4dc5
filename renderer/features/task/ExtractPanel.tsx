/** Paste a plan (or its "Tổ chức thực hiện") → the tasks found, to edit, drop or accept. */
import React, { useState } from 'react';
import { ClipboardPaste, X } from 'lucide-react';
import { call } from '../../api/client';
import type { TaskDraft } from '../../../shared/models/task';
import { dueLabel } from '../../../shared/task/deadline';
import { DueEditor } from './DueEditor';
import { splitList } from './TaskDialog';
import { useRun } from '../../hooks/useRun';

type Row = TaskDraft & { key: number; keep: boolean };

/** The draft list, editable in place; used for a plan here and for a notice's items on the conclusions page. */
export function DraftEditor({
  rows,
  onChange,
  conferenceDate,
  testId = 'draft',
}: {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  conferenceDate: string | null;
  testId?: string;
}) {
  const set = (key: number, patch: Partial<Row>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="table-wrap">
      <table className="table tk-table tk-drafts" data-testid={`${testId}-table`}>
        <thead>
          <tr>
            <th>Nhận</th>
            <th>Cơ quan chủ trì / phối hợp</th>
            <th>Nội dung</th>
            <th>Thời hạn</th>
            <th aria-label="Bỏ" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} className={r.keep ? '' : 'tk-dropped'} data-testid={`${testId}-row-${i}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label="Nhận nhiệm vụ này"
                  checked={r.keep}
                  onChange={(e) => set(r.key, { keep: e.target.checked })}
                />
              </td>
              <td className="tk-col-agency">
                <input
                  className="input"
                  aria-label="Cơ quan chủ trì"
                  value={r.agency}
                  onChange={(e) => set(r.key, { agency: e.target.value })}
                />
                <input
                  className="input small"
                  aria-label="Cơ quan phối hợp"
                  placeholder="Phối hợp (cách nhau bằng ;)"
                  value={r.coordinating.join('; ')}
                  onChange={(e) => set(r.key, { coordinating: splitList(e.target.value) })}
                />
                {r.overseer ? <div className="small muted">Chỉ đạo, đôn đốc: {r.overseer}</div> : null}
              </td>
              <td>
                <textarea
                  className="textarea tk-draft-content"
                  aria-label="Nội dung"
                  value={r.content}
                  onChange={(e) => set(r.key, { content: e.target.value })}
                />
              </td>
              <td className="tk-col-due">
                <DueEditor value={r.due} onChange={(due) => set(r.key, { due, dueText: '' })} />
                <div className="small muted" data-testid={`${testId}-due-${i}`}>
                  {dueLabel(r.due, conferenceDate) || 'Không có hạn'}
                </div>
                {r.dueText ? <div className="small muted">“{r.dueText}”</div> : null}
              </td>
              <td>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label="Bỏ nhiệm vụ này"
                  onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                >
                  <X size={15} aria-hidden />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

let seq = 0;
export const toRows = (items: TaskDraft[]): Row[] => items.map((t) => ({ ...t, key: ++seq, keep: true }));
export const fromRows = (rows: Row[]): TaskDraft[] =>
  rows.filter((r) => r.keep && r.agency.trim() && r.content.trim()).map(({ key: _k, keep: _p, ...t }) => t);
export type DraftRow = Row;

export function ExtractPanel({
  conferenceId,
  conferenceDate,
  onDone,
}: {
  conferenceId: string;
  conferenceDate: string | null;
  onDone: () => void;
}) {
  const { run } = useRun();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const read = async () => {
    const r = await run(() => call('task.extract', { conferenceId, text }));
    if (r) setRows(toRows(r.items));
  };
  const accept = async () => {
    const items = fromRows(rows ?? []);
    if (!items.length) return;
    const r = await run(
      () => call('task.createMany', { conferenceId, items: items.map((t) => ({ ...t, source: 'plan' as const })) }),
      `Đã thêm ${items.length} nhiệm vụ`,
    );
    if (r) {
      setRows(null);
      setText('');
      onDone();
    }
  };
  const kept = rows?.filter((r) => r.keep).length ?? 0;
  return (
    <div className="stack">
      <p className="muted small">
        Dán mục “Tổ chức thực hiện” của kế hoạch (hoặc cả kế hoạch). Phần mềm đọc các cơ quan, nhiệm vụ và thời hạn;
        kiểm tra, sửa rồi bấm “Thêm”. Thời hạn không đọc được để trống, không bao giờ đoán.
      </p>
      <textarea
        className="textarea tk-paste"
        aria-label="Văn bản kế hoạch"
        placeholder="III. TỔ CHỨC THỰC HIỆN&#10;1. Sở Ngoại vụ:&#10;- Chủ trì, phối hợp … trước ngày 15/7/2024;"
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="task-paste"
      />
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!text.trim()}
          onClick={read}
          data-testid="task-extract"
        >
          <ClipboardPaste size={16} aria-hidden />
          Đọc nhiệm vụ
        </button>
        {rows ? (
          <span className="muted small" data-testid="task-found">
            Tìm thấy {rows.length} nhiệm vụ
          </span>
        ) : null}
      </div>
      {rows ? (
        <>
          {rows.length ? (
            <DraftEditor rows={rows} onChange={setRows} conferenceDate={conferenceDate} />
          ) : (
            <div className="panel panel-warn">
              Không tìm thấy nhiệm vụ nào. Hãy dán mục “Tổ chức thực hiện”, mỗi cơ quan một dòng đầu mục (“1. Sở Nội vụ:
              …”).
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!kept}
              onClick={accept}
              data-testid="task-accept"
            >
              Thêm {kept} nhiệm vụ
            </button>
            <button type="button" className="btn" onClick={() => setRows(null)}>
              Bỏ
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
