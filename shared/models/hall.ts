/** A hall (hội trường), saved once and reused across conferences. Seats are derived from it. */
import { z } from 'zod';
import { patchOf } from './patch';

/** Rows named A, B, C… or 1, 2, 3…; seats 1…n from the audience's left, or odd/even halves. */
export const Numbering = z.object({
  rows: z.enum(['letters', 'numbers']).default('numbers'),
  seats: z.enum(['leftToRight', 'oddEven']).default('leftToRight'),
});
export type Numbering = z.infer<typeof Numbering>;

/** A seat out of use (a pillar, a camera): row from 1 (front), x from 0 (audience's left). */
export const DisabledSeat = z.object({ row: z.number().int().min(1), x: z.number().int().min(0) });

export const StageRow = z.object({
  seats: z.number().int().min(1, 'Hàng ghế đoàn chủ tịch cần ít nhất 1 ghế').max(60),
});

export const HallBlock = z.object({
  name: z.string().trim().min(1, 'Khu cần có tên').max(40),
  rows: z.number().int().min(1, 'Khu cần ít nhất 1 hàng').max(80),
  seatsPerRow: z.number().int().min(1, 'Hàng cần ít nhất 1 ghế').max(80),
  numbering: Numbering.default({ rows: 'numbers', seats: 'leftToRight' }),
  disabled: z.array(DisabledSeat).max(2000).default([]),
});
export type HallBlock = z.infer<typeof HallBlock>;

export const HallFields = z.object({
  name: z.string().trim().min(1, 'Hội trường cần có tên').max(200),
  /** Presidium rows (đoàn chủ tịch); row 1 is the front row of the stage. */
  stage: z.object({ rows: z.array(StageRow).max(6) }).default({ rows: [] }),
  /** Floor blocks from the audience's left to right, aisles between them. */
  blocks: z.array(HallBlock).min(1, 'Hội trường cần ít nhất một khu ghế').max(12),
});
export type HallFields = z.infer<typeof HallFields>;
export type HallFieldsInput = z.input<typeof HallFields>;

export const Hall = HallFields.extend({
  id: z.string(),
  seatCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Hall = z.infer<typeof Hall>;

export const HallPatch = patchOf(HallFields);

/** The demo hall a secretary gets with one click. */
export const DEMO_HALL: HallFieldsInput = {
  name: 'Hội trường Bộ CHQS tỉnh',
  stage: { rows: [{ seats: 9 }] },
  blocks: [
    { name: 'A', rows: 12, seatsPerRow: 6, numbering: { rows: 'letters', seats: 'leftToRight' } },
    {
      name: 'B',
      rows: 12,
      seatsPerRow: 10,
      numbering: { rows: 'letters', seats: 'oddEven' },
      disabled: [
        { row: 12, x: 0 },
        { row: 12, x: 9 },
      ],
    },
    { name: 'C', rows: 12, seatsPerRow: 6, numbering: { rows: 'letters', seats: 'leftToRight' } },
  ],
};
