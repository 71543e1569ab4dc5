/** The undo journal: before-images of delegate rows, newest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database';
import type { DelegateRow } from './delegate';

type Db = Kysely<Database>;
export interface UndoPayload { rows: DelegateRow[]; createdIds: string[] }

const KEEP = 50;

export async function pushUndo(db: Db, conferenceId: string, label: string, payload: UndoPayload, now: string) {
  await db.insertInto('undo_entries')
    .values({ conference_id: conferenceId, label, payload: JSON.stringify(payload), created_at: now })
    .execute();
  const old = await db.selectFrom('undo_entries').select('id').where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc').offset(KEEP).limit(1000).execute();
  if (old.length) await db.deleteFrom('undo_entries').where('id', 'in', old.map((o) => o.id)).execute();
}

export async function popUndo(db: Db, conferenceId: string): Promise<{ label: string; payload: UndoPayload } | null> {
  const e = await db.selectFrom('undo_entries').selectAll().where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!e) return null;
  await db.deleteFrom('undo_entries').where('id', '=', e.id).execute();
  return { label: e.label, payload: JSON.parse(e.payload) as UndoPayload };
}
