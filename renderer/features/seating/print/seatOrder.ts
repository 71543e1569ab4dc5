/** Seats in walking order: the stage first, then block by block (as the hall lists them), row by row, from the audience's left. */
import type { SeatItem } from '../../../../shared/models/seating';

/** Block index from the seat id ("B2-5-3" → 2; the stage "P1-4" → -1). */
const blockIndex = (s: SeatItem) => (s.area === 'presidium' ? -1 : Number(/^B(\d+)-/.exec(s.seatId)?.[1] ?? 0));

export const bySeatOrder = (a: SeatItem, b: SeatItem) => blockIndex(a) - blockIndex(b) || a.row - b.row || a.x - b.x;
