/** One award decision: its recipients (linked to delegates, seats, presence), the file import and pasting from Excel. */
import { useState } from 'react';
import { FileDown, Trash2 } from 'lucide-react';
import { call } from '../../api/client';
import type { Decision, RecipientFields } from '../../../shared/models/programme';
import { splitRank } from '../../../shared/text/ranks';
import { DelegateSelect } from './DelegateSelect';
import { useRun } from '../../hooks/useRun';
import { AwardImport } from './AwardImport';

/**
 * Rows pasted from Excel, tab-separated. Tập thể: "Tên tập thể ⇥ Thành tích";
 * cá nhân: "Cấp bậc Họ và tên ⇥ Chức vụ ⇥ Đơn vị ⇥ Thành tích".
 */
export function parsePasted(
  text: string,
  kind: 'collective' | 'individual',
): Omit<RecipientFields, 'delegateId' | 'absentAction' | 'receiverText'>[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.split('\t').map((c) => c.trim()))
    .filter((c) => c[0])
    .map((c) => {
      if (kind === 'collective') return { kind, name: c[0], rank: '', position: '', unit: '', achievement: c[1] ?? '' };
      const { rank, name } = splitRank(c[0]);
      return { kind, name, rank, position: c[1] ?? '', unit: c[2] ?? '', achievement: c[3] ?? '' };
    });
}

export function DecisionCard({ d }: { d: Decision }) {
  const { run, download } = useRun();
  const [kind, setKind] = useState<'collective' | 'individual'>('collective');
  const [text, setText] = useState('');
  const add = async () => {
    const items = parsePasted(text, kind).map((r) => ({
      ...r,
      receiverText: '',
      delegateId: null,
      absentAction: '' as const,
    }));
    if (
      items.length &&
      (await run(
        () => call('award.recipient.createMany', { decisionId: d.id, items }),
        `Đã thêm ${items.length} ${kind === 'collective' ? 'tập thể' : 'cá nhân'}`,
      ))
    )
      setText('');
  };
  const hasSeats = d.recipients.some((r) => r.seat);
  const count = (n: number, plan: number, what: string) => (
    <span className={plan && n !== plan ? 'pg-late' : ''}>
      {n}
      {plan ? `/${plan}` : ''} {what}
    </span>
  );
  return (
    <section className="card card-pad pg-decision" data-testid="award-decision">
      <div className="pg-head">
        <div>
          <b>
            {d.form} của {d.authority}
          </b>{' '}
          · Quyết định số {d.number || '…'}
          {d.date ? ` ngày ${d.date.split('-').reverse().join('/')}` : ''}
          <div className="pg-summary small" data-testid="award-counts">
            {count(d.collectives, d.plannedCollectives, 'tập thể')}
            {count(d.individuals, d.plannedIndividuals, 'cá nhân')}
          </div>
        </div>
        <div className="actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={() =>
              download(() => call('document.awardList', { conferenceId: d.conferenceId, decisionId: d.id }))
            }
          >
            <FileDown size={14} aria-hidden />
            Danh sách (.docx)
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label="Xóa quyết định"
            onClick={() => run(() => call('award.decision.delete', { id: d.id }))}
          >
            <Trash2 size={15} aria-hidden />
          </button>
        </div>
      </div>
      {d.recipients.length ? (
        <div className="table-wrap pg-recipients">
          <table className="table">
            <thead>
              <tr>
                <th>TT</th>
                <th>Tập thể / cá nhân</th>
                <th>Thành tích</th>
                <th>Đại biểu (người lên nhận)</th>
                <th>Đợt</th>
                {hasSeats ? <th>Chỗ ngồi</th> : null}
                <th>Có mặt</th>
                <th aria-label="Xóa" />
              </tr>
            </thead>
            <tbody>
              {d.recipients.map((r) => (
                <tr key={r.id}>
                  <td className="num">{r.order}</td>
                  <td>
                    {r.kind === 'collective' ? r.name : `${r.rank} ${r.name}`.trim()}
                    {r.kind === 'individual' && (r.position || r.unit) ? (
                      <div className="small muted">
                        {r.position} {r.unit}
                      </div>
                    ) : null}
                  </td>
                  <td className="small">{r.achievement}</td>
                  <td className="pg-link">
                    {/* Linking to a delegate brings the seat, the check-in presence and the MC's name form. */}
                    <DelegateSelect
                      conferenceId={d.conferenceId}
                      label={`Đại biểu lên nhận: ${r.name}`}
                      value={r.delegateId}
                      testId={`award-link-${r.id}`}
                      onChange={(id) =>
                        run(() => call('award.recipient.update', { id: r.id, patch: { delegateId: id } }))
                      }
                    />
                  </td>
                  <td className="num">{r.batchNo ?? '—'}</td>
                  {hasSeats ? (
                    <td className="pg-seat small" data-testid="award-seat">
                      {r.seat ?? '—'}
                    </td>
                  ) : null}
                  <td>
                    {r.present === null ? (
                      <span className="muted">—</span>
                    ) : r.present ? (
                      'Có'
                    ) : (
                      <select
                        className="select"
                        aria-label="Vắng thì"
                        value={r.absentAction}
                        onChange={(e) =>
                          run(() =>
                            call('award.recipient.update', { id: r.id, patch: { absentAction: e.target.value as '' } }),
                          )
                        }
                      >
                        <option value="">Vắng — chưa xử lý</option>
                        <option value="representative">Vắng — đại diện nhận thay</option>
                        <option value="skip">Vắng — không gọi lên</option>
                      </select>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label="Xóa"
                      onClick={() => run(() => call('award.recipient.delete', { id: r.id }))}
                    >
                      <Trash2 size={14} aria-hidden />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <AwardImport conferenceId={d.conferenceId} decisionId={d.id} />
      <div className="pg-paste">
        <select
          className="select"
          aria-label="Loại"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'collective')}
        >
          <option value="collective">Tập thể</option>
          <option value="individual">Cá nhân</option>
        </select>
        <textarea
          className="textarea"
          aria-label="Dán danh sách từ Excel"
          data-testid="award-paste"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            kind === 'collective'
              ? 'Dán từ Excel, mỗi dòng: Tên tập thể ⇥ Thành tích'
              : 'Dán từ Excel, mỗi dòng: Cấp bậc Họ và tên ⇥ Chức vụ ⇥ Đơn vị ⇥ Thành tích'
          }
        />
        <button type="button" className="btn" onClick={add} data-testid="award-paste-submit">
          Thêm vào danh sách
        </button>
      </div>
    </section>
  );
}
