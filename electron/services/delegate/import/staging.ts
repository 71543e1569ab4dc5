/**
 * An import's rows wait in a TEMP table of the store's own connection, written one chunk per turn
 * of the event loop (the check-in desks are answered between chunks), then move into `delegates`
 * with one INSERT … SELECT inside the import's single short transaction: the list gains all of
 * them or none. A temp table belongs to this connection only: it is never in the store file nor in
 * a backup, and a crash takes it away. Each step holds Kysely's connection (connection().execute),
 * so no other transaction is open on it meanwhile.
 */
import crypto from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema/database';

export interface Staging {
  table: string;
  columns: string[];
}
interface Store {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
}

const q = (c: string) => `"${c.replace(/"/g, '""')}"`;

/** A new, empty staging table with the given `delegates` columns. */
export async function openStaging(store: Store, columns: string[]): Promise<Staging> {
  const table = `import_staging_${crypto.randomBytes(6).toString('hex')}`;
  await store.db.connection().execute(async () => {
    store.sqlite.exec(`create temp table ${table} as select ${columns.map(q).join(', ')} from main.delegates where 0`);
  });
  return { table, columns };
}

/** Stages one chunk (a JSON array of value arrays, in `columns` order); returns its rows. */
export async function stageChunk(store: Store, s: Staging, chunk: string): Promise<unknown[][]> {
  const rows = JSON.parse(chunk) as unknown[][];
  await store.db.connection().execute(async () => {
    const stmt = store.sqlite.prepare(
      `insert into temp.${s.table} (${s.columns.map(q).join(', ')}) values (${s.columns.map(() => '?').join(', ')})`,
    );
    store.sqlite.transaction(() => {
      for (const r of rows) stmt.run(r);
    })();
  });
  return rows;
}

/**
 * Moves every staged row into `delegates`, precedence shifted by `from`; returns how many. Call it
 * inside the import's transaction (same connection: the raw handle is part of it).
 */
export function moveStaged(sqlite: SQLite.Database, s: Staging, from: number): number {
  const select = s.columns.map((c) => (c === 'precedence' ? `${q(c)} + ?` : q(c))).join(', ');
  return sqlite
    .prepare(
      `insert into main.delegates (${s.columns.map(q).join(', ')}) select ${select} from temp.${s.table} order by "precedence"`,
    )
    .run(from).changes;
}

/** Drops the staging table (always: after the move, or after a failure). */
export async function dropStaging(store: Store, s: Staging): Promise<void> {
  await store.db.connection().execute(async () => {
    store.sqlite.exec(`drop table if exists temp.${s.table}`);
  });
}

/** Staging tables present on this connection (tests: none may be left behind). */
export const stagingLeftovers = (sqlite: SQLite.Database) =>
  (
    sqlite
      .prepare(`select name from sqlite_temp_master where type = 'table' and name like 'import_staging_%'`)
      .all() as { name: string }[]
  ).map((r) => r.name);
