/** Invitation queries: the form settings, the register (delegate_register) and the print log. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/database';
import type { DelegateRegisterTable } from '../schema/invitation.tables';

type Db = Kysely<Database>;

export async function findSettings(db: Db, conferenceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('invitation_settings')
    .select('settings')
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return row?.settings ?? null;
}

export async function saveSettings(db: Db, conferenceId: string, settings: string, now: string): Promise<void> {
  await db
    .insertInto('invitation_settings')
    .values({ conference_id: conferenceId, settings, updated_at: now })
    .onConflict((oc) => oc.column('conference_id').doUpdateSet({ settings, updated_at: now }))
    .execute();
}

/** Every delegate of the conference with its register line and last print (nulls when none yet). */
export async function listRegisterRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('delegates as d')
    .leftJoin('delegate_register as r', 'r.delegate_id', 'd.id')
    .leftJoin('invitation_prints as p', 'p.delegate_id', 'd.id')
    .select([
      'd.id',
      'd.precedence',
      'd.full_name',
      'd.rank',
      'd.position',
      'd.unit',
      'd.category',
      'd.phone',
      'r.invitation_status',
      'r.sent_at',
      'r.sent_method',
      'r.reply',
      'r.substitute_full_name',
      'r.substitute_rank',
      'r.substitute_position',
      'r.substitute_unit',
      'r.note',
      'p.printed_at',
    ])
    .where('d.conference_id', '=', conferenceId)
    .orderBy('d.precedence')
    .execute();
}
export type RegisterRow = Awaited<ReturnType<typeof listRegisterRows>>[number];

export async function delegateIdsIn(db: Db, conferenceId: string, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('delegates')
      .select('id')
      .where('conference_id', '=', conferenceId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

type RegisterSet = Partial<Omit<Selectable<DelegateRegisterTable>, 'delegate_id' | 'updated_at'>>;

/** Insert or update the register lines of `ids` with the same values. */
export async function upsertRegister(db: Db, ids: string[], set: RegisterSet, now: string): Promise<void> {
  for (const id of ids) {
    await db
      .insertInto('delegate_register')
      .values({ delegate_id: id, ...set, updated_at: now } as never)
      .onConflict((oc) => oc.column('delegate_id').doUpdateSet({ ...set, updated_at: now }))
      .execute();
  }
}

export async function findRegister(db: Db, delegateId: string) {
  return db.selectFrom('delegate_register').selectAll().where('delegate_id', '=', delegateId).executeTakeFirst();
}

/** Record that these delegates' invitations were generated now, as one batch. */
export async function recordPrints(
  db: Db,
  conferenceId: string,
  ids: string[],
  batchId: string,
  now: string,
): Promise<void> {
  for (const id of ids) {
    await db
      .insertInto('invitation_prints')
      .values({ delegate_id: id, conference_id: conferenceId, batch_id: batchId, printed_at: now })
      .onConflict((oc) => oc.column('delegate_id').doUpdateSet({ batch_id: batchId, printed_at: now }))
      .execute();
  }
}

/** The most recent print batch of the conference. */
export async function lastBatch(db: Db, conferenceId: string): Promise<{ at: string; delegateIds: string[] } | null> {
  const last = await db
    .selectFrom('invitation_prints')
    .select(['batch_id', 'printed_at'])
    .where('conference_id', '=', conferenceId)
    .orderBy('printed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return null;
  const rows = await db
    .selectFrom('invitation_prints as p')
    .innerJoin('delegates as d', 'd.id', 'p.delegate_id')
    .select('p.delegate_id')
    .where('p.batch_id', '=', last.batch_id)
    .orderBy('d.precedence')
    .execute();
  return { at: last.printed_at, delegateIds: rows.map((r) => r.delegate_id) };
}
