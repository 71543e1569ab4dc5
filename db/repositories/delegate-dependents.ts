/**
 * What hangs on delegate rows in other areas: rows owned by a delegate (invitation register and
 * prints, seat, check-ins, walk-in mark) and links to a delegate (agenda and speech presenters,
 * award recipients, award batch presenters). Read before a delete so its undo can put everything
 * back; looked up before an undo that would delete rows, so it refuses instead of taking anything
 * with them. Queries only: the rules are in the delegate undo service.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;
// The tables are walked generically (same shape of query for each); Kysely's typed builder cannot
// take a table name from a list, so these helpers use the untyped view of the same connection.
const untyped = (db: Db) => db as unknown as Kysely<Record<string, Row>>;

/** Tables whose rows belong to one delegate (delegate_id, removed with it by the foreign key). */
export const OWNED_TABLES = [
  'delegate_register',
  'invitation_prints',
  'seat_assignments',
  'checkins',
  'checkin_walk_ins',
] as const;
export type OwnedTable = (typeof OWNED_TABLES)[number];

/** Tables that point at a delegate (set to null by the foreign key when the delegate goes). */
export const LINK_TABLES = [
  { table: 'agenda_items', column: 'presenter_delegate_id', key: ['id'] },
  { table: 'speeches', column: 'presenter_delegate_id', key: ['id'] },
  { table: 'award_recipients', column: 'delegate_id', key: ['id'] },
  { table: 'award_batches', column: 'presenter_delegate_id', key: ['conference_id', 'no'] },
] as const;
export type LinkTable = (typeof LINK_TABLES)[number]['table'];

export interface DependentLink {
  table: LinkTable;
  key: Row;
  delegateId: string;
}
export interface Dependents {
  owned: Record<OwnedTable, Row[]>;
  links: DependentLink[];
}

async function inChunks<T>(ids: string[], q: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await q(ids.slice(i, i + 500))));
  return out;
}

/** Everything that hangs on these delegates now. */
export async function captureDependents(db: Db, ids: string[]): Promise<Dependents> {
  const u = untyped(db);
  const owned = {} as Dependents['owned'];
  for (const t of OWNED_TABLES) {
    owned[t] = await inChunks(ids, (c) => u.selectFrom(t).selectAll().where('delegate_id', 'in', c).execute());
  }
  const links: DependentLink[] = [];
  for (const l of LINK_TABLES) {
    const rows = await inChunks(ids, (c) =>
      u
        .selectFrom(l.table)
        .select([...l.key, l.column])
        .where(l.column, 'in', c)
        .execute(),
    );
    for (const r of rows)
      links.push({
        table: l.table,
        key: Object.fromEntries(l.key.map((k) => [k, r[k]])),
        delegateId: String(r[l.column]),
      });
  }
  return { owned, links };
}

/** The delegate a link row points at now: undefined when the row is gone, null when unlinked. */
export async function currentLink(db: Db, link: DependentLink): Promise<string | null | undefined> {
  const spec = LINK_TABLES.find((l) => l.table === link.table)!;
  let q = untyped(db).selectFrom(link.table).select(spec.column);
  for (const [k, v] of Object.entries(link.key)) q = q.where(k, '=', v);
  const r = await q.executeTakeFirst();
  return r ? ((r[spec.column] as string | null) ?? null) : undefined;
}

/** Put captured rows back (the delegates must exist again) and re-point the links that are still unlinked. */
export async function restoreDependents(db: Db, d: Dependents): Promise<void> {
  const u = untyped(db);
  for (const t of OWNED_TABLES) {
    const rows = d.owned[t] ?? [];
    for (let i = 0; i < rows.length; i += 100)
      await u
        .insertInto(t)
        .values(rows.slice(i, i + 100))
        .execute();
  }
  for (const link of d.links) {
    const spec = LINK_TABLES.find((l) => l.table === link.table)!;
    let q = u
      .updateTable(link.table)
      .set({ [spec.column]: link.delegateId })
      .where(spec.column, 'is', null);
    for (const [k, v] of Object.entries(link.key)) q = q.where(k, '=', v);
    await q.execute();
  }
}

/** Seats in a conference taken now, by seat id → delegate id. */
export async function seatHolders(db: Db, conferenceId: string, seatIds: string[]): Promise<Map<string, string>> {
  const rows = await inChunks(seatIds, (c) =>
    db
      .selectFrom('seat_assignments')
      .select(['seat_id', 'delegate_id'])
      .where('conference_id', '=', conferenceId)
      .where('seat_id', 'in', c)
      .execute(),
  );
  return new Map(rows.map((r) => [r.seat_id, r.delegate_id]));
}
