/**
 * Restore a backup: back up the current state, check the candidate (integrity_check, not from a
 * newer ThuKy), then swap the files atomically and reopen the store in the same ServiceContext.
 *
 * Crash safety: the candidate is first copied next to the store ("thuky.sqlite.restoring") and
 * fsynced; the live store is closed (SQLite checkpoints and removes its WAL); then one rename()
 * replaces the file. Killed at any moment, the folder holds either the old store or the new one.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { fileStamp, openStore, STORE_FILE_NAME } from '../../../db/database';
import { SCHEMA_VERSION } from '../../../db/migrations/index';
import { AppError } from '../../../shared/api/errors';
import { backupDir, backupFile, backupStore } from './backup';
import { invalidateSearch } from '../delegate';
import type { ServiceContext } from '../kernel/context';
import { integrityOf, OK_HEALTH, getHealth, setHealth } from './store-health';

const gates = new WeakMap<ServiceContext, Promise<unknown>>();

/** Resolves when no store swap is running (the dispatcher waits on it before every call). */
export const storeIdle = (ctx: ServiceContext): Promise<unknown> | null => gates.get(ctx) ?? null;

/** Listeners told after a swap (search caches and the like key their state on the old store). */
const swapListeners = new Set<(ctx: ServiceContext) => void>();
export const onStoreSwapped = (fn: (ctx: ServiceContext) => void) => { swapListeners.add(fn); };

/**
 * @example const r = await restoreBackup(ctx, '2026-11-22T19-40-05-123Z-at-start.sqlite');
 */
export async function restoreBackup(ctx: ServiceContext, id: string): Promise<{ restoredFrom: string; safetyBackup: string | null }> {
  if (gates.has(ctx)) throw new AppError('CONFLICT', 'Đang khôi phục một bản sao lưu khác, hãy đợi');
  const source = backupFile(ctx, id);
  checkCandidate(source, id);
  const run = (async () => {
    // A damaged store cannot be read by the online backup; keep its file aside instead.
    const safetyBackup = getHealth(ctx).readOnly ? keepDamagedAside(ctx) : await backupStore(ctx, 'before-restore');
    await swapStoreFile(ctx, source);
    return { restoredFrom: id, safetyBackup };
  })();
  gates.set(ctx, run.catch(() => {}));
  try {
    return await run;
  } finally {
    gates.delete(ctx);
  }
}

function checkCandidate(file: string, id: string) {
  let result: string;
  let version: number;
  try {
    result = integrityOf(file);
    const db = new SQLite(file, { readonly: true });
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      db.prepare('select count(*) from conferences').get();
    } finally { db.close(); }
  } catch (e) {
    throw new AppError('IMPORT_INVALID', `Bản sao lưu "${id}" không đọc được (${e instanceof Error ? e.message : String(e)}): hãy chọn bản khác`, { id });
  }
  if (result !== 'ok') throw new AppError('IMPORT_INVALID', `Bản sao lưu "${id}" bị hỏng (${result.slice(0, 200)}): hãy chọn bản khác`, { id });
  if (version > SCHEMA_VERSION) {
    throw new AppError('STORE_TOO_NEW', `Bản sao lưu "${id}" do phiên bản ThuKy mới hơn tạo (lược đồ ${version} > ${SCHEMA_VERSION}): hãy cập nhật ThuKy`, { id });
  }
}

function keepDamagedAside(ctx: ServiceContext): string {
  const dir = backupDir(ctx);
  fs.mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, `damaged-${fileStamp()}.sqlite`);
  if (fs.existsSync(ctx.store.file)) fs.copyFileSync(ctx.store.file, dest);
  return dest;
}

const fsyncFile = (file: string) => {
  const fd = fs.openSync(file, 'r+');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
};

/** Replace the store's file by `source` (a closed, checked SQLite file) and reopen it in ctx. */
export async function swapStoreFile(ctx: ServiceContext, source: string) {
  const { dataDir } = ctx.store;
  const target = path.join(dataDir, STORE_FILE_NAME);
  const staged = `${target}.restoring`;
  fs.copyFileSync(source, staged);
  fsyncFile(staged);
  const old = ctx.store;
  const conferenceIds = () => {
    try { return ctx.store.sqlite.prepare('select id from conferences').pluck().all() as string[]; } catch { return []; }
  };
  const before = conferenceIds();
  // Hold Kysely's connection so no query runs on the old store while it closes.
  await old.db.connection().execute(async () => { old.sqlite.close(); });
  await old.close().catch(() => {});
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(staged, target);
  ctx.store = await openStore(dataDir);
  setHealth(ctx, OK_HEALTH);
  for (const id of new Set([...before, ...conferenceIds()])) invalidateSearch(ctx, id);
  for (const fn of swapListeners) fn(ctx);
}
