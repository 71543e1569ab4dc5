/** Task and conclusion queries. Functions take `db` or a transaction; no business rules. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/database';
import type { ConclusionItemTable, ConclusionNoticeTable, TaskTable } from '../schema/task.tables';

type Db = Kysely<Database>;
export type TaskRow = Selectable<TaskTable>;
export type ConclusionItemRow = Selectable<ConclusionItemTable>;
export type ConclusionNoticeRow = Selectable<ConclusionNoticeTable>;

export const listTaskRows = (db: Db, conferenceId: string) =>
  db.selectFrom('tasks').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

export const findTaskRow = (db: Db, id: string) =>
  db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();

export async function nextTaskPosition(db: Db, conferenceId: string): Promise<number> {
  const r = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(r?.max ?? 0) + 1;
}

export async function insertTaskRows(db: Db, rows: TaskRow[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('tasks')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateTaskRow(db: Db, id: string, set: Partial<TaskTable>) {
  await db.updateTable('tasks').set(set).where('id', '=', id).execute();
}

export async function deleteTaskRows(db: Db, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const r = await db.deleteFrom('tasks').where('id', 'in', ids).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The tasks a notice's items assigned (source "conclusion"). */
export const listConclusionTaskRows = (db: Db, conferenceId: string) =>
  db
    .selectFrom('tasks')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('source', '=', 'conclusion')
    .orderBy('position')
    .execute();

export const listConclusionItemRows = (db: Db, conferenceId: string) =>
  db.selectFrom('conclusion_items').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

/** Removes the notice's items (their tasks go with them: the foreign key cascades). */
export async function deleteConclusionItems(db: Db, conferenceId: string) {
  await db.deleteFrom('tasks').where('conference_id', '=', conferenceId).where('source', '=', 'conclusion').execute();
  await db.deleteFrom('conclusion_items').where('conference_id', '=', conferenceId).execute();
}

export async function insertConclusionItemRows(db: Db, rows: ConclusionItemRow[]) {
  if (rows.length) await db.insertInto('conclusion_items').values(rows).execute();
}

export const findNoticeRow = (db: Db, conferenceId: string) =>
  db.selectFrom('conclusion_notices').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();

export async function upsertNoticeRow(db: Db, row: ConclusionNoticeRow) {
  const { conference_id: _id, ...rest } = row;
  await db
    .insertInto('conclusion_notices')
    .values(row)
    .onConflict((oc) => oc.column('conference_id').doUpdateSet(rest))
    .execute();
}
