/** One seat on the plan: a drop target, and a drag source when someone sits there. */
import React, { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Lock } from 'lucide-react';
import type { Seat } from '../../../shared/seating/layout';
import { roleLine, seatNameChoices } from '../../../shared/seating/names';
import type { PlanBox } from './HallPlan';
import { fitLines, overflows } from './print/fit';
import type { SeatingModel } from './useSeating';

/** Never smaller than this, on screen or on paper (px): below it a name is guessed, not read. */
export const SEAT_NAME_FLOOR_PX = 7;

/** Narrowed further than this, a name is clipped instead (the full name is in the box's tooltip). */
const MIN_SCALE_X = 0.7;

/**
 * A name in a seat box, whole words only ("Quang Kiên", never "Quan g Kiên"), on one to three
 * lines, never below SEAT_NAME_FLOOR_PX: the first of `names` (seatNameChoices: "Đại tá Nam",
 * "Nguyễn T. Thảo"…) that fits, at most slightly narrowed; else the one that needs the least
 * narrowing. Also the printed chart's.
 */
/** True once the font is loaded: measuring before would measure a fallback font (narrower or wider). */
function useFontReady(family: string): boolean {
  const spec = `400 10px ${family}`;
  const [ready, setReady] = useState(() => document.fonts.check(spec));
  useEffect(() => {
    if (!ready) void document.fonts.load(spec).then(() => setReady(true));
  }, [ready, spec]);
  return ready;
}

export function SeatName({
  names,
  box,
  family = "'Be Vietnam Pro', sans-serif",
}: {
  names: string[];
  box: PlanBox;
  family?: string;
}) {
  const key = names.join('|');
  const ready = useFontReady(family);
  const fit = useMemo(() => {
    const o = {
      family,
      weight: 400,
      widthPx: Math.max(4, box.width - 4),
      heightPx: box.height - 2,
      maxPx: Math.max(SEAT_NAME_FLOOR_PX, (box.height / 0.84) * 0.26),
      lineHeight: 1.1,
      maxLines: 3,
      floorPx: SEAT_NAME_FLOOR_PX,
    };
    const fits = names.map((n) => fitLines(n, o));
    return fits.find((f) => f.scaleX >= 0.8) ?? fits.reduce((a, b) => (b.scaleX > a.scaleX + 0.02 ? b : a));
  }, [key, box.width, box.height, family, ready]); // eslint-disable-line react-hooks/exhaustive-deps
  const ref = useRef<HTMLSpanElement>(null);
  // The browser's layout has the last word: shrink a little if it disagrees (never below the floor),
  // then narrow the lines still wider than the box.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const lines = [...el.children] as HTMLElement[];
    lines.forEach((l) => {
      l.style.transform = '';
    });
    el.style.fontSize = `${fit.fontPx}px`;
    for (let i = 0; i < 12 && overflows(el) && parseFloat(el.style.fontSize) * 0.94 >= SEAT_NAME_FLOOR_PX; i++)
      el.style.fontSize = `${parseFloat(el.style.fontSize) * 0.94}px`;
    const widest = Math.max(...lines.map((l) => l.offsetWidth));
    const scale = Math.max(MIN_SCALE_X, Math.min(1, (el.clientWidth - 1) / (widest || 1)));
    if (scale < 1)
      lines.forEach((l) => {
        l.style.transform = `scaleX(${scale.toFixed(3)})`;
      });
    el.dataset.scale = scale.toFixed(2);
  }, [fit]);
  return (
    <span ref={ref} className="st-seat-name" style={{ fontSize: fit.fontPx }}>
      {fit.lines.map((l, i) => (
        <span key={i}>{l}</span>
      ))}
    </span>
  );
}

export function SeatCell(props: {
  seat: Seat;
  box: PlanBox;
  m: SeatingModel;
  selected: boolean;
  picked: string | null;
  flagged: boolean;
  onActivate(seat: Seat): void;
}) {
  const { seat, box, m } = props;
  const item = m.bySeat.get(seat.id);
  const d = item ? m.byId.get(item.delegateId) : undefined;
  const drop = useDroppable({ id: `s:${seat.id}`, disabled: seat.disabled });
  const drag = useDraggable({
    id: `d:${d?.id ?? 'none'}:${seat.id}`,
    disabled: !d || !!item?.locked,
    data: { delegateId: d?.id },
  });
  const p = d ? m.person(d) : null;
  const title = seat.disabled
    ? `${seat.label} — ghế tắt`
    : p
      ? `${seat.label}\n${[p.rank, p.fullName].filter(Boolean).join(' ') || p.position}\n${roleLine(p)}${p.substitute ? '\n(người dự thay)' : ''}${item?.locked ? '\nĐã khóa' : ''}\n${item?.reason ?? ''}`
      : `${seat.label} — trống`;
  const cls = [
    'st-seat',
    seat.area === 'presidium' ? 'st-seat-stage' : '',
    seat.disabled ? 'st-seat-off' : '',
    d ? 'st-seat-taken' : '',
    item?.locked ? 'st-seat-locked' : '',
    props.selected ? 'st-seat-selected' : '',
    drop.isOver ? 'st-seat-over' : '',
    props.flagged ? 'st-seat-flag' : '',
    drag.isDragging ? 'st-seat-dragging' : '',
    props.picked && !seat.disabled ? 'st-seat-target' : '',
  ].join(' ');
  const setRef = (el: HTMLButtonElement | null) => {
    drop.setNodeRef(el);
    drag.setNodeRef(el);
  };
  return (
    <button
      ref={setRef}
      type="button"
      className={cls}
      title={title}
      disabled={seat.disabled}
      style={{ ...box, background: d ? m.colour(d.category) : undefined }}
      data-testid={`seat-${seat.id}`}
      data-delegate={d?.id ?? ''}
      aria-label={title.replace(/\n/g, '; ')}
      {...drag.attributes}
      {...drag.listeners}
      onClick={() => props.onActivate(seat)}
      onKeyDown={(e) => {
        // Enter places the picked delegate (Space is dnd-kit's keyboard drag).
        if (e.key === 'Enter') {
          e.preventDefault();
          props.onActivate(seat);
          return;
        }
        drag.listeners?.onKeyDown?.(e);
      }}
    >
      {item?.locked ? <Lock className="st-lock" size={9} aria-hidden /> : null}
      {p ? (
        <SeatName names={seatNameChoices(p)} box={box} />
      ) : (
        <span className="st-seat-num">{seat.area === 'presidium' ? seat.seat : `${seat.rowLabel}${seat.seat}`}</span>
      )}
    </button>
  );
}
