/** Add or edit one task: who (chủ trì, phối hợp), what, by when (the rule), who oversees, status, note. */
import React, { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { TASK_STATUS, TASK_STATUS_LABELS, type Task, type TaskFields } from '../../../shared/models/task';
import { DmyInput, DueEditor } from './DueEditor';
import { useRun } from '../../hooks/useRun';

type Form = Pick<TaskFields, 'agency' | 'content' | 'due' | 'overseer' | 'status' | 'doneDate' | 'note'> & {
  coordinating: string;
};

const empty: Form = {
  agency: '',
  coordinating: '',
  content: '',
  due: null,
  overseer: '',
  status: 'todo',
  doneDate: null,
  note: '',
};
const fromTask = (t: Task): Form => ({
  agency: t.agency,
  coordinating: t.coordinating.join('; '),
  content: t.content,
  due: t.due,
  overseer: t.overseer,
  status: t.status,
  doneDate: t.doneDate,
  note: t.note,
});
/** "Sở A; Sở B" (semicolons: agency names hold commas). */
export const splitList = (s: string) =>
  s
    .split(/;|\n/)
    .map((x) => x.trim())
    .filter(Boolean);

export function TaskDialog(props: { conferenceId: string; task: Task | null; open: boolean; onClose: () => void }) {
  const { run } = useRun();
  const [f, setF] = useState<Form>(empty);
  useEffect(() => {
    if (props.open) setF(props.task ? fromTask(props.task) : empty);
  }, [props.open, props.task]);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((x) => ({ ...x, [k]: v }));
  const save = async () => {
    const fields = { ...f, coordinating: splitList(f.coordinating), doneDate: f.status === 'done' ? f.doneDate : null };
    const ok = props.task
      ? await run(() => call('task.update', { id: props.task!.id, patch: fields }), 'Đã lưu nhiệm vụ')
      : await run(
          () => call('task.create', { conferenceId: props.conferenceId, ...fields, source: 'manual' }),
          'Đã thêm nhiệm vụ',
        );
    if (ok) props.onClose();
  };
  return (
    <Dialog
      open={props.open}
      title={props.task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'}
      onClose={props.onClose}
      width={680}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            Hủy
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!f.agency.trim() || !f.content.trim()}
            onClick={save}
            data-testid="task-dialog-save"
          >
            Lưu
          </button>
        </>
      }
    >
      <div className="form-grid tk-form">
        <label className="field">
          <span className="field-label">Cơ quan chủ trì</span>
          <input
            className="input"
            value={f.agency}
            onChange={(e) => set('agency', e.target.value)}
            data-testid="task-agency"
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field-label">
            Cơ quan phối hợp <span className="muted small">(cách nhau bằng dấu ;)</span>
          </span>
          <input className="input" value={f.coordinating} onChange={(e) => set('coordinating', e.target.value)} />
        </label>
        <label className="field tk-wide">
          <span className="field-label">Nội dung nhiệm vụ</span>
          <textarea
            className="textarea"
            rows={4}
            value={f.content}
            onChange={(e) => set('content', e.target.value)}
            data-testid="task-content"
          />
        </label>
        <div className="field tk-wide">
          <span className="field-label">Thời hạn</span>
          <DueEditor value={f.due} onChange={(d) => set('due', d)} testId="task-due" />
        </div>
        <label className="field">
          <span className="field-label">Chỉ đạo, đôn đốc</span>
          <input className="input" value={f.overseer} onChange={(e) => set('overseer', e.target.value)} />
        </label>
        <div className="field">
          <span className="field-label">Trạng thái</span>
          <span className="tk-due">
            <select
              className="select"
              aria-label="Trạng thái"
              value={f.status}
              onChange={(e) => set('status', e.target.value as Form['status'])}
            >
              {TASK_STATUS.map((s) => (
                <option key={s} value={s}>
                  {TASK_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            {f.status === 'done' ? (
              <DmyInput label="Ngày xong" value={f.doneDate} onChange={(d) => set('doneDate', d)} />
            ) : null}
          </span>
        </div>
        <label className="field tk-wide">
          <span className="field-label">Ghi chú</span>
          <input className="input" value={f.note} onChange={(e) => set('note', e.target.value)} />
        </label>
      </div>
    </Dialog>
  );
}
