/**
 * The undo journal of delegate changes, newest first. An entry holds what its action changed and
 * nothing else: the before-images of the rows it touched (restored in place), the ids it inserted
 * (removed again), and for a delete everything that hung on the removed rows (put back with them).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database';
import type { DelegateRow } from './delegate';
import type { Dependents } from './delegate-dependents';

type Db = Kysely<Database>;
export interface UndoPayload {
  /** Before-images of the rows that existed before the action and that it touched or renumbered. */
  rows: DelegateRow[];
  /** Rows the action inserted. */
  createdIds: string[];
  /** For a delete: what hung on the deleted rows at that moment (entries older than this have none). */
  dependents?: Dependents;
}

const KEEP = 50;

export async function pushUndo(db: Db, conferenceId: string, label: string, payload: UndoPayload, now: string) {
  await db
    .insertInto('undo_entries')
    .values({ conference_id: conferenceId, label, payload: JSON.stringify(payload), created_at: now })
    .execute();
  const old = await db
    .selectFrom('undo_entries')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc')
    .offset(KEEP)
    .limit(1000)
    .execute();
  if (old.length)
    await db
      .deleteFrom('undo_entries')
      .where(
        'id',
        'in',
        old.map((o) => o.id),
      )
      .execute();
}

export async function popUndo(db: Db, conferenceId: string): Promise<{ label: string; payload: UndoPayload } | null> {
  const e = await db
    .selectFrom('undo_entries')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!e) return null;
  await db.deleteFrom('undo_entries').where('id', '=', e.id).execute();
  return { label: e.label, payload: JSON.parse(e.payload) as UndoPayload };
}
