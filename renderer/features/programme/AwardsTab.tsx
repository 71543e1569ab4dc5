/** Awards: decisions with their lists (counts against the plan), pasting recipients from Excel, batches on stage. */
import React, { useState } from 'react';
import { FileDown, Trash2 } from 'lucide-react';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import type { Decision, RecipientFields } from '../../../shared/models/programme';
import { splitRank } from '../../../shared/text/ranks';
import { DelegateSelect } from './DelegateSelect';
import { useRun } from '../../hooks/useRun';
import { AwardImport } from './AwardImport';

/**
 * Rows pasted from Excel, tab-separated. Tập thể: "Tên tập thể ⇥ Thành tích";
 * cá nhân: "Cấp bậc Họ và tên ⇥ Chức vụ ⇥ Đơn vị ⇥ Thành tích".
 */
export function parsePasted(text: string, kind: 'collective' | 'individual'): Omit<RecipientFields, 'delegateId' | 'absentAction' | 'receiverText'>[] {
  return text.split(/\r?\n/).map((l) => l.split('\t').map((c) => c.trim())).filter((c) => c[0]).map((c) => {
    if (kind === 'collective') return { kind, name: c[0], rank: '', position: '', unit: '', achievement: c[1] ?? '' };
    const { rank, name } = splitRank(c[0]);
    return { kind, name, rank, position: c[1] ?? '', unit: c[2] ?? '', achievement: c[3] ?? '' };
  });
}

function DecisionCard({ d }: { d: Decision }) {
  const { run, download } = useRun();
  const [kind, setKind] = useState<'collective' | 'individual'>('collective');
  const [text, setText] = useState('');
  const add = async () => {
    const items = parsePasted(text, kind).map((r) => ({ ...r, receiverText: '', delegateId: null, absentAction: '' as const }));
    if (items.length && (await run(() => call('award.recipient.createMany', { decisionId: d.id, items }), `Đã thêm ${items.length} ${kind === 'collective' ? 'tập thể' : 'cá nhân'}`))) setText('');
  };
  const hasSeats = d.recipients.some((r) => r.seat);
  const count = (n: number, plan: number, what: string) => (
    <span className={plan && n !== plan ? 'pg-late' : ''}>{n}{plan ? `/${plan}` : ''} {what}</span>
  );
  return (
    <section className="card card-pad pg-decision" data-testid="award-decision">
      <div className="pg-head">
        <div>
          <b>{d.form} của {d.authority}</b> · Quyết định số {d.number || '…'}{d.date ? ` ngày ${d.date.split('-').reverse().join('/')}` : ''}
          <div className="pg-summary small" data-testid="award-counts">{count(d.collectives, d.plannedCollectives, 'tập thể')}{count(d.individuals, d.plannedIndividuals, 'cá nhân')}</div>
        </div>
        <div className="actions">
          <button type="button" className="btn btn-sm" onClick={() => download(() => call('document.awardList', { conferenceId: d.conferenceId, decisionId: d.id }))}><FileDown size={14} aria-hidden />Danh sách (.docx)</button>
          <button type="button" className="icon-btn" aria-label="Xóa quyết định" onClick={() => run(() => call('award.decision.delete', { id: d.id }))}><Trash2 size={15} aria-hidden /></button>
        </div>
      </div>
      {d.recipients.length ? (
        <div className="table-wrap pg-recipients">
          <table className="table">
            <thead><tr><th>TT</th><th>Tập thể / cá nhân</th><th>Thành tích</th><th>Đại biểu (người lên nhận)</th><th>Đợt</th>{hasSeats ? <th>Chỗ ngồi</th> : null}<th>Có mặt</th><th aria-label="Xóa" /></tr></thead>
            <tbody>
              {d.recipients.map((r) => (
                <tr key={r.id}>
                  <td className="num">{r.order}</td>
                  <td>{r.kind === 'collective' ? r.name : `${r.rank} ${r.name}`.trim()}{r.kind === 'individual' && (r.position || r.unit) ? <div className="small muted">{r.position} {r.unit}</div> : null}</td>
                  <td className="small">{r.achievement}</td>
                  <td className="pg-link">
                    {/* Linking to a delegate brings the seat, the check-in presence and the MC's name form. */}
                    <DelegateSelect conferenceId={d.conferenceId} label={`Đại biểu lên nhận: ${r.name}`} value={r.delegateId}
                      testId={`award-link-${r.id}`} onChange={(id) => run(() => call('award.recipient.update', { id: r.id, patch: { delegateId: id } }))} />
                  </td>
                  <td className="num">{r.batchNo ?? '—'}</td>
                  {hasSeats ? <td className="pg-seat small" data-testid="award-seat">{r.seat ?? '—'}</td> : null}
                  <td>{r.present === null ? <span className="muted">—</span> : r.present ? 'Có' : (
                    <select className="select" aria-label="Vắng thì" value={r.absentAction} onChange={(e) => run(() => call('award.recipient.update', { id: r.id, patch: { absentAction: e.target.value as '' } }))}>
                      <option value="">Vắng — chưa xử lý</option><option value="representative">Vắng — đại diện nhận thay</option><option value="skip">Vắng — không gọi lên</option>
                    </select>)}
                  </td>
                  <td><button type="button" className="icon-btn" aria-label="Xóa" onClick={() => run(() => call('award.recipient.delete', { id: r.id }))}><Trash2 size={14} aria-hidden /></button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <AwardImport conferenceId={d.conferenceId} decisionId={d.id} />
      <div className="pg-paste">
        <select className="select" aria-label="Loại" value={kind} onChange={(e) => setKind(e.target.value as 'collective')}>
          <option value="collective">Tập thể</option><option value="individual">Cá nhân</option>
        </select>
        <textarea className="textarea" aria-label="Dán danh sách từ Excel" data-testid="award-paste" value={text} onChange={(e) => setText(e.target.value)}
          placeholder={kind === 'collective' ? 'Dán từ Excel, mỗi dòng: Tên tập thể ⇥ Thành tích' : 'Dán từ Excel, mỗi dòng: Cấp bậc Họ và tên ⇥ Chức vụ ⇥ Đơn vị ⇥ Thành tích'} />
        <button type="button" className="btn" onClick={add} data-testid="award-paste-submit">Thêm vào danh sách</button>
      </div>
    </section>
  );
}

function NewDecision({ conferenceId }: { conferenceId: string }) {
  const { run } = useRun();
  const [f, setF] = useState({ number: '', date: '', authority: 'Chủ tịch UBND tỉnh', form: 'Bằng khen', plannedCollectives: 20, plannedIndividuals: 20 });
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [k]: e.target.type === 'number' ? Number(e.target.value) : e.target.value });
  return (
    <form className="pg-add" onSubmit={(e) => { e.preventDefault(); void run(() => call('award.decision.create', { conferenceId, ...f, date: f.date || null }), 'Đã thêm quyết định'); }}>
      <input className="input" aria-label="Số quyết định" placeholder="Số: 2345/QĐ-UBND" value={f.number} onChange={set('number')} data-testid="decision-number" />
      <DateInput className="pg-date" ariaLabel="Ngày quyết định" value={f.date} onChange={(date) => setF({ ...f, date })} testId="decision-date" />
      <input className="input" aria-label="Cấp khen" value={f.authority} onChange={set('authority')} />
      <input className="input pg-form" aria-label="Hình thức" value={f.form} onChange={set('form')} />
      <label className="small muted">Kế hoạch <input className="input pg-min" type="number" min={0} aria-label="Số tập thể theo kế hoạch" value={f.plannedCollectives} onChange={set('plannedCollectives')} /> tập thể</label>
      <label className="small muted"><input className="input pg-min" type="number" min={0} aria-label="Số cá nhân theo kế hoạch" value={f.plannedIndividuals} onChange={set('plannedIndividuals')} /> cá nhân</label>
      <button type="submit" className="btn btn-primary" data-testid="decision-add">Thêm quyết định</button>
    </form>
  );
}

export function AwardsTab({ conferenceId }: { conferenceId: string }) {
  const q = useApiQuery('award.list', { conferenceId });
  const { run, download } = useRun();
  const [max, setMax] = useState(10);
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const o = q.data;
  const byId = new Map(o?.decisions.flatMap((d) => d.recipients.map((r) => [r.id, r] as const)) ?? []);
  return (
    <div className="stack">
      {o?.decisions.map((d) => <DecisionCard key={d.id} d={d} />)}
      <NewDecision conferenceId={conferenceId} />
      <section className="card card-pad stack" aria-label="Các đợt trao thưởng">
        <div className="pg-head">
          <div className="row">
            <b>Các đợt trao thưởng</b>
            <label className="small">Tối đa <input className="input pg-min" type="number" min={1} max={50} value={max} onChange={(e) => setMax(Number(e.target.value))} aria-label="Số người tối đa mỗi đợt" data-testid="batch-max" /> người mỗi đợt</label>
            <button type="button" className="btn" onClick={() => run(() => call('award.batches.plan', { conferenceId, maxPerBatch: max }))} data-testid="batch-plan">Chia đợt</button>
            {!o?.hasCheckins ? <span className="small muted">Chưa có dữ liệu điểm danh: coi như mọi người đều có mặt.</span> : null}
          </div>
          <button type="button" className="btn" onClick={() => download(() => call('document.awardLineup', { conferenceId }))}><FileDown size={16} aria-hidden />Thứ tự lên nhận (.docx)</button>
        </div>
        {o?.batches.map((b) => (
          <div key={b.no} className="pg-batch" data-testid={`batch-${b.no}`}>
            <b>Đợt {b.no}</b><span className="small muted">{b.recipientIds.length} người</span>
            <DelegateSelect conferenceId={conferenceId} label={`Lãnh đạo trao đợt ${b.no}`} value={b.presenterDelegateId}
              onChange={(id) => run(() => call('award.batch.update', { conferenceId, no: b.no, presenterDelegateId: id, presenterText: '' }))} />
            <ol className="pg-lineup small">
              {b.recipientIds.map((id) => byId.get(id)).filter((r) => r).map((r) => (
                <li key={r!.id}>{`${r!.rank} ${r!.name}`.trim()}{r!.seat ? <span className="pg-seat muted"> — {r!.seat}</span> : null}</li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
