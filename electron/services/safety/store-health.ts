/**
 * The store's health at start: `PRAGMA integrity_check` before anything writes to it. A damaged
 * store is opened read-only (or, if it cannot be opened at all, an empty stand-in) so the app still
 * starts, shows what is wrong and offers the last good backup; every write is refused meanwhile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { openStore, STORE_FILE_NAME, StoreDialect, type Store } from '../../../db/database';
import { AppError } from '../../../shared/api/errors';
import type { Database } from '../../../db/schema/database';
import type { ServiceContext } from '../kernel/context';
import { lastGoodBackup } from './backup-list';
import { hasSqliteHeader, removeWithSidecars } from './store-check';

export interface StoreHealth {
  ok: boolean;
  readOnly: boolean;
  /** Vietnamese: what is wrong and what to do. Empty when ok. */
  message: string;
  /** The backup the message points to (its id in backup.list), when the store is not ok. */
  lastGoodBackup: string | null;
}

export const OK_HEALTH: StoreHealth = { ok: true, readOnly: false, message: '', lastGoodBackup: null };

/** This core's store health (safety.state.ts): set at start and after a restore. */
export const getHealth = (ctx: ServiceContext): StoreHealth => ctx.state.safety.health;
export const setHealth = (ctx: ServiceContext, h: StoreHealth) => {
  ctx.state.safety.health = h;
};

/** "ok", or the first problems integrity_check reports (throws if the file is not SQLite at all). */
export function integrityOf(file: string): string {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows
      .map((r) => r.integrity_check)
      .slice(0, 5)
      .join('; ');
  } finally {
    db.close();
  }
}

/**
 * Opens the store after checking it. Healthy → the normal store. Damaged (integrity, a 0-byte or
 * header-less file while backups exist) or not migratable → read-only, pointing to the last good backup.
 * @example const { store, health } = await openCheckedStore(dataDir);
 */
export async function openCheckedStore(dataDir: string): Promise<{ store: Store; health: StoreHealth }> {
  const file = path.join(dataDir, STORE_FILE_NAME);
  settleInterruptedRestore(file);
  let problem = '';
  const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
  if (size === 0) {
    // A 0-byte store after a crash or a bad copy: with backups around, it is not "a new empty store".
    if (lastGoodBackup(dataDir)) problem = 'tệp rỗng, 0 byte';
  } else if (size > 0 && !hasSqliteHeader(file)) {
    problem = 'không phải tệp SQLite: thiếu phần đầu tệp';
  } else if (size > 0) {
    try {
      const r = integrityOf(file);
      if (r !== 'ok') problem = r;
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
  }
  if (!problem) {
    try {
      return { store: await openStore(dataDir), health: OK_HEALTH };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'MIGRATION_FAILED')) throw e;
      // The migration ran in one transaction: the file is unchanged. Open it read-only, offer restore.
      // Its own before-migration copy would fail the same way: point to an older, different backup.
      return damaged(
        dataDir,
        file,
        `Không nâng cấp được tệp dữ liệu "${file}" (${e.message}). Dữ liệu không bị thay đổi; ThuKy mở ở chế độ chỉ xem.`,
        (id) => !id.startsWith('before-migration'),
      );
    }
  }
  return damaged(
    dataDir,
    file,
    `Tệp dữ liệu "${file}" bị hỏng (${problem.slice(0, 200)}). ThuKy mở ở chế độ chỉ xem, không ghi gì vào tệp này.`,
  );
}

async function damaged(
  dataDir: string,
  file: string,
  what: string,
  usable: (id: string) => boolean = () => true,
): Promise<{ store: Store; health: StoreHealth }> {
  const good = lastGoodBackup(dataDir, usable);
  const message =
    `${what} ` +
    (good
      ? `Hãy vào "Sao lưu & dữ liệu" và khôi phục bản sao lưu gần nhất còn tốt: lúc ${viStamp(good.createdAt)} (${good.id}).`
      : 'Không có bản sao lưu nào còn tốt trong thư mục sao lưu; hãy chép tệp sao lưu vào đó rồi vào "Sao lưu & dữ liệu" để khôi phục.');
  console.error(`[ThuKy] ${message}`);
  return {
    store: await openReadOnly(dataDir, file),
    health: { ok: false, readOnly: true, message, lastGoodBackup: good?.id ?? null },
  };
}

/** "14:05 22/11/2026", local time. */
const viStamp = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/** Leftovers of a restore killed midway: the store file itself is always whole (see restore.ts). */
function settleInterruptedRestore(file: string) {
  removeWithSidecars(`${file}.restoring`);
  const previous = `${file}.previous`;
  if (!fs.existsSync(previous)) return;
  if (fs.existsSync(file)) fs.rmSync(previous, { force: true });
  else fs.renameSync(previous, file);
}

async function openReadOnly(dataDir: string, file: string): Promise<Store> {
  try {
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    sqlite.prepare('select count(*) from conferences').get();
    const db = new Kysely<Database>({ dialect: new StoreDialect(sqlite) });
    return {
      db,
      sqlite,
      file,
      dataDir,
      preMigrationBackup: null,
      close: async () => {
        await db.destroy();
      },
    };
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
