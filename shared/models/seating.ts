/** Seating as it leaves the store: the plan (hall + rules) and one seat per delegate. */
import { z } from 'zod';

export const SectionRule = z.object({
  category: z.string().max(200),
  block: z.string().min(1).max(40),
  rowFrom: z.number().int().min(1),
  rowTo: z.number().int().min(1),
  /** Aisle seats first (awardees walk to the stage). */
  aisle: z.boolean().optional(),
});

export const SeatingRules = z.object({
  presidiumCount: z.number().int().min(0).max(200).default(0),
  /** Chosen presidium, No. 1 first (the seating page's chooser); empty: the first presidiumCount. */
  presidiumIds: z.array(z.string()).max(200).optional(),
  /** Chosen people for the rows of honour, in order. */
  honourIds: z.array(z.string()).max(500).optional(),
  frontRows: z.number().int().min(0).max(20).default(2),
  sections: z.array(SectionRule).max(100).default([]),
});
export type SeatingRulesInput = z.input<typeof SeatingRules>;

export const Substitute = z.object({ fullName: z.string(), rank: z.string(), position: z.string(), unit: z.string() });
export type Substitute = z.infer<typeof Substitute>;

export const SeatItem = z.object({
  delegateId: z.string(),
  seatId: z.string(),
  label: z.string(),
  short: z.string(),
  area: z.enum(['presidium', 'floor']),
  block: z.string(),
  row: z.number().int(),
  rowLabel: z.string(),
  seat: z.number().int(),
  /** Position in its row (its block's row on the floor) counted from the audience's left, from 0. */
  x: z.number().int(),
  locked: z.boolean(),
  reason: z.string(),
});
export type SeatItem = z.infer<typeof SeatItem>;

export const SeatingList = z.object({
  hallId: z.string().nullable(),
  rules: SeatingRules,
  items: z.array(SeatItem),
  /** Who comes instead (the invitation register's reply "substitute"); they take the original's seat. */
  substitutes: z.record(z.string(), Substitute),
  /** Delegates who sent word they will not come. */
  absentIds: z.array(z.string()),
});
export type SeatingList = z.infer<typeof SeatingList>;
