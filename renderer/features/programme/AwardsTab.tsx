/** Awards: adding a decision, each decision with its list (AwardDecisionCard.tsx), batches on stage. */
import React, { useState } from 'react';
import { FileDown } from 'lucide-react';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { DelegateSelect } from './DelegateSelect';
import { useRun } from '../../hooks/useRun';
import { DecisionCard } from './AwardDecisionCard';

function NewDecision({ conferenceId }: { conferenceId: string }) {
  const { run } = useRun();
  const [f, setF] = useState({
    number: '',
    date: '',
    authority: 'Chủ tịch UBND tỉnh',
    form: 'Bằng khen',
    plannedCollectives: 20,
    plannedIndividuals: 20,
  });
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setF({ ...f, [k]: e.target.type === 'number' ? Number(e.target.value) : e.target.value });
  return (
    <form
      className="pg-add"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => call('award.decision.create', { conferenceId, ...f, date: f.date || null }),
          'Đã thêm quyết định',
        );
      }}
    >
      <input
        className="input"
        aria-label="Số quyết định"
        placeholder="Số: 2345/QĐ-UBND"
        value={f.number}
        onChange={set('number')}
        data-testid="decision-number"
      />
      <DateInput
        className="pg-date"
        ariaLabel="Ngày quyết định"
        value={f.date}
        onChange={(date) => setF({ ...f, date })}
        testId="decision-date"
      />
      <input className="input" aria-label="Cấp khen" value={f.authority} onChange={set('authority')} />
      <input className="input pg-form" aria-label="Hình thức" value={f.form} onChange={set('form')} />
      <label className="small muted">
        Kế hoạch{' '}
        <input
          className="input pg-min"
          type="number"
          min={0}
          aria-label="Số tập thể theo kế hoạch"
          value={f.plannedCollectives}
          onChange={set('plannedCollectives')}
        />{' '}
        tập thể
      </label>
      <label className="small muted">
        <input
          className="input pg-min"
          type="number"
          min={0}
          aria-label="Số cá nhân theo kế hoạch"
          value={f.plannedIndividuals}
          onChange={set('plannedIndividuals')}
        />{' '}
        cá nhân
      </label>
      <button type="submit" className="btn btn-primary" data-testid="decision-add">
        Thêm quyết định
      </button>
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
      {o?.decisions.map((d) => (
        <DecisionCard key={d.id} d={d} />
      ))}
      <NewDecision conferenceId={conferenceId} />
      <section className="card card-pad stack" aria-label="Các đợt trao thưởng">
        <div className="pg-head">
          <div className="row">
            <b>Các đợt trao thưởng</b>
            <label className="small">
              Tối đa{' '}
              <input
                className="input pg-min"
                type="number"
                min={1}
                max={50}
                value={max}
                onChange={(e) => setMax(Number(e.target.value))}
                aria-label="Số người tối đa mỗi đợt"
                data-testid="batch-max"
              />{' '}
              người mỗi đợt
            </label>
            <button
              type="button"
              className="btn"
              onClick={() => run(() => call('award.batches.plan', { conferenceId, maxPerBatch: max }))}
              data-testid="batch-plan"
            >
              Chia đợt
            </button>
            {!o?.hasCheckins ? (
              <span className="small muted">Chưa có dữ liệu điểm danh: coi như mọi người đều có mặt.</span>
            ) : null}
          </div>
          <button
            type="button"
            className="btn"
            onClick={() => download(() => call('document.awardLineup', { conferenceId }))}
          >
            <FileDown size={16} aria-hidden />
            Thứ tự lên nhận (.docx)
          </button>
        </div>
        {o?.batches.map((b) => (
          <div key={b.no} className="pg-batch" data-testid={`batch-${b.no}`}>
            <b>Đợt {b.no}</b>
            <span className="small muted">{b.recipientIds.length} người</span>
            <DelegateSelect
              conferenceId={conferenceId}
              label={`Lãnh đạo trao đợt ${b.no}`}
              value={b.presenterDelegateId}
              onChange={(id) =>
                run(() =>
                  call('award.batch.update', { conferenceId, no: b.no, presenterDelegateId: id, presenterText: '' }),
                )
              }
            />
            <ol className="pg-lineup small">
              {b.recipientIds
                .map((id) => byId.get(id))
                .filter((r) => r)
                .map((r) => (
                  <li key={r!.id}>
                    {`${r!.rank} ${r!.name}`.trim()}
                    {r!.seat ? <span className="pg-seat muted"> — {r!.seat}</span> : null}
                  </li>
                ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
