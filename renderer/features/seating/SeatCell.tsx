/** One seat on the plan: a drop target, and a drag source when someone sits there. */
import React, { useLayoutEffect, useMemo, useRef } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Lock } from 'lucide-react';
import type { Seat } from '../../../shared/seating/layout';
import { roleLine, shortName } from '../../../shared/seating/names';
import type { PlanBox } from './HallPlan';
import { fitText, overflows } from './print/fit';
import type { SeatingModel } from './useSeating';

/**
 * A short name in a seat box, whole words only ("Quang Kiên", never "Quan g Kiên"): one line, or two
 * split between words, shrunk to fit the box. Also used by the printed seating chart.
 */
export function SeatName({ name, box, family = "'Be Vietnam Pro', sans-serif" }: { name: string; box: PlanBox; family?: string }) {
  const fit = useMemo(() => {
    const base = Math.max(7, (box.height / 0.84) * 0.26);
    return fitText(name, { family, weight: 400, widthPx: Math.max(4, box.width - 4) * 0.92, heightPx: box.height - 2, maxPx: base, minOneLinePx: base, lineHeight: 1.1 });
  }, [name, box.width, box.height, family]);
  const ref = useRef<HTMLSpanElement>(null);
  // A whole name may be long: if the browser's layout disagrees with the measurement, shrink a little more.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.fontSize = `${Math.max(4, fit.fontPx)}px`;
    for (let i = 0; i < 12 && overflows(el); i++) el.style.fontSize = `${parseFloat(el.style.fontSize) * 0.94}px`;
  }, [fit]);
  return <span ref={ref} className="st-seat-name" style={{ fontSize: Math.max(4, fit.fontPx) }}>{fit.lines.map((l, i) => <span key={i}>{l}</span>)}</span>;
}

export function SeatCell(props: {
  seat: Seat; box: PlanBox; m: SeatingModel; selected: boolean; picked: string | null; flagged: boolean;
  onActivate(seat: Seat): void;
}) {
  const { seat, box, m } = props;
  const item = m.bySeat.get(seat.id);
  const d = item ? m.byId.get(item.delegateId) : undefined;
  const drop = useDroppable({ id: `s:${seat.id}`, disabled: seat.disabled });
  const drag = useDraggable({ id: `d:${d?.id ?? 'none'}:${seat.id}`, disabled: !d || !!item?.locked, data: { delegateId: d?.id } });
  const p = d ? m.person(d) : null;
  const title = seat.disabled ? `${seat.label} — ghế tắt`
    : p ? `${seat.label}\n${[p.rank, p.fullName].filter(Boolean).join(' ') || p.position}\n${roleLine(p)}${p.substitute ? '\n(người dự thay)' : ''}${item?.locked ? '\nĐã khóa' : ''}\n${item?.reason ?? ''}`
    : `${seat.label} — trống`;
  const cls = ['st-seat', seat.area === 'presidium' ? 'st-seat-stage' : '', seat.disabled ? 'st-seat-off' : '', d ? 'st-seat-taken' : '',
    item?.locked ? 'st-seat-locked' : '', props.selected ? 'st-seat-selected' : '', drop.isOver ? 'st-seat-over' : '',
    props.flagged ? 'st-seat-flag' : '', drag.isDragging ? 'st-seat-dragging' : '', props.picked && !seat.disabled ? 'st-seat-target' : ''].join(' ');
  const setRef = (el: HTMLButtonElement | null) => { drop.setNodeRef(el); drag.setNodeRef(el); };
  return (
    <button
      ref={setRef} type="button" className={cls} title={title} disabled={seat.disabled}
      style={{ ...box, background: d ? m.colour(d.category) : undefined }}
      data-testid={`seat-${seat.id}`} data-delegate={d?.id ?? ''} aria-label={title.replace(/\n/g, '; ')}
      {...drag.attributes} {...drag.listeners}
      onClick={() => props.onActivate(seat)}
      onKeyDown={(e) => {
        // Enter places the picked delegate (Space is dnd-kit's keyboard drag).
        if (e.key === 'Enter') { e.preventDefault(); props.onActivate(seat); return; }
        drag.listeners?.onKeyDown?.(e);
      }}
    >
      {item?.locked ? <Lock className="st-lock" size={9} aria-hidden /> : null}
      {p ? <SeatName name={shortName(p)} box={box} /> : <span className="st-seat-num">{seat.area === 'presidium' ? seat.seat : `${seat.rowLabel}${seat.seat}`}</span>}
    </button>
  );
}
