/** Halls, seating plans, seat assignments and the seating undo journal: Kysely queries only. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/database';
import type { HallTable, SeatAssignmentTable } from '../schema/seating.tables';

type Db = Kysely<Database>;
export type HallRow = Selectable<HallTable>;
export type AssignmentRow = Selectable<SeatAssignmentTable>;

export const findHall = (db: Db, id: string) =>
  db.selectFrom('halls').selectAll().where('id', '=', id).executeTakeFirst();
export const listHalls = (db: Db) => db.selectFrom('halls').selectAll().orderBy('name').orderBy('id').execute();
export const insertHall = (db: Db, row: HallRow) => db.insertInto('halls').values(row).execute();
export const updateHall = (db: Db, id: string, v: Partial<HallRow>) =>
  db.updateTable('halls').set(v).where('id', '=', id).execute();

export const findPlan = (db: Db, conferenceId: string) =>
  db.selectFrom('seating_plans').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();
export const plansOfHall = (db: Db, hallId: string) =>
  db.selectFrom('seating_plans').select('conference_id').where('hall_id', '=', hallId).execute();

/** Assignments, in every conference whose plan uses the hall, on a seat not in `valid`; with who and where. */
export async function seatedOutside(db: Db, hallId: string, valid: Set<string>) {
  const rows = await db
    .selectFrom('seat_assignments')
    .innerJoin('seating_plans', 'seating_plans.conference_id', 'seat_assignments.conference_id')
    .innerJoin('delegates', 'delegates.id', 'seat_assignments.delegate_id')
    .innerJoin('conferences', 'conferences.id', 'seat_assignments.conference_id')
    .select(['seat_assignments.seat_id', 'delegates.full_name', 'delegates.position', 'conferences.title'])
    .where('seating_plans.hall_id', '=', hallId)
    .orderBy('seat_assignments.seat_id')
    .execute();
  return rows.filter((r) => !valid.has(r.seat_id));
}

export async function savePlan(db: Db, conferenceId: string, hallId: string, rules: string, now: string) {
  await db
    .insertInto('seating_plans')
    .values({ conference_id: conferenceId, hall_id: hallId, rules, updated_at: now })
    .onConflict((oc) => oc.column('conference_id').doUpdateSet({ hall_id: hallId, rules, updated_at: now }))
    .execute();
}

export const listAssignments = (db: Db, conferenceId: string) =>
  db.selectFrom('seat_assignments').selectAll().where('conference_id', '=', conferenceId).orderBy('seat_id').execute();

export async function replaceAssignments(db: Db, conferenceId: string, rows: AssignmentRow[]) {
  await db.deleteFrom('seat_assignments').where('conference_id', '=', conferenceId).execute();
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('seat_assignments')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function deleteAssignments(db: Db, delegateIds: string[]) {
  for (let i = 0; i < delegateIds.length; i += 500) {
    await db
      .deleteFrom('seat_assignments')
      .where('delegate_id', 'in', delegateIds.slice(i, i + 500))
      .execute();
  }
}

export const upsertAssignment = (db: Db, row: AssignmentRow) =>
  db
    .insertInto('seat_assignments')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('delegate_id')
        .doUpdateSet({ seat_id: row.seat_id, locked: row.locked, reason: row.reason, updated_at: row.updated_at }),
    )
    .execute();

export const setLocked = (db: Db, conferenceId: string, delegateIds: string[], locked: boolean) =>
  db
    .updateTable('seat_assignments')
    .set({ locked: locked ? 1 : 0 })
    .where('conference_id', '=', conferenceId)
    .where('delegate_id', 'in', delegateIds)
    .executeTakeFirst();

/** The substitutes and the absent of a conference, from the invitation register. */
export const registerReplies = (db: Db, conferenceId: string) =>
  db
    .selectFrom('delegate_register')
    .innerJoin('delegates', 'delegates.id', 'delegate_register.delegate_id')
    .select([
      'delegate_id',
      'reply',
      'substitute_full_name',
      'substitute_rank',
      'substitute_position',
      'substitute_unit',
    ])
    .where('delegates.conference_id', '=', conferenceId)
    .where('reply', 'in', ['substitute', 'absent'])
    .execute();

const KEEP = 30;

/**
 * One seating undo entry: the plan before (when the action changed it; null = there was none), and
 * the assignments before of exactly the delegates the action changed. Entries written before this
 * shape held the whole list (an array); they read back as touching everyone.
 */
export interface SeatingUndoPayload {
  plan?: { hall_id: string; rules: string } | null;
  rows: AssignmentRow[];
  touched: string[] | 'all';
}

export async function pushSeatingUndo(
  db: Db,
  conferenceId: string,
  label: string,
  payload: SeatingUndoPayload,
  now: string,
) {
  await db
    .insertInto('seating_undo')
    .values({ conference_id: conferenceId, label, payload: JSON.stringify(payload), created_at: now })
    .execute();
  const old = await db
    .selectFrom('seating_undo')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc')
    .offset(KEEP)
    .limit(1000)
    .execute();
  if (old.length)
    await db
      .deleteFrom('seating_undo')
      .where(
        'id',
        'in',
        old.map((o) => o.id),
      )
      .execute();
}

export async function popSeatingUndo(
  db: Db,
  conferenceId: string,
): Promise<{ label: string; payload: SeatingUndoPayload } | null> {
  const e = await db
    .selectFrom('seating_undo')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!e) return null;
  await db.deleteFrom('seating_undo').where('id', '=', e.id).execute();
  const p = JSON.parse(e.payload) as SeatingUndoPayload | AssignmentRow[];
  return { label: e.label, payload: Array.isArray(p) ? { rows: p, touched: 'all' } : p };
}

export const deletePlan = (db: Db, conferenceId: string) =>
  db.deleteFrom('seating_plans').where('conference_id', '=', conferenceId).execute();

export const insertAssignments = async (db: Db, rows: AssignmentRow[]) => {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('seat_assignments')
      .values(rows.slice(i, i + 200))
      .execute();
};
