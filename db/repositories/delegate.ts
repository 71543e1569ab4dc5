/** Delegate queries. Functions take `db` or a transaction; no business rules here. */
import type SQLite from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { Delegate, DelegateFields } from '../../shared/models/delegate';
import type { DelegateTable } from '../schema/delegate.tables';
import type { Database } from '../schema/database';

type Db = Kysely<Database>;
export type DelegateRow = Selectable<DelegateTable>;

export const FIELD_COLUMNS: Record<keyof DelegateFields, keyof DelegateTable> = {
  fullName: 'full_name',
  rank: 'rank',
  position: 'position',
  unit: 'unit',
  category: 'category',
  salutation: 'salutation',
  phone: 'phone',
  email: 'email',
  note: 'note',
  sortKey: 'sort_key',
  address: 'address',
  badgeType: 'badge_type',
};

export function fieldsToColumns(f: Partial<DelegateFields>): Partial<DelegateTable> {
  const out: Partial<Record<keyof DelegateTable, string>> = {};
  for (const [k, col] of Object.entries(FIELD_COLUMNS) as [keyof DelegateFields, keyof DelegateTable][]) {
    if (f[k] !== undefined) out[col] = f[k];
  }
  return out as Partial<DelegateTable>;
}

export const rowToDelegate = (r: DelegateRow): Delegate => ({
  id: r.id,
  conferenceId: r.conference_id,
  precedence: r.precedence,
  fullName: r.full_name,
  rank: r.rank,
  position: r.position,
  unit: r.unit,
  category: r.category,
  salutation: r.salutation,
  phone: r.phone,
  email: r.email,
  note: r.note,
  sortKey: r.sort_key,
  address: r.address ?? '',
  badgeType: (r.badge_type ?? '') as Delegate['badgeType'],
  code: r.code,
});

export async function listDelegateRows(db: Db, conferenceId: string): Promise<DelegateRow[]> {
  return db
    .selectFrom('delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('precedence')
    .execute();
}

/** One page of the conference's delegates in precedence order (for reads that must not hold the store long). */
/** Name, position, unit and id of every delegate, as arrays: the import's duplicate check needs no more. */
export async function listDelegatePeople(db: Db, conferenceId: string): Promise<[string, string, string, string][]> {
  const rows = await db
    .selectFrom('delegates')
    .select(['full_name', 'position', 'unit', 'id'])
    .where('conference_id', '=', conferenceId)
    .execute();
  return rows.map((r) => [r.full_name, r.position, r.unit, r.id]);
}

export async function listDelegateRowsPage(
  db: Db,
  conferenceId: string,
  offset: number,
  limit: number,
): Promise<DelegateRow[]> {
  return db
    .selectFrom('delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('precedence')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function findDelegateRows(db: Db, ids: string[]): Promise<DelegateRow[]> {
  const out: DelegateRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('delegates')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

/** Insert rows in chunks that stay under SQLite's bound-variable limit. */
/**
 * `raw`: the same connection's better-sqlite3 handle, for big lists (an import): one prepared
 * statement run synchronously inside the caller's transaction — a 20,000-row import holds the
 * connection (and the check-in desks waiting on it) for a fraction of a second instead of seconds
 * of compiling 1,000-row statements.
 */
export async function insertDelegateRows(db: Db, rows: DelegateRow[], raw?: SQLite.Database): Promise<void> {
  if (raw && rows.length) {
    const cols = Object.keys(rows[0]) as (keyof DelegateRow)[];
    const stmt = raw.prepare(
      `insert into delegates (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    );
    for (const r of rows) stmt.run(cols.map((c) => r[c]));
    return;
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('delegates')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

export async function updateDelegateRow(db: Db, id: string, set: Partial<DelegateTable>): Promise<void> {
  await db.updateTable('delegates').set(set).where('id', '=', id).execute();
}

export async function deleteDelegateRows(db: Db, ids: string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db
      .deleteFrom('delegates')
      .where('id', 'in', ids.slice(i, i + 500))
      .executeTakeFirst();
    n += Number(r.numDeletedRows);
  }
  return n;
}

export async function maxPrecedence(db: Db, conferenceId: string): Promise<number> {
  const r = await db
    .selectFrom('delegates')
    .select((eb) => eb.fn.max('precedence').as('m'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(r?.m ?? 0);
}

/** Write precedence 1..n in the given order (ids must be every delegate of the conference). */
export async function setPrecedences(db: Db, orderedIds: string[], now: string): Promise<void> {
  for (let i = 0; i < orderedIds.length; i++) {
    await db
      .updateTable('delegates')
      .set({ precedence: i + 1, updated_at: now })
      .where('id', '=', orderedIds[i])
      .execute();
  }
}
