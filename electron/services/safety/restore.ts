/**
 * Restore a backup. The candidate is first copied next to the store ("thuky.sqlite.restoring") and
 * checked and migrated there (safety/store-check.ts): any failure leaves the live store untouched
 * and answering. Then the current state is backed up, the live store closed (SQLite checkpoints and
 * removes its WAL), the old file kept as a hard link ("thuky.sqlite.previous"), and one rename()
 * puts the checked copy in place. If the new store does not open, the previous file is put back.
 * Killed at any moment, the folder holds either the old store or the new one (start-up removes the
 * leftovers: see store-health.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp, openStore, STORE_FILE_NAME } from '../../../db/database';
import { AppError } from '../../../shared/api/errors';
import { backupStore } from './backup';
import { backupDir, backupFile } from './backup-list';
import { invalidateSearch } from '../delegate';
import type { ServiceContext } from '../kernel/context';
import { getHealth, openCheckedStore, setHealth, OK_HEALTH } from './store-health';
import { removeWithSidecars, stageCheckedCopy } from './store-check';

/** Test seam: throw from here to simulate the new store failing to open after the rename. */
export const restoreTestHooks: { afterSwap?: () => void } = {};

/** Resolves when no store swap is running (the dispatcher waits on it before every call). */
export const storeIdle = (ctx: ServiceContext): Promise<unknown> | null => ctx.state.safety.swap;

/**
 * @example const r = await restoreBackup(ctx, '2026-11-22T19-40-05-123Z-at-start.sqlite');
 */
export async function restoreBackup(
  ctx: ServiceContext,
  id: string,
): Promise<{ restoredFrom: string; safetyBackup: string | null }> {
  if (ctx.state.safety.swap) throw new AppError('CONFLICT', 'Đang khôi phục một bản sao lưu khác, hãy đợi');
  const source = backupFile(ctx, id);
  const run = (async () => {
    const staged = path.join(ctx.store.dataDir, `${STORE_FILE_NAME}.restoring`);
    await stageCheckedCopy(source, staged, `Không khôi phục: bản sao lưu "${id}"`);
    try {
      // A damaged store cannot be read by the online backup; keep its file aside instead.
      const safetyBackup = getHealth(ctx).readOnly ? keepDamagedAside(ctx) : await backupStore(ctx, 'before-restore');
      await swapStoreFile(ctx, staged, id);
      return { restoredFrom: id, safetyBackup };
    } finally {
      removeWithSidecars(staged);
    }
  })();
  ctx.state.safety.swap = run.catch(() => {});
  try {
    return await run;
  } finally {
    ctx.state.safety.swap = null;
  }
}

function keepDamagedAside(ctx: ServiceContext): string {
  const dir = backupDir(ctx);
  fs.mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, `damaged-${fileStamp()}.sqlite`);
  if (fs.existsSync(ctx.store.file)) fs.copyFileSync(ctx.store.file, dest);
  return dest;
}

/** Replace the store's file by `staged` (a closed, checked copy on the same disk) and reopen it in ctx. */
async function swapStoreFile(ctx: ServiceContext, staged: string, id: string) {
  const { dataDir } = ctx.store;
  const target = path.join(dataDir, STORE_FILE_NAME);
  const previous = `${target}.previous`;
  const old = ctx.store;
  const conferenceIds = () => {
    try {
      return ctx.store.sqlite.prepare('select id from conferences').pluck().all() as string[];
    } catch {
      return [];
    }
  };
  const before = conferenceIds();
  // Hold Kysely's connection so no query runs on the old store while it closes.
  await old.db.connection().execute(async () => {
    old.sqlite.close();
  });
  await old.close().catch(() => {});
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
  fs.rmSync(previous, { force: true });
  if (fs.existsSync(target)) {
    try {
      fs.linkSync(target, previous);
    } catch {
      fs.copyFileSync(target, previous);
    }
  }
  fs.renameSync(staged, target);
  try {
    restoreTestHooks.afterSwap?.();
    ctx.store = await openStore(dataDir);
    ctx.store.sqlite.prepare('select count(*) from conferences').get();
  } catch (e) {
    // Put the previous file back and reopen it: the live data as it was before the restore.
    if (ctx.store !== old && ctx.store.sqlite.open) await ctx.store.close().catch(() => {});
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    if (fs.existsSync(previous)) fs.renameSync(previous, target);
    const reopened = await openCheckedStore(dataDir);
    ctx.store = reopened.store;
    setHealth(ctx, reopened.health);
    console.error('[ThuKy] mở dữ liệu sau khi khôi phục thất bại, đã đặt lại tệp cũ:', e);
    throw new AppError(
      'INTERNAL',
      `Không mở được dữ liệu sau khi khôi phục "${id}" (${e instanceof Error ? e.message : String(e)}). ` +
        'Đã đặt lại dữ liệu như trước khi khôi phục; không có gì bị mất.',
      { id },
    );
  }
  fs.rmSync(previous, { force: true });
  setHealth(ctx, OK_HEALTH);
  for (const cid of new Set([...before, ...conferenceIds()])) invalidateSearch(ctx, cid);
}
