/**
 * The hall drawn to scale, stage at the top: the stage band with the presidium rows, the blocks
 * with their names and row labels. Each seat is rendered by the caller (a drop target on the
 * seating page, a toggle in the editor, a printed box in the chart).
 */
import React from 'react';
import type { HallFieldsInput } from '../../../shared/models/hall';
import type { Seat } from '../../../shared/seating/layout';

export interface PlanBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Everything about a hall's drawing at a given scale (px per seat width). */
export function planGeometry(hall: HallFieldsInput, seats: Seat[], unit: number) {
  const xs = seats.map((s) => s.cx);
  const minX = Math.min(...xs, 0) - 0.5 - 1.2;
  const maxX = Math.max(...xs, 1) + 0.5 + 0.3;
  const minY = Math.min(...seats.map((s) => s.cy), 0) - 1.6;
  const maxY = Math.max(...seats.map((s) => s.cy), 0) + 0.6;
  const box = (s: Seat): PlanBox => {
    const w = s.area === 'presidium' ? 1.1 : 0.9;
    return {
      left: (s.cx - minX - w / 2) * unit,
      top: (s.cy - minY - 0.42) * unit,
      width: w * unit,
      height: 0.84 * unit,
    };
  };
  return {
    width: (maxX - minX) * unit,
    height: (maxY - minY) * unit,
    minX,
    minY,
    box,
    stageRows: hall.stage?.rows?.length ?? 0,
  };
}

/** The largest scale at which the plan fits `width` px (between 14 and 64 px per seat). */
export function fitUnit(seats: Seat[], width: number): number {
  const xs = seats.map((s) => s.cx);
  const span = Math.max(...xs, 1) - Math.min(...xs, 0) + 2.5;
  return Math.max(14, Math.min(64, Math.floor(width / span)));
}

export function HallPlan(props: {
  hall: HallFieldsInput;
  seats: Seat[];
  unit: number;
  className?: string;
  renderSeat: (seat: Seat, box: PlanBox) => React.ReactNode;
}) {
  const { hall, seats, unit } = props;
  const g = planGeometry(hall, seats, unit);
  const stage = seats.filter((s) => s.area === 'presidium');
  const firstFloorRow = seats.filter((s) => s.area === 'floor' && s.row === 1);
  const rowLabels = new Map<string, { top: number; left: number; text: string }>();
  for (const s of seats) {
    if (s.area !== 'floor' || s.x !== 0) continue;
    const b = g.box(s);
    rowLabels.set(s.id, { top: b.top + b.height / 2, left: b.left - 4, text: s.rowLabel });
  }
  const blocks = hall.blocks.map((b, bi) => {
    const first = firstFloorRow.filter((s) => s.blockIndex === bi);
    if (!first.length) return null;
    const left = Math.min(...first.map((s) => g.box(s).left));
    const right = Math.max(...first.map((s) => g.box(s).left + g.box(s).width));
    return { name: b.name, left, width: right - left, top: g.box(first[0]).top - unit * 0.75 };
  });
  const stageTop = stage.length ? Math.min(...stage.map((s) => g.box(s).top)) - unit * 0.6 : 0;
  const stageBottom = stage.length
    ? Math.max(...stage.map((s) => g.box(s).top + g.box(s).height)) + unit * 0.25
    : unit * 0.9;
  return (
    <div
      className={`st-plan ${props.className ?? ''}`}
      style={{ width: g.width, height: g.height, fontSize: Math.max(7, unit * 0.26) }}
      data-testid="seating-plan"
    >
      <div
        className="st-stage"
        style={{
          top: Math.max(0, stageTop),
          height: stageBottom - Math.max(0, stageTop),
          left: unit * 1.2,
          right: unit * 0.3,
        }}
      >
        <span className="st-stage-label">SÂN KHẤU{stage.length ? ' · Đoàn chủ tịch' : ''}</span>
      </div>
      {blocks.map(
        (b) =>
          b && (
            <div
              key={b.name}
              className="st-block-label"
              style={{ left: b.left, width: b.width, top: b.top, height: unit * 0.6 }}
            >
              Khu {b.name}
            </div>
          ),
      )}
      {[...rowLabels.entries()].map(([id, r]) => (
        <div key={`r-${id}`} className="st-row-label" style={{ top: r.top, left: r.left }} aria-hidden>
          {r.text}
        </div>
      ))}
      {seats.map((s) => (
        <React.Fragment key={s.id}>{props.renderSeat(s, g.box(s))}</React.Fragment>
      ))}
    </div>
  );
}
