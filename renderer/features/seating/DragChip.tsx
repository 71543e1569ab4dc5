/** What follows the pointer while a delegate is dragged: who, and the seat he will land on ("→ ĐCT 1-5"). */
import React from 'react';
import type { SeatingModel } from './useSeating';

export function DragChip({ m, delegateId, over }: { m: SeatingModel; delegateId: string; over: string | null }) {
  const d = m.byId.get(delegateId)!;
  const p = m.person(d);
  const seat = over?.startsWith('s:') ? m.seats.find((s) => s.id === over.slice(2)) : undefined;
  const target = seat ? seat.short : over === 'unassigned' ? 'bỏ xếp' : '';
  return (
    <div className="st-drag-chip" data-testid="drag-chip">
      {[p.rank, p.fullName].filter(Boolean).join(' ') || d.position}
      {target ? <b className="st-drag-target"> → {target}</b> : null}
    </div>
  );
}
