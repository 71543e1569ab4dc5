/** Tables of the seating area (added by migration 0004-halls-and-seating). */
import type { Generated } from 'kysely';

export interface HallTable {
  id: string;
  name: string;
  /** JSON: {stage: {rows: [{seats}]}, blocks: [{name, rows, seatsPerRow, numbering, disabled}]}. */
  layout: string;
  created_at: string;
  updated_at: string;
}

export interface SeatingPlanTable {
  conference_id: string;
  hall_id: string;
  /** JSON SeatingRules (shared/seating/assign.ts). */
  rules: string;
  updated_at: string;
}

/** One seat per delegate; seat ids come from shared/seating/layout.ts. */
export interface SeatAssignmentTable {
  delegate_id: string;
  conference_id: string;
  seat_id: string;
  locked: number;
  reason: string;
  updated_at: string;
}

export interface SeatingUndoTable {
  id: Generated<number>;
  conference_id: string;
  label: string;
  /** JSON: the conference's assignment rows before the change. */
  payload: string;
  created_at: string;
}

export interface SeatingTables {
  halls: HallTable;
  seating_plans: SeatingPlanTable;
  seat_assignments: SeatAssignmentTable;
  seating_undo: SeatingUndoTable;
}
