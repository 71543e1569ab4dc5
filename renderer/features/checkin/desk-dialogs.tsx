/** The desk's two short forms: a walk-in (add + check in at once) and a substitute (who came instead). */
import React, { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { Delegate } from '../../../shared/models/delegate';
import { WALK_IN_SECTION, type MarkResult } from '../../../shared/models/checkin';
import { ApiError, call } from '../../api/client';
import { clientId } from './useDesk';
import { personName } from './desk-format';

export interface Person {
  fullName: string;
  rank: string;
  position: string;
  unit: string;
}
const EMPTY: Person = { fullName: '', rank: '', position: '', unit: '' };

/** The four fields; Enter in any of them submits the form once a name is typed. */
function PersonFields({ p, set, onEnter }: { p: Person; set: (p: Person) => void; onEnter: () => void }) {
  const f = (k: keyof Person, label: string, autoFocus = false) => (
    <label className="ck-form-row">
      {label}
      <input
        className="input"
        value={p[k]}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => set({ ...p, [k]: e.target.value })}
        data-testid={`person-${k}`}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (p.fullName.trim()) onEnter();
          }
        }}
      />
    </label>
  );
  return (
    <div className="ck-form">
      {f('fullName', 'Họ và tên', true)}
      {f('rank', 'Cấp bậc')}
      {f('position', 'Chức vụ')}
      {f('unit', 'Đơn vị')}
    </div>
  );
}

/**
 * Someone not on the list: the secretary picks the section they belong to from the conference's own
 * sections. The default is the neutral "Đại biểu đến dự (chưa có trong danh sách)", not the first
 * section: that one is usually the top leaders, and a stranger at the door must not land among them
 * (nor in their introductions) because the secretary pressed Enter; the neutral section is counted
 * as walk-ins and the MC does not greet it.
 */
export function WalkInDialog(props: {
  conferenceId: string;
  open: boolean;
  sections: string[];
  onClose: () => void;
  onDone: (r: MarkResult) => void;
}) {
  const [p, setP] = useState<Person>(EMPTY);
  const [section, setSection] = useState(WALK_IN_SECTION);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const r = await call('checkin.walkIn', {
        conferenceId: props.conferenceId,
        person: { ...p, category: section },
        clientId: clientId(),
      });
      setP(EMPTY);
      setSection(WALK_IN_SECTION);
      setError('');
      props.onDone(r);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      title="Khách không có trong danh sách"
      onClose={props.onClose}
      footer={
        <>
          <button className="btn" onClick={props.onClose}>
            Đóng
          </button>
          <button
            className="btn btn-primary"
            disabled={!p.fullName.trim()}
            onClick={submit}
            data-testid="walkin-submit"
          >
            Thêm và điểm danh
          </button>
        </>
      }
    >
      <p className="ck-muted">Người này sẽ được thêm vào cuối thành phần đã chọn và điểm danh ngay.</p>
      <PersonFields p={p} set={setP} onEnter={submit} />
      <label className="ck-form-row">
        Thành phần
        <select
          className="input"
          value={section}
          onChange={(e) => setSection(e.target.value)}
          data-testid="walkin-section"
        >
          {[WALK_IN_SECTION, ...props.sections.filter((c) => c !== WALK_IN_SECTION)].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </Dialog>
  );
}

export function SubstituteDialog(props: {
  conferenceId: string;
  delegate: Delegate | null;
  onClose: () => void;
  onDone: (r: MarkResult, person: Person) => void;
}) {
  const [p, setP] = useState<Person>(EMPTY);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const d = props.delegate;
  const submit = async () => {
    if (!d || busy) return;
    setBusy(true);
    try {
      const person = { ...p, unit: p.unit || d.unit };
      const r = await call('checkin.substitute', {
        conferenceId: props.conferenceId,
        delegateId: d.id,
        substitute: person,
        clientId: clientId(),
      });
      setP(EMPTY);
      setError('');
      props.onDone(r, person);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={!!d}
      title="Người dự thay"
      onClose={props.onClose}
      footer={
        <>
          <button className="btn" onClick={props.onClose}>
            Đóng
          </button>
          <button
            className="btn btn-primary"
            disabled={!p.fullName.trim()}
            onClick={submit}
            data-testid="substitute-submit"
          >
            Ghi và điểm danh
          </button>
        </>
      }
    >
      {d ? (
        <p className="ck-muted">
          Dự thay cho <b>{personName(d)}</b>
          {d.position ? `, ${d.position}` : ''}
          {d.unit ? ` — ${d.unit}` : ''}. Người dự thay ngồi vào chỗ của đại biểu.
        </p>
      ) : null}
      <PersonFields p={{ ...p, unit: p.unit || (d?.unit ?? '') }} set={setP} onEnter={submit} />
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </Dialog>
  );
}

/** Fix a name, rank or position at the desk (checkin.fix: written to the list and audited). */
export function FixDialog(props: { delegate: Delegate | null; onClose: () => void; onDone: (d: Delegate) => void }) {
  const d = props.delegate;
  const [p, setP] = useState({ fullName: '', rank: '', position: '' });
  const [error, setError] = useState('');
  const [forId, setForId] = useState('');
  if (d && forId !== d.id) {
    setForId(d.id);
    setP({ fullName: d.fullName, rank: d.rank, position: d.position });
    setError('');
  }
  const submit = async () => {
    if (!d) return;
    try {
      const patch = { fullName: p.fullName.trim(), rank: p.rank.trim(), position: p.position.trim() };
      props.onDone(await call('checkin.fix', { delegateId: d.id, patch }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const f = (k: 'fullName' | 'rank' | 'position', label: string, autoFocus = false) => (
    <label className="ck-form-row">
      {label}
      <input
        className="input"
        value={p[k]}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => setP({ ...p, [k]: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && p.fullName.trim()) submit();
        }}
        data-testid={`fix-${k}`}
      />
    </label>
  );
  return (
    <Dialog
      open={!!d}
      title="Sửa tên, cấp bậc, chức vụ"
      onClose={() => {
        setForId('');
        props.onClose();
      }}
      footer={
        <>
          <button
            className="btn"
            onClick={() => {
              setForId('');
              props.onClose();
            }}
          >
            Đóng
          </button>
          <button className="btn btn-primary" disabled={!p.fullName.trim()} onClick={submit} data-testid="fix-submit">
            Lưu
          </button>
        </>
      }
    >
      {d ? (
        <p className="ck-muted">
          Sửa cho <b>{personName(d)}</b>
          {d.unit ? ` — ${d.unit}` : ''}. Thay đổi được ghi vào danh sách đại biểu và nhật ký điểm danh.
        </p>
      ) : null}
      <div className="ck-form">
        {f('fullName', 'Họ và tên', true)}
        {f('rank', 'Cấp bậc')}
        {f('position', 'Chức vụ')}
      </div>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </Dialog>
  );
}
