/**
 * Checks a SQLite file before it may become the store (a backup to restore): on a staged copy,
 * never on the candidate itself nor on the live store. The copy must be SQLite, pass
 * integrity_check, come from this or an older ThuKy, hold exactly the schema objects ThuKy creates at
 * its version (tables, columns, indexes — no foreign trigger or view), migrate cleanly, and then
 * hold exactly what a fresh store holds. What is swapped in is that checked, migrated copy.
 */
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { runMigrations } from '../../../db/database';
import { migrations, SCHEMA_VERSION } from '../../../db/migrations/index';
import type { Database } from '../../../db/schema/database';
import { AppError } from '../../../shared/api/errors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's 16-byte header (a 0-byte or foreign file does not). */
export function hasSqliteHeader(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(16);
    return fs.readSync(fd, buf, 0, 16, 0) === 16 && buf.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** "type name" → normalised SQL, for every object in sqlite_master but SQLite's own bookkeeping. */
export type SchemaObjects = Map<string, string>;

export function schemaObjectsOf(db: SQLite.Database): SchemaObjects {
  const rows = db
    .prepare(
      "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' and name <> 'sqlite_sequence' order by type, name",
    )
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return new Map(
    rows.map((r) => [`${r.type} "${r.name}"`, `${r.tbl_name}|${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`]),
  );
}

/** Process-wide on purpose: a fact about the code (the migration list), not about any core's store. */
const schemaCache = new Map<number, Promise<SchemaObjects>>();

/** The objects a fresh store has at schema version `v` (built once in memory from the migration list). */
export function schemaAt(v: number): Promise<SchemaObjects> {
  let hit = schemaCache.get(v);
  if (!hit) {
    hit = (async () => {
      const sqlite = new SQLite(':memory:');
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
      try {
        await runMigrations(sqlite, db, v);
        return schemaObjectsOf(sqlite);
      } finally {
        await db.destroy();
      }
    })();
    schemaCache.set(v, hit);
  }
  return hit;
}

/** What differs from the expected objects, in Vietnamese ("có thêm trigger "x"; thiếu bảng "y""), or "". */
export function schemaDifference(actual: SchemaObjects, expected: SchemaObjects): string {
  const vi = (k: string) =>
    k
      .replace(/^table /, 'bảng ')
      .replace(/^index /, 'chỉ mục ')
      .replace(/^view /, 'khung nhìn ')
      .replace(/^trigger /, 'trình kích hoạt ');
  const extra = [...actual.keys()].filter((k) => !expected.has(k));
  const missing = [...expected.keys()].filter((k) => !actual.has(k));
  const changed = [...actual.keys()].filter((k) => expected.has(k) && expected.get(k) !== actual.get(k));
  const parts: string[] = [];
  if (extra.length) parts.push(`có thêm ${extra.slice(0, 5).map(vi).join(', ')}`);
  if (missing.length) parts.push(`thiếu ${missing.slice(0, 5).map(vi).join(', ')}`);
  if (changed.length) parts.push(`khác cấu trúc ở ${changed.slice(0, 5).map(vi).join(', ')}`);
  return parts.join('; ');
}

const refuse = (label: string, why: string, details?: Record<string, unknown>) =>
  new AppError('IMPORT_INVALID', `${label} ${why}. Dữ liệu đang dùng không bị thay đổi.`, details);

export const removeWithSidecars = (file: string) => {
  for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + s, { force: true });
};

/**
 * Copies `source` to `staged`, checks and migrates the copy, and leaves it closed, in rollback-journal
 * mode (one self-contained file). Throws a Vietnamese AppError (IMPORT_INVALID / STORE_TOO_NEW) and
 * removes the copy when anything is wrong. `label` names the candidate: 'Bản sao lưu "x.sqlite"'.
 * @example await stageCheckedCopy(backupPath, `${storeFile}.restoring`, 'Bản sao lưu "a.sqlite"');
 */
export async function stageCheckedCopy(source: string, staged: string, label: string): Promise<void> {
  removeWithSidecars(staged);
  if (!hasSqliteHeader(source)) {
    throw refuse(
      label,
      fs.existsSync(source) && fs.statSync(source).size === 0
        ? 'là tệp rỗng (0 byte)'
        : 'không phải tệp dữ liệu SQLite',
    );
  }
  fs.copyFileSync(source, staged);
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(staged, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .slice(0, 5)
      .join('; ');
    if (integrity !== 'ok') throw refuse(label, `bị hỏng (${integrity.slice(0, 200)}): hãy chọn bản khác`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'STORE_TOO_NEW',
        `${label} do phiên bản ThuKy mới hơn tạo (lược đồ ${version} > ${SCHEMA_VERSION}): hãy cập nhật ThuKy. Dữ liệu đang dùng không bị thay đổi.`,
      );
    }
    await checkIsThuky(db, version, label);
    if (version < SCHEMA_VERSION) {
      const k = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
      try {
        await runMigrations(db, k);
      } catch (e) {
        throw refuse(
          label,
          `là dữ liệu ThuKy cũ (lược đồ ${version}) nhưng không nâng cấp được (${e instanceof Error ? e.message : String(e)})`,
        );
      }
      const after = schemaDifference(schemaObjectsOf(db), await schemaAt(SCHEMA_VERSION));
      if (after) throw refuse(label, `sau khi nâng cấp không khớp cấu trúc ThuKy (${after})`);
    }
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) throw refuse(label, `có ${fk.length} dòng tham chiếu tới dữ liệu không tồn tại`);
    db.close();
    db = null;
    const fd = fs.openSync(staged, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (db?.open) db.close();
    removeWithSidecars(staged);
    if (e instanceof AppError) throw e;
    throw refuse(label, `không đọc được (${e instanceof Error ? e.message : String(e)}): hãy chọn bản khác`);
  }
}

/** A ThuKy store of version v: its migration log names the first v migrations, its objects are theirs. */
async function checkIsThuky(db: SQLite.Database, version: number, label: string) {
  const tables = new Set(db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]);
  if (version < 1 || !tables.has('conferences') || !tables.has('kysely_migration')) {
    throw refuse(label, 'không phải dữ liệu ThuKy (thiếu các bảng hội nghị, đại biểu của ThuKy)');
  }
  const done = db.prepare('select name from kysely_migration order by name').pluck().all() as string[];
  const expected = Object.keys(migrations).slice(0, version);
  if (done.join('|') !== expected.join('|')) {
    throw refuse(label, `có nhật ký nâng cấp lạ (${done.length} bước, lược đồ ${version}): không phải dữ liệu ThuKy`);
  }
  const diff = schemaDifference(schemaObjectsOf(db), await schemaAt(version));
  if (diff) throw refuse(label, `có cấu trúc ThuKy không tạo ra (${diff})`);
}
