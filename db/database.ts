/**
 * Opens the store: one SQLite file, WAL, foreign keys on, migrated from the static list.
 * A store from a newer app is refused; the file is copied aside before any migration runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { AppError } from '../shared/api/errors';
import type { Database } from './schema/database';
import { migrations, SCHEMA_VERSION } from './migrations/index';

export interface Store {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  file: string;
  dataDir: string;
  /** The copy taken before migrating, if any. */
  preMigrationBackup: string | null;
  close(): Promise<void>;
}

export const STORE_FILE_NAME = 'thuky.sqlite';

const staticProvider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Kysely's SQLite dialect, except that a rollback is skipped when SQLite has already rolled the
 * transaction back itself (it does on SQLITE_FULL): the caller then sees the real error ("database
 * or disk is full"), not "cannot rollback - no transaction is active".
 */
export class StoreDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }
  override createDriver() {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

/** Stamp used in file names: 2026-11-22T19-40-05-123Z. */
export const fileStamp = (d = new Date()) => d.toISOString().replace(/[:.]/g, '-');

/**
 * Open (creating if needed) the store in `dataDir`.
 * @example const store = await openStore('/home/me/.config/ThuKy');
 */
export async function openStore(dataDir: string, options: { fileName?: string } = {}): Promise<Store> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, options.fileName ?? STORE_FILE_NAME);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const sqlite = new SQLite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    // Temp tables (an import's staging rows, services/delegate/import/staging.ts) stay in memory:
    // no temp-file writes, and no disk stalls, while the check-in desks are being answered.
    sqlite.pragma('temp_store = MEMORY');
    const current = sqlite.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new AppError(
        'STORE_TOO_NEW',
        `Tệp dữ liệu "${file}" do phiên bản ThuKy mới hơn tạo (lược đồ ${current}, phiên bản này hiểu tới ${SCHEMA_VERSION}). ` +
          'Hãy cập nhật ThuKy; dữ liệu không bị thay đổi.',
        { file, storeVersion: current, appVersion: SCHEMA_VERSION },
      );
    }
    let preMigrationBackup: string | null = null;
    if (existed && current < SCHEMA_VERSION) {
      preMigrationBackup = path.join(dataDir, 'backups', `before-migration-v${current}-${fileStamp()}.sqlite`);
      fs.mkdirSync(path.dirname(preMigrationBackup), { recursive: true });
      await sqlite.backup(preMigrationBackup);
    }
    const db = new Kysely<Database>({ dialect: new StoreDialect(sqlite) });
    try {
      await runMigrations(sqlite, db);
    } catch (e) {
      await db.destroy().catch(() => {});
      throw e;
    }
    return {
      db,
      sqlite,
      file,
      dataDir,
      preMigrationBackup,
      close: async () => {
        await db.destroy();
      },
    };
  } catch (e) {
    if (sqlite.open) sqlite.close();
    throw e;
  }
}

/**
 * Runs the migrations up to `upTo` (default: all) in one transaction, so a failing step leaves the
 * file exactly as it was (SQLite's DDL is transactional; Kysely's SQLite migrator does not wrap it).
 * @example await runMigrations(sqlite, db);
 */
export async function runMigrations(
  sqlite: SQLite.Database,
  db: Kysely<Database>,
  upTo = SCHEMA_VERSION,
): Promise<void> {
  const names = Object.keys(migrations);
  sqlite.exec('begin immediate');
  try {
    const migrator = new Migrator({ db, provider: staticProvider });
    const { error, results } =
      upTo >= names.length ? await migrator.migrateToLatest() : await migrator.migrateTo(names[upTo - 1]);
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
      throw new AppError(
        'MIGRATION_FAILED',
        `Nâng cấp dữ liệu thất bại ở bước ${failed}: ${String((error as Error).message ?? error)}`,
        { step: failed },
      );
    }
    sqlite.pragma(`user_version = ${Math.min(upTo, names.length)}`);
    sqlite.exec('commit');
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw e;
  }
}
