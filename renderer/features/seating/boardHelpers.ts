/** Small pieces of the seating board (SeatingPage.tsx): the canvas width, the drop target under the pointer, the warnings. */
import { useCallback, useRef, useState } from 'react';
import { closestCenter, pointerWithin, type CollisionDetection, type Modifier } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import type { SeatingModel } from './useSeating';

/** Width of an element that may mount later (the page shows "Đang tải…" first): a callback ref. */
export function useWidth(): [number, (el: HTMLDivElement | null) => void] {
  const [w, setW] = useState(800);
  const ro = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLDivElement | null) => {
    ro.current?.disconnect();
    if (!el) return;
    setW(el.clientWidth);
    ro.current = new ResizeObserver(() => setW(el.clientWidth));
    ro.current.observe(el);
  }, []);
  return [w, ref];
}

/** The seat under the pointer; the keyboard (no pointer) gets the nearest seat. */
export const collision: CollisionDetection = (args) => {
  const hit = pointerWithin(args);
  return hit.length ? hit : closestCenter(args);
};

/**
 * The drag chip rides below-right of the pointer: drawn from the pointer's corner it covered the seat
 * under the pointer, so the secretary could not see which seat she was about to drop on.
 */
export const besidePointer: Modifier = ({ activatorEvent, draggingNodeRect: r, transform }) => {
  if (!r) return transform;
  const at = (activatorEvent && getEventCoordinates(activatorEvent)) || {
    x: r.left + r.width / 2,
    y: r.top + r.height / 2,
  };
  return { ...transform, x: transform.x + at.x - r.left + 14, y: transform.y + at.y - r.top + 14 };
};

export function warningsOf(m: SeatingModel, frontRows: number): { text: string[]; flagged: Set<string> } {
  const flagged = new Set<string>();
  const text: string[] = [];
  if (!m.hall || !m.bySeat.size) return { text, flagged };
  const emptyHonour = m.seats.filter(
    (s) => !s.disabled && !m.bySeat.has(s.id) && s.area === 'floor' && s.row <= frontRows,
  );
  emptyHonour.forEach((s) => flagged.add(s.id));
  if (emptyHonour.length)
    text.push(
      `${emptyHonour.length} ghế hàng danh dự còn trống: ${emptyHonour
        .slice(0, 6)
        .map((s) => s.short)
        .join(', ')}${emptyHonour.length > 6 ? '…' : ''}`,
    );
  const absentSeated = [...m.bySeat.values()].filter((i) => m.absent.has(i.delegateId));
  absentSeated.forEach((i) => flagged.add(i.seatId));
  if (absentSeated.length)
    text.push(
      `Xung đột: ${absentSeated.length} người đã báo vắng vẫn có ghế (${absentSeated
        .slice(0, 3)
        .map((i) => i.short)
        .join(', ')})`,
    );
  if (m.unassigned.length) text.push(`${m.unassigned.length} đại biểu chưa có chỗ.`);
  return { text, flagged };
}
