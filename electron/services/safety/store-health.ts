/**
 * The store's health at start: `PRAGMA integrity_check` before anything writes to it. A damaged
 * store is opened read-only (or, if it cannot be opened at all, an empty stand-in) so the app still
 * starts, shows what is wrong and offers the last good backup; every write is refused meanwhile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openStore, STORE_FILE_NAME, type Store } from '../../../db/database';
import { AppError } from '../../../shared/api/errors';
import type { Database } from '../../../db/schema/database';
import type { ServiceContext } from '../kernel/context';

export interface StoreHealth {
  ok: boolean;
  readOnly: boolean;
  /** Vietnamese: what is wrong and what to do. Empty when ok. */
  message: string;
}

const healthOf = new WeakMap<ServiceContext, StoreHealth>();
export const OK_HEALTH: StoreHealth = { ok: true, readOnly: false, message: '' };

export const getHealth = (ctx: ServiceContext): StoreHealth => healthOf.get(ctx) ?? OK_HEALTH;
export const setHealth = (ctx: ServiceContext, h: StoreHealth) => { healthOf.set(ctx, h); };

/** "ok", or the first problems integrity_check reports (throws if the file is not SQLite at all). */
export function integrityOf(file: string): string {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).slice(0, 5).join('; ');
  } finally { db.close(); }
}

/**
 * Opens the store after checking it. Healthy → the normal store. Damaged → read-only.
 * @example const { store, health } = await openCheckedStore(dataDir);
 */
export async function openCheckedStore(dataDir: string): Promise<{ store: Store; health: StoreHealth }> {
  const file = path.join(dataDir, STORE_FILE_NAME);
  // A restore killed before its rename leaves the staged copy: the store itself is intact.
  fs.rmSync(`${file}.restoring`, { force: true });
  let problem = '';
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    try {
      const r = integrityOf(file);
      if (r !== 'ok') problem = r;
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
  }
  if (!problem) return { store: await openStore(dataDir), health: OK_HEALTH };
  const message =
    `Tệp dữ liệu "${file}" bị hỏng (${problem.slice(0, 200)}). ThuKy mở ở chế độ chỉ xem, không ghi gì vào tệp này. ` +
    'Hãy vào "Sao lưu & dữ liệu" và khôi phục bản sao lưu gần nhất còn tốt.';
  console.error(`[ThuKy] ${message}`);
  return { store: await openReadOnly(dataDir, file), health: { ok: false, readOnly: true, message } };
}

async function openReadOnly(dataDir: string, file: string): Promise<Store> {
  try {
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    sqlite.prepare('select count(*) from conferences').get();
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, sqlite, file, dataDir, preMigrationBackup: null, close: async () => { await db.destroy(); } };
  } catch {
    // Not readable at all: an empty stand-in in a temp folder, so the backups can still be restored.
    const stand = await openStore(fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-standin-')));
    return { ...stand, file, dataDir };
  }
}

/** Refuses writes while the store is damaged (the dispatcher calls this before mutating procedures). */
export function assertWritable(ctx: ServiceContext, procedure: string) {
  const h = getHealth(ctx);
  if (h.readOnly && procedure !== 'backup.restore' && procedure !== 'backup.setFolder') {
    throw new AppError('CONFLICT', `Không ghi được ("${procedure}"): ${h.message}`, { readOnly: true });
  }
}
