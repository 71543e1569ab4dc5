/**
 * Seats derived from a hall's description, with their labels and their place on a to-scale plan.
 * Pure: no I/O. Seat ids are stable while the hall's shape is: "P<row>-<x>" on the stage,
 * "B<block index>-<row>-<x>" on the floor (x counted from the audience's left, from 0).
 */
import type { HallBlock, HallFieldsInput, Numbering } from '../models/hall';

export interface Seat {
  id: string;
  area: 'presidium' | 'floor';
  /** Block name ("" on the stage). */
  block: string;
  blockIndex: number;
  /** Physical row from 1 (the front; on the stage, the front row of the presidium). */
  row: number;
  rowLabel: string;
  /** The seat's printed number in its row. */
  seat: number;
  /** Position in its row (its block's row on the floor) from the audience's left, from 0. */
  x: number;
  label: string;
  short: string;
  /** Centre on the plan, in seat widths; cy grows away from the stage. */
  cx: number;
  cy: number;
  disabled: boolean;
  /** At the end of a block row (next to an aisle or the wall). */
  aisle: boolean;
}

export const AISLE = 1.5;
export const STAGE_PITCH = 1.25;
/** Gap between the stage's front row and the first floor row, in rows. */
export const STAGE_GAP = 2;

const LETTERS = 'ABCDEFGHIKLMNOPQRSTUVXY';

/** Row 1 → "A" (letters, Vietnamese halls skip J, W, Z) or "1". */
export function rowLabelOf(row: number, scheme: Numbering['rows']): string {
  if (scheme === 'numbers') return String(row);
  const n = LETTERS.length;
  return row <= n ? LETTERS[row - 1] : LETTERS[Math.floor((row - 1) / n) - 1] + LETTERS[(row - 1) % n];
}

/** Printed seat number: left to right, or odd numbers on the left half and even on the right, from the block's centre outward. */
export function seatNumberOf(x: number, n: number, scheme: Numbering['seats']): number {
  if (scheme === 'leftToRight') return x + 1;
  const left = Math.ceil(n / 2);
  return x < left ? 1 + 2 * (left - 1 - x) : 2 + 2 * (x - left);
}

const blockScheme = (b: HallFieldsInput['blocks'][number]): Numbering => ({
  rows: b.numbering?.rows ?? 'numbers',
  seats: b.numbering?.seats ?? 'leftToRight',
});

/** Width of the floor in seat widths (blocks plus aisles). */
export function floorWidth(blocks: Pick<HallBlock, 'seatsPerRow'>[]): number {
  return blocks.reduce((w, b) => w + b.seatsPerRow, 0) + AISLE * Math.max(0, blocks.length - 1);
}

/** Every seat of the hall, stage first, then the floor block by block, row by row. */
export function seatsOf(hall: HallFieldsInput): Seat[] {
  const seats: Seat[] = [];
  const width = floorWidth(hall.blocks);
  const centre = width / 2;
  const stageRows = hall.stage?.rows ?? [];
  stageRows.forEach((r, ri) => {
    for (let x = 0; x < r.seats; x++) {
      const row = ri + 1;
      seats.push({
        id: `P${row}-${x}`,
        area: 'presidium',
        block: '',
        blockIndex: -1,
        row,
        rowLabel: String(row),
        seat: x + 1,
        x,
        label: `Đoàn chủ tịch, hàng ${row}, ghế ${x + 1}`,
        short: `ĐCT ${row}-${x + 1}`,
        cx: centre + (x - (r.seats - 1) / 2) * STAGE_PITCH,
        cy: -(STAGE_GAP + stageRows.length - ri),
        disabled: false,
        aisle: false,
      });
    }
  });
  let x0 = 0;
  hall.blocks.forEach((b, bi) => {
    const scheme = blockScheme(b);
    const off = new Set((b.disabled ?? []).map((d) => `${d.row}:${d.x}`));
    for (let row = 1; row <= b.rows; row++) {
      const rowLabel = rowLabelOf(row, scheme.rows);
      for (let x = 0; x < b.seatsPerRow; x++) {
        const seat = seatNumberOf(x, b.seatsPerRow, scheme.seats);
        seats.push({
          id: `B${bi}-${row}-${x}`,
          area: 'floor',
          block: b.name,
          blockIndex: bi,
          row,
          rowLabel,
          seat,
          x,
          label: `Khu ${b.name}, hàng ${rowLabel}, ghế ${seat}`,
          short: `${b.name}-${rowLabel}${seat}`,
          cx: x0 + x + 0.5,
          cy: row - 1,
          disabled: off.has(`${row}:${x}`),
          aisle: x === 0 || x === b.seatsPerRow - 1,
        });
      }
    }
    x0 += b.seatsPerRow + AISLE;
  });
  return seats;
}

/** The centre line of the hall (No. 1's seat on the stage), in seat widths. */
export const hallCentre = (hall: HallFieldsInput) => floorWidth(hall.blocks) / 2;
