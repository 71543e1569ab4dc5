/** The register's dialogs: mark as sent (date, method) and record a reply / a substitute. */
import React, { useEffect, useState } from 'react';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import {
  METHOD_LABELS,
  REPLY_LABELS,
  REPLIES,
  SENT_METHODS,
  type RegisterEntry,
} from '../../../shared/models/invitation';
import { RANKS } from '../../../shared/models/delegate';

type Method = (typeof SENT_METHODS)[number];
type Reply = (typeof REPLIES)[number];
const today = () => new Date().toLocaleDateString('sv-SE');

export function MarkSentDialog(props: {
  count: number | null;
  onClose(): void;
  onSubmit(sentAt: string, method: Method): Promise<void>;
}) {
  const [sentAt, setSentAt] = useState(today());
  const [method, setMethod] = useState<Method>('truc_tiep');
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await props.onSubmit(sentAt, method);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.count !== null}
      title={`Đánh dấu đã gửi ${props.count ?? 0} giấy mời`}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            Hủy
          </button>
          <button
            type="submit"
            form="inv-mark-form"
            className="btn btn-primary"
            disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(sentAt)}
            data-testid="mark-confirm"
          >
            Đánh dấu đã gửi
          </button>
        </>
      }
    >
      <form id="inv-mark-form" className="form-grid" onSubmit={submit}>
        <Field label="Ngày gửi">
          {({ id }) => <DateInput id={id} value={sentAt} onChange={setSentAt} required testId="mark-sentAt" />}
        </Field>
        <Field label="Hình thức">
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={method}
              onChange={(e) => setMethod(e.target.value as Method)}
              data-testid="mark-method"
            >
              {SENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
    </Dialog>
  );
}

export interface ReplyValue {
  reply: Reply;
  substitute?: { fullName: string; rank: string; position: string; unit: string };
  note: string;
}

export function ReplyDialog(props: {
  entry: RegisterEntry | null;
  onClose(): void;
  onSubmit(v: ReplyValue): Promise<void>;
}) {
  const e = props.entry;
  const [reply, setReply] = useState<Reply>('none');
  const [sub, setSub] = useState({ fullName: '', rank: '', position: '', unit: '' });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!e) return;
    setReply(e.reply);
    setSub(e.substitute ?? { fullName: '', rank: '', position: '', unit: e.unit });
    setNote(e.note);
  }, [e]);
  const needName = false;
  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    if (needName) return;
    setBusy(true);
    try {
      await props.onSubmit({ reply, note, substitute: reply === 'substitute' ? sub : undefined });
    } finally {
      setBusy(false);
    }
  };
  const who = e ? [e.rank, e.fullName || `${e.position} ${e.unit}`].filter(Boolean).join(' ') : '';
  const text = (k: keyof typeof sub, label: string, list?: string) => (
    <Field label={label} hint={k === 'fullName' ? 'Để trống nếu đơn vị đã báo cử người nhưng chưa có tên.' : undefined}>
      {({ id }) => (
        <input
          id={id}
          className="input"
          list={list}
          value={sub[k]}
          data-testid={`sub-${k}`}
          onChange={(ev) => setSub({ ...sub, [k]: ev.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Dialog
      open={!!e}
      title={`Trả lời: ${who}`}
      onClose={props.onClose}
      width={620}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            Hủy
          </button>
          <button
            type="submit"
            form="inv-reply-form"
            className="btn btn-primary"
            disabled={busy || needName}
            data-testid="reply-save"
          >
            Lưu
          </button>
        </>
      }
    >
      <form id="inv-reply-form" className="form-grid" onSubmit={submit}>
        <fieldset className="radio-group span-2" data-testid="reply-options">
          <legend className="field-label">Trả lời</legend>
          {REPLIES.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="reply"
                value={r}
                checked={reply === r}
                onChange={() => setReply(r)}
                data-testid={`reply-${r}`}
              />{' '}
              {REPLY_LABELS[r]}
            </label>
          ))}
        </fieldset>
        {reply === 'substitute' ? (
          <>
            <div className="form-section">Người dự thay (ngồi ghế, đeo thẻ và điểm danh thay đại biểu)</div>
            {text('fullName', 'Họ và tên')}
            {text('rank', 'Cấp bậc', 'inv-ranks')}
            {text('position', 'Chức vụ')}
            {text('unit', 'Đơn vị')}
            <datalist id="inv-ranks">
              {RANKS.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </>
        ) : null}
        <Field label="Ghi chú" className="span-2">
          {({ id }) => <input id={id} className="input" value={note} onChange={(ev) => setNote(ev.target.value)} />}
        </Field>
      </form>
    </Dialog>
  );
}
