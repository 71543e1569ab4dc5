/** Speech assignments (phân công tham luận): the appendix's rows, hand-in status, overdue flags, who speaks on the day. */
import React, { useState } from 'react';
import { FileDown, ListPlus, Paperclip, Trash2 } from 'lucide-react';
import { call, downloadBase64, fileToBase64 } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';
import { DateInput } from '../../components/DateInput';
import { ErrorPanel } from '../../components/ErrorPanel';
import { SPEECH_STATUS_LABELS, SPEECH_STATUSES, type Speech } from '../../../shared/models/programme';
import { useRun } from '../../hooks/useRun';

const dmy = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

function Row({ s }: { s: Speech }) {
  const { run } = useRun();
  const save = (patch: InputOf<'speech.update'>['patch']) => run(() => call('speech.update', { id: s.id, patch }));
  return (
    <tr className={s.overdue ? 'pg-overdue' : ''} data-testid={`speech-row-${s.position}`}>
      <td className="num">{s.position}</td>
      <td>
        <textarea
          className="textarea pg-unit"
          rows={2}
          aria-label="Tên đơn vị"
          defaultValue={s.unit}
          key={s.unit}
          onBlur={(e) => e.target.value !== s.unit && save({ unit: e.target.value })}
        />
      </td>
      <td>
        <textarea
          className="textarea pg-topic"
          aria-label="Nội dung tham luận"
          defaultValue={s.topic}
          key={s.topic}
          onBlur={(e) => e.target.value !== s.topic && save({ topic: e.target.value })}
        />
      </td>
      <td>
        <input
          className="input"
          aria-label="Ghi chú (người trình bày)"
          defaultValue={s.presenterNote}
          key={s.presenterNote}
          onBlur={(e) => e.target.value !== s.presenterNote && save({ presenterNote: e.target.value })}
        />
      </td>
      <td>
        <input
          className="input pg-min"
          type="number"
          min={1}
          max={60}
          aria-label="Số phút"
          defaultValue={s.minutes}
          key={s.minutes}
          onBlur={(e) => Number(e.target.value) !== s.minutes && save({ minutes: Number(e.target.value) })}
        />
      </td>
      <td>
        <DateInput
          className="pg-date"
          ariaLabel="Hạn nộp"
          value={s.dueDate ?? ''}
          testId={`speech-due-${s.position}`}
          onCommit={(v) => (v || null) !== s.dueDate && save({ dueDate: v || null })}
        />
        {s.overdue ? (
          <div className="pg-late small" data-testid={`speech-overdue-${s.position}`}>
            Quá hạn {dmy(s.dueDate)}
          </div>
        ) : null}
      </td>
      <td>
        <select
          className="select"
          aria-label="Tình trạng nộp"
          value={s.status}
          onChange={(e) => save({ status: e.target.value as Speech['status'] })}
        >
          {SPEECH_STATUSES.map((k) => (
            <option key={k} value={k}>
              {SPEECH_STATUS_LABELS[k]}
            </option>
          ))}
        </select>
        <Attachment s={s} />
      </td>
      <td>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={s.spoken}
            onChange={(e) => save({ spoken: e.target.checked })}
            data-testid={`speech-spoken-${s.position}`}
          />
          Trình bày
        </label>
        {s.spoken ? (
          <input
            className="input pg-min"
            type="number"
            min={1}
            aria-label="Thứ tự trình bày"
            defaultValue={s.spokenOrder ?? ''}
            key={s.spokenOrder}
            onBlur={(e) =>
              e.target.value &&
              Number(e.target.value) !== s.spokenOrder &&
              save({ spokenOrder: Number(e.target.value) })
            }
          />
        ) : null}
      </td>
      <td>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Xóa tham luận của ${s.unit}`}
          onClick={() => run(() => call('speech.delete', { id: s.id }))}
        >
          <Trash2 size={15} aria-hidden />
        </button>
      </td>
    </tr>
  );
}

const MAX_MB = 20;

/** The tham luận's text file: attach (sets "Đã nộp file") and download. */
function Attachment({ s }: { s: Speech }) {
  const { run, toast } = useRun();
  const pick = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    if (f.size > MAX_MB * 1048576) {
      toast.error(`Tệp "${f.name}" quá lớn (tối đa ${MAX_MB} MB)`);
      return;
    }
    await run(
      async () => call('speech.attach', { speechId: s.id, fileName: f.name, contentBase64: await fileToBase64(f) }),
      `Đã lưu tệp tham luận của ${s.unit}`,
    );
  };
  const get = async () => {
    const f = await run(() => call('speech.attachment', { speechId: s.id }));
    if (f) downloadBase64(f.fileName, f.contentBase64, 'application/octet-stream');
  };
  return (
    <div className="pg-attach">
      {s.attachmentName ? (
        <button
          type="button"
          className="pg-link small"
          onClick={get}
          title="Tải tệp tham luận"
          data-testid={`speech-file-${s.position}`}
        >
          {s.attachmentName}
        </button>
      ) : null}
      <label className="btn btn-sm" title="Đính kèm tệp tham luận (tối đa 20 MB)">
        <Paperclip size={14} aria-hidden />
        {s.attachmentName ? 'Thay tệp' : 'Đính kèm'}
        <input
          type="file"
          className="pg-file"
          onChange={pick}
          aria-label={`Đính kèm tệp tham luận của ${s.unit}`}
          data-testid={`speech-attach-${s.position}`}
        />
      </label>
    </div>
  );
}

export function SpeechesTab({ conferenceId }: { conferenceId: string }) {
  const q = useApiQuery('speech.list', { conferenceId });
  const { run, download } = useRun();
  const [unit, setUnit] = useState('');
  const [due, setDue] = useState('');
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const items = q.data?.items ?? [];
  const overdue = items.filter((s) => s.overdue).length;
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!unit.trim()) return;
    if (await run(() => call('speech.create', { conferenceId, unit, dueDate: due || null }))) setUnit('');
  };
  return (
    <div className="stack">
      <div className="pg-head">
        <div className="pg-summary">
          <span>
            <b>{items.length}</b> đơn vị được phân công
          </span>
          <span>
            <b>{items.filter((s) => s.status !== 'pending').length}</b> đã nộp
          </span>
          <span>
            <b>{items.filter((s) => s.spoken).length}</b> trình bày tại hội nghị
          </span>
          {overdue ? (
            <span className="pg-late" data-testid="speech-overdue-count">
              {overdue} quá hạn chưa nộp
            </span>
          ) : null}
        </div>
        <div className="actions">
          <button
            type="button"
            className="btn"
            data-testid="speech-to-agenda"
            onClick={() =>
              run(
                () => call('agenda.fromSpeeches', { conferenceId }),
                'Đã đưa các tham luận trình bày vào chương trình',
              )
            }
          >
            <ListPlus size={16} aria-hidden />
            Đưa vào chương trình
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="speech-docx"
            onClick={() => download(() => call('document.speechAssignments', { conferenceId }))}
          >
            <FileDown size={16} aria-hidden />
            Phụ lục (.docx)
          </button>
        </div>
      </div>
      <div className="table-wrap">
        <table className="table pg-table" data-testid="speech-table">
          <thead>
            <tr>
              <th>STT</th>
              <th>Tên đơn vị</th>
              <th>Nội dung tham luận</th>
              <th>Ghi chú</th>
              <th>Phút</th>
              <th>Hạn nộp</th>
              <th>Tình trạng</th>
              <th>Tại hội nghị</th>
              <th aria-label="Xóa" />
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <Row key={s.id} s={s} />
            ))}
            {!items.length && !q.loading ? (
              <tr>
                <td colSpan={9} className="muted">
                  Chưa có phân công tham luận.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <form className="pg-add" onSubmit={add}>
        <input
          className="input pg-add-title"
          aria-label="Tên đơn vị được phân công"
          placeholder="Tên đơn vị (Công an tỉnh, Sở Xây dựng…)"
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          data-testid="speech-add-unit"
        />
        <label className="small muted" htmlFor="pg-due">
          Hạn nộp
        </label>
        <DateInput id="pg-due" className="pg-date" value={due} onChange={setDue} testId="speech-add-due" warnPast />
        <button type="submit" className="btn btn-primary" data-testid="speech-add-submit">
          Thêm đơn vị
        </button>
      </form>
    </div>
  );
}
