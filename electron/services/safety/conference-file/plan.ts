/**
 * Which tables and rows belong to one conference, discovered at run time from sqlite_master and the
 * foreign keys, so tables other areas add later travel in the .thuky file without code here:
 * `conferences` by id; any table with a `conference_id` column; any table with a foreign key to a
 * table already in the plan (delegate_register → delegates), repeated until nothing changes.
 */
import type SQLite from 'better-sqlite3';

/** Local state that must not travel: undo journals (their before-images name local rows). */
const isNotExported = (name: string) => /^undo_|_undo$/.test(name);
/** Append-only tables: never deleted on replace; rows are added if their id is new. */
export const APPEND_ONLY = new Set(['audit_log']);

export interface ForeignKey {
  from: string;
  table: string;
  to: string;
}
export interface TablePlan {
  name: string;
  /** CREATE TABLE statement, as the live store has it. */
  sql: string;
  columns: { name: string; type: string; pk: boolean; notNull: boolean; hasDefault: boolean }[];
  foreignKeys: ForeignKey[];
  /** SQL condition selecting this conference's rows; `?` is the conference id (bound as @c). */
  where: string;
  /** INTEGER PRIMARY KEY (a rowid alias): ids are reassigned on import. */
  integerPk: string | null;
  /** Non-key columns with a unique index: values regenerated when importing as a new conference. */
  uniqueColumns: string[];
  /**
   * A store-wide table the conference's rows point to (a hall used by its seating plan): its rows
   * travel too, keep their ids, are added only if missing, and are never deleted by a replace.
   */
  shared: boolean;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const quote = q;

/**
 * Tables in dependency order (parents first), each with its row filter.
 * @example const plan = conferencePlan(sqlite, 'main'); // filters use @c
 */
export function conferencePlan(db: SQLite.Database, schema = 'main'): TablePlan[] {
  const tables = db
    .prepare(
      `select name, sql from ${schema}.sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`,
    )
    .all() as { name: string; sql: string }[];
  const info = new Map(tables.map((t) => [t.name, describe(db, schema, t.name, t.sql)]));
  const where = new Map<string, string>();
  if (info.has('conferences')) where.set('conferences', 'id = @c');
  for (const [name, t] of info) {
    if (name !== 'conferences' && !isNotExported(name) && t.columns.some((c) => c.name === 'conference_id'))
      where.set(name, 'conference_id = @c');
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, t] of info) {
      if (where.has(name) || isNotExported(name)) continue;
      const via = t.foreignKeys.filter((fk) => where.has(fk.table) && fk.table !== name);
      if (!via.length) continue;
      where.set(
        name,
        via
          .map(
            (fk) => `${q(fk.from)} in (select ${q(fk.to)} from ${schema}.${q(fk.table)} where ${where.get(fk.table)})`,
          )
          .join(' or '),
      );
      changed = true;
    }
  }
  const owned = new Set(where.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, t] of info) {
      if (!where.has(name)) continue;
      for (const fk of t.foreignKeys) {
        if (owned.has(fk.table) || !info.has(fk.table) || isNotExported(fk.table)) continue;
        const cond = `${q(fk.to)} in (select ${q(fk.from)} from ${schema}.${q(name)} where ${where.get(name)})`;
        const prev = where.get(fk.table);
        if (prev?.includes(cond)) continue;
        where.set(fk.table, prev ? `${prev} or ${cond}` : cond);
        changed = true;
      }
    }
  }
  const picked = [...where.keys()].map((n) => ({ ...info.get(n)!, where: where.get(n)!, shared: !owned.has(n) }));
  return topoSort(picked);
}

function describe(db: SQLite.Database, schema: string, name: string, sql: string): Omit<TablePlan, 'where' | 'shared'> {
  const cols = db.prepare(`select * from pragma_table_info(?, ?)`).all(name, schema) as {
    name: string;
    type: string;
    pk: number;
    notnull: number;
    dflt_value: unknown;
  }[];
  const fks = db.prepare(`select * from pragma_foreign_key_list(?, ?)`).all(name, schema) as {
    from: string;
    table: string;
    to: string | null;
  }[];
  const pks = cols.filter((c) => c.pk > 0);
  const integerPk = pks.length === 1 && /^integer$/i.test(pks[0].type) ? pks[0].name : null;
  const uniqueColumns: string[] = [];
  const indexes = db.prepare(`select * from pragma_index_list(?, ?)`).all(name, schema) as {
    name: string;
    unique: number;
    origin: string;
  }[];
  for (const ix of indexes) {
    if (!ix.unique || ix.origin === 'pk') continue;
    const ixCols = db.prepare(`select name from pragma_index_info(?, ?)`).pluck().all(ix.name, schema) as string[];
    if (ixCols.length === 1 && !uniqueColumns.includes(ixCols[0])) uniqueColumns.push(ixCols[0]);
  }
  return {
    name,
    sql,
    columns: cols.map((c) => ({
      name: c.name,
      type: c.type,
      pk: c.pk > 0,
      notNull: !!c.notnull,
      hasDefault: c.dflt_value !== null,
    })),
    foreignKeys: fks.map((f) => ({ from: f.from, table: f.table, to: f.to ?? pks[0]?.name ?? 'rowid' })),
    integerPk,
    uniqueColumns,
  };
}

/** Parents before children (a foreign key's target first); cycles keep their original order. */
function topoSort(tables: TablePlan[]): TablePlan[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: TablePlan[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (t: TablePlan) => {
    if (state.get(t.name)) return;
    state.set(t.name, 1);
    for (const fk of t.foreignKeys) {
      const parent = byName.get(fk.table);
      if (parent && parent !== t) visit(parent);
    }
    state.set(t.name, 2);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) =>
    a.name === 'conferences' ? -1 : b.name === 'conferences' ? 1 : a.name.localeCompare(b.name),
  ))
    visit(t);
  return out;
}
