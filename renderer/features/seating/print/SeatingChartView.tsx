/**
 * Sơ đồ chỗ ngồi on paper: A4 or A3 landscape, stage at the top, short names in the seats, blocks
 * labelled, the legend of section colours. presidium=1 prints the stage only, with full names.
 * Query: size=a4 (default) | a3; presidium=1.
 */
import React, { useMemo } from 'react';
import { seatsOf } from '../../../../shared/seating/layout';
import { SECTION_PALETTE, roleLine, seatNameChoices } from '../../../../shared/seating/names';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { HallPlan, fitUnit } from '../HallPlan';
import { SeatName } from '../SeatCell';
import { MM, useFitGuard } from './fit';
import { usePrintData } from './usePrintData';
import './print.css';
import '../seating.css';

export function SeatingChartView({ conferenceId, query }: { conferenceId: string; query: URLSearchParams }) {
  const data = usePrintData(conferenceId, new URLSearchParams());
  const hallId = data.seating?.hallId ?? null;
  const hall = useApiQuery('hall.get', hallId ? { id: hallId } : null);
  const a3 = query.get('size') === 'a3';
  const onlyStage = query.get('presidium') === '1';
  const page = a3 ? { w: 420, h: 297 } : { w: 297, h: 210 };
  const seats = useMemo(
    () => (hall.data ? seatsOf(hall.data).filter((s) => !onlyStage || s.area === 'presidium') : []),
    [hall.data, onlyStage],
  );
  const bySeat = useMemo(
    () => new Map(data.people.filter((x) => x.seat).map((x) => [x.seat!.seatId, x])),
    [data.people],
  );
  const sections = useMemo(() => [...new Set(data.people.map((x) => x.d.category))], [data.people]);
  const colour = (c: string) => SECTION_PALETTE[sections.indexOf(c) % SECTION_PALETTE.length];
  const ready = data.ready && !!hall.data;
  useFitGuard('.sc-none', [ready], ready);
  if (data.error ?? hall.error) return <ErrorPanel error={data.error ?? hall.error} />;
  if (data.ready && !hallId) return <p className="pv-empty">Hội nghị chưa chọn hội trường.</p>;
  if (!ready) return <p className="pv-empty">Đang tải…</p>;
  const unit = Math.min(fitUnit(seats, (page.w - 20) * MM), onlyStage ? 140 : 64);
  return (
    <div className="pv-root" data-testid="seating-chart">
      <style>{`@page { size: ${a3 ? 'A3' : 'A4'} landscape; margin: 0; } .sc-page { width: ${page.w}mm; height: ${page.h}mm; }`}</style>
      <div className="pv-toolbar">
        <b>Sơ đồ chỗ ngồi</b> · {a3 ? 'A3' : 'A4'} ngang{onlyStage ? ' · đoàn chủ tịch' : ''}
        <button type="button" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      </div>
      <div className="sc-page">
        <div className="sc-title">{onlyStage ? 'SƠ ĐỒ ĐOÀN CHỦ TỊCH' : 'SƠ ĐỒ CHỖ NGỒI'}</div>
        <div className="sc-sub">
          {data.conference?.title} — {hall.data!.name}
        </div>
        <HallPlan
          hall={hall.data!}
          seats={seats}
          unit={unit}
          className="sc-plan"
          renderSeat={(s, box) => {
            const x = bySeat.get(s.id);
            return (
              <div
                className={`st-seat sc-seat ${s.disabled ? 'st-seat-off' : ''}`}
                style={{ ...box, background: x ? colour(x.d.category) : undefined }}
                data-seat={s.id}
              >
                {x ? (
                  onlyStage ? (
                    <span className="sc-full">
                      <b>{[x.p.rank, x.p.fullName].filter(Boolean).join(' ') || x.p.position}</b>
                      <br />
                      {roleLine(x.p)}
                    </span>
                  ) : (
                    <SeatName names={seatNameChoices(x.p)} box={box} family="Tinos, serif" />
                  )
                ) : (
                  <span className="st-seat-num">{s.area === 'presidium' ? s.seat : `${s.rowLabel}${s.seat}`}</span>
                )}
              </div>
            );
          }}
        />
        <div className="st-legend sc-legend">
          {sections.map((c) => (
            <span key={c} className="st-legend-item">
              <i style={{ background: colour(c) }} />
              {c || 'Chưa phân loại'}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
