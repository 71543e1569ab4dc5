/**
 * The presidium chooser of the seating page: who sits on the stage (No. 1 in the centre, then the
 * order chosen here) and who takes the rows of honour. Pre-filled with a proposal (the chair of the
 * conference, the highest guests, the heads of units: shared/seating/presidium.ts) until the
 * secretary saves a choice; "Tự xếp chỗ" then seats exactly these people, in this order.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { ArrowDown, ArrowUp, RotateCcw, Save, X } from 'lucide-react';
import type { Conference } from '../../../shared/models/conference';
import { badgeTypeOf, isStaffType } from '../../../shared/seating/names';
import { proposeStage } from '../../../shared/seating/presidium';
import { foldDiacritics } from '../../../shared/text/normalize';
import { call } from '../../api/client';
import { useToast } from '../../components/Toast';
import type { SeatingModel } from './useSeating';

/** The saved choice, or the proposal when nothing is saved yet. Staff and press (by badge type) are never proposed. */
export function useStageChoice(
  m: SeatingModel,
  conference: Pick<Conference, 'chair' | 'sectionBadges'> | undefined,
  frontRows: number,
) {
  const chair = conference?.chair ?? '';
  const sectionBadges = conference?.sectionBadges;
  const stageSeats = m.seats.filter((s) => s.area === 'presidium' && !s.disabled).length;
  const honourSeats = m.seats.filter((s) => s.area === 'floor' && !s.disabled && s.row <= frontRows).length;
  return useMemo(() => {
    const people = [...m.byId.values()]
      .filter((d) => !m.absent.has(d.id))
      .map((d) => ({ ...d, staff: isStaffType(badgeTypeOf(d, sectionBadges)) }));
    const proposal = proposeStage(people, chair, stageSeats, Math.min(honourSeats, 12));
    const saved = m.rules?.presidiumIds?.length ? m.rules : null;
    return {
      chairId: proposal.chairId,
      stageSeats,
      proposal,
      saved: !!saved,
      presidiumIds: saved ? saved.presidiumIds!.filter((id) => m.byId.has(id)) : proposal.presidiumIds,
      honourIds: saved ? (saved.honourIds ?? []).filter((id) => m.byId.has(id)) : proposal.honourIds,
    };
  }, [m.byId, m.absent, m.rules, chair, sectionBadges, stageSeats, honourSeats]);
}
export type StageChoice = ReturnType<typeof useStageChoice>;

function PeopleList({
  title,
  ids,
  setIds,
  m,
  chairId,
  testid,
  limit,
}: {
  title: string;
  ids: string[];
  setIds(ids: string[]): void;
  m: SeatingModel;
  chairId: string | null;
  testid: string;
  limit?: number;
}) {
  const [q, setQ] = useState('');
  const move = (i: number, d: number) => {
    const n = [...ids];
    [n[i], n[i + d]] = [n[i + d], n[i]];
    setIds(n);
  };
  const label = (id: string) => {
    const d = m.byId.get(id)!;
    return [d.rank, d.fullName].filter(Boolean).join(' ') || d.position;
  };
  const fq = foldDiacritics(q);
  const hits =
    fq.length < 2
      ? []
      : [...m.byId.values()]
          .filter((d) => !ids.includes(d.id) && foldDiacritics(`${d.fullName} ${d.position} ${d.unit}`).includes(fq))
          .slice(0, 8);
  return (
    <div className="st-pres-list" data-testid={testid}>
      <div className="st-pres-head">
        {title} ({ids.length}
        {limit !== undefined ? `/${limit} ghế` : ''})
      </div>
      {limit !== undefined && ids.length > limit ? (
        <div className="panel panel-warn st-warn">
          Sân khấu chỉ có {limit} ghế: {ids.length - limit} người cuối danh sách sẽ xuống hàng ghế dưới.
        </div>
      ) : null}
      <ol>
        {ids.map((id, i) => {
          const d = m.byId.get(id)!;
          return (
            <li key={id} data-testid={`${testid}-item`} data-delegate={id}>
              <span className="st-pres-no">{i + 1}</span>
              <span className="st-pres-who">
                <b>{label(id)}</b>
                {id === chairId ? <span className="tag st-pres-chair">Chủ trì</span> : null}
                <span className="muted small">{[d.position, d.unit].filter(Boolean).join(', ')}</span>
              </span>
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                aria-label={`Đưa ${label(id)} lên trước`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <ArrowUp size={14} />
              </button>
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                aria-label={`Đưa ${label(id)} xuống sau`}
                disabled={i === ids.length - 1}
                onClick={() => move(i, 1)}
              >
                <ArrowDown size={14} />
              </button>
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                aria-label={`Bỏ ${label(id)} khỏi danh sách`}
                onClick={() => setIds(ids.filter((x) => x !== id))}
              >
                <X size={14} />
              </button>
            </li>
          );
        })}
      </ol>
      <input
        className="input"
        placeholder="Thêm người: gõ tên, chức vụ hoặc đơn vị…"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid={`${testid}-search`}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits.length === 1) {
            setIds([...ids, hits[0].id]);
            setQ('');
          }
        }}
      />
      {hits.length ? (
        <ul className="st-pres-hits">
          {hits.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                data-testid={`${testid}-add-${d.id}`}
                onClick={() => {
                  setIds([...ids, d.id]);
                  setQ('');
                }}
              >
                + {label(d.id)} <span className="muted small">{[d.position, d.unit].filter(Boolean).join(', ')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PresidiumPanel({
  m,
  conferenceId,
  choice,
  frontRows,
  onClose,
}: {
  m: SeatingModel;
  conferenceId: string;
  choice: StageChoice;
  frontRows: number;
  onClose(): void;
}) {
  const toast = useToast();
  const [stage, setStage] = useState(choice.presidiumIds);
  const [honour, setHonour] = useState(choice.honourIds);
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify([choice.presidiumIds, choice.honourIds]);
  useEffect(() => {
    setStage(choice.presidiumIds);
    setHonour(choice.honourIds);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const setStageIds = (ids: string[]) => {
    setStage(ids);
    setHonour(honour.filter((id) => !ids.includes(id)));
  };
  const setHonourIds = (ids: string[]) => {
    setHonour(ids);
    setStage(stage.filter((id) => !ids.includes(id)));
  };
  const save = async () => {
    if (!m.hallId) return;
    setBusy(true);
    try {
      await call('seating.setPlan', {
        conferenceId,
        hallId: m.hallId,
        rules: { presidiumCount: stage.length, presidiumIds: stage, honourIds: honour, frontRows },
      });
      toast.success(
        `Đã lưu đoàn chủ tịch (${stage.length} người) và hàng danh dự (${honour.length} người). Bấm “Tự xếp chỗ” để xếp.`,
      );
      m.reload();
    } catch (e) {
      toast.error(`Không lưu được đoàn chủ tịch: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card card-pad st-pres" aria-label="Đoàn chủ tịch và hàng danh dự" data-testid="presidium-panel">
      <div className="st-rules-head">
        <b>Đoàn chủ tịch và hàng danh dự</b>
        <span className="muted small">
          {choice.saved
            ? 'Danh sách đã lưu.'
            : 'Đề xuất: người chủ trì, khách cấp cao, người đứng đầu các đơn vị — hãy xem lại rồi lưu.'}{' '}
          Số 1 ngồi giữa, số 2 bên phải số 1, số 3 bên trái số 1 (nhìn từ sân khấu), xen kẽ ra hai bên.
          {choice.chairId
            ? null
            : ' Chưa tìm thấy người chủ trì (mục “Chủ trì” của hội nghị) trong danh sách đại biểu.'}
        </span>
      </div>
      <div className="st-pres-grid">
        <PeopleList
          title="Đoàn chủ tịch"
          ids={stage}
          setIds={setStageIds}
          m={m}
          chairId={choice.chairId}
          testid="pres-stage"
          limit={choice.stageSeats}
        />
        <PeopleList
          title={`Hàng danh dự (hàng 1–${frontRows})`}
          ids={honour}
          setIds={setHonourIds}
          m={m}
          chairId={choice.chairId}
          testid="pres-honour"
        />
      </div>
      <div className="row st-rules-actions">
        <button
          type="button"
          className="btn btn-sm"
          data-testid="pres-propose"
          onClick={() => {
            setStage(choice.proposal.presidiumIds);
            setHonour(choice.proposal.honourIds);
          }}
        >
          <RotateCcw size={14} /> Lấy lại đề xuất
        </button>
        <span className="spacer" />
        <button type="button" className="btn btn-sm" onClick={onClose}>
          Đóng
        </button>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          disabled={busy || !m.hallId}
          onClick={save}
          data-testid="pres-save"
        >
          <Save size={14} /> Lưu danh sách
        </button>
      </div>
    </section>
  );
}
