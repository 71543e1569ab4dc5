/**
 * Backups with SQLite's online backup API (never a file copy of a live database).
 * Taken at start, before every import and bulk change, every 10 minutes while check-in runs and on
 * quit; kept by a rotation (the last 20 plus the newest of each day for 90 days) in a folder the
 * user can see and change (default <dataDir>/backups; a chosen folder gets a "ThuKy-backups" folder
 * of its own inside; stored in <dataDir>/backup-settings.json so it is readable even when the store
 * itself is damaged). The rotation deletes only files ThuKy wrote there; copies are left in
 * rollback-journal mode (a WAL-mode copy grows -wal/-shm files whenever it is read). Which backups
 * there are and what they hold: backup-list.ts. Failures of the automatic ones (at start, on quit,
 * periodic) are logged, never block start or quit.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { fileStamp } from '../../../db/database';
import { AppError } from '../../../shared/api/errors';
import type { ServiceContext } from '../kernel/context';
import { assertFreeSpace, diskFullError, isDiskFull } from '../kernel/disk';
import { backupDir, ROTATED, SETTINGS_FILE, stampTime } from './backup-list';
import { getHealth } from './store-health';

export const KEEP_LAST = 20;
export const KEEP_DAILY_DAYS = 90;
/** The folder ThuKy makes inside the folder the user chooses. */
export const OWN_FOLDER = 'ThuKy-backups';
const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Changes the backup folder: "<chosen>/ThuKy-backups" (created; "" = the default), resolved to its
 * real path and test-written before it is accepted. Existing backups stay where they are.
 */
export function setBackupFolder(ctx: ServiceContext, folder: string): { folder: string } {
  const chosen = folder.trim();
  if (chosen !== '' && !path.isAbsolute(chosen))
    throw new AppError(
      'BAD_INPUT',
      `Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu), không phải "${folder}"`,
    );
  const resolved = chosen === '' ? path.join(ctx.store.dataDir, 'backups') : path.resolve(chosen);
  const target = chosen === '' || path.basename(resolved) === OWN_FOLDER ? resolved : path.join(resolved, OWN_FOLDER);
  let real: string;
  try {
    fs.mkdirSync(target, { recursive: true });
    real = fs.realpathSync(target);
    if (!fs.statSync(real).isDirectory()) throw new Error('not a folder');
    // Test-write: create, fsync, read back, delete (accessSync alone says nothing about a full or read-only disk).
    const probe = path.join(real, `.thuky-thu-ghi-${process.pid}`);
    fs.writeFileSync(probe, 'ThuKy');
    const fd = fs.openSync(probe, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const ok = fs.readFileSync(probe, 'utf8') === 'ThuKy';
    fs.rmSync(probe, { force: true });
    if (!ok) throw new Error('read-back differs');
  } catch (e) {
    if (isDiskFull(e)) throw diskFullError(`vào thư mục sao lưu "${target}"`);
    throw new AppError('BAD_INPUT', `Không ghi được vào thư mục sao lưu "${target}": hãy chọn thư mục khác`, {
      folder: target,
    });
  }
  fs.writeFileSync(path.join(ctx.store.dataDir, SETTINGS_FILE), JSON.stringify({ folder: real }, null, 2));
  return { folder: real };
}

const storeBytes = (ctx: ServiceContext) =>
  ['', '-wal'].reduce((n, s) => n + (fs.existsSync(ctx.store.file + s) ? fs.statSync(ctx.store.file + s).size : 0), 0);

/**
 * Online backup to "<stamp>-<reason>.sqlite", written under a temporary name, switched out of WAL
 * mode, fsynced and renamed, so a crash or a full disk never leaves a half file that looks like a
 * backup; then the rotation runs.
 * @example const file = await backupStore(ctx, 'before-import');
 */
export async function backupStore(ctx: ServiceContext, reason: string): Promise<string> {
  const dir = backupDir(ctx);
  assertFreeSpace(dir, storeBytes(ctx), 'sao lưu dữ liệu');
  const file = path.join(dir, `${fileStamp()}-${reason.replace(/[^a-z0-9-]/gi, '_')}.sqlite`);
  const partial = `${file}.partial`;
  writing.add(partial);
  try {
    fs.mkdirSync(dir, { recursive: true });
    await ctx.store.sqlite.backup(partial);
    const copy = new SQLite(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
  } catch (e) {
    for (const s of ['', ...SIDECARS]) fs.rmSync(partial + s, { force: true });
    if (isDiskFull(e)) throw diskFullError(`bản sao lưu vào "${dir}"`);
    throw e;
  } finally {
    writing.delete(partial);
  }
  rotateBackups(dir, path.basename(file));
  return file;
}

/** "Sao lưu ngay". @example const { id } = await createBackupNow(ctx); */
export async function createBackupNow(ctx: ServiceContext): Promise<{ id: string; createdAt: string }> {
  const file = await backupStore(ctx, 'manual');
  return { id: path.basename(file), createdAt: new Date(stampTime(path.basename(file))).toISOString() };
}

/** Which rotated names to delete: everything but the newest KEEP_LAST and the newest of each day. */
export function namesToDelete(names: string[], now = new Date()): string[] {
  const ours = names
    .filter((n) => ROTATED.test(n))
    .sort()
    .reverse();
  const keep = new Set(ours.slice(0, KEEP_LAST));
  const days = new Set<string>();
  const oldest = now.getTime() - KEEP_DAILY_DAYS * 86_400_000;
  for (const n of ours) {
    const t = stampTime(n);
    const day = new Date(t).toLocaleDateString('sv');
    if (t >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(n);
    }
  }
  return ours.filter((n) => !keep.has(n));
}

/**
 * Backups under way in this process (two can overlap: a check-in backup and the quit backup).
 * Process-wide on purpose, not per core: it is about files, and a backup folder may be shared.
 */
const writing = new Set<string>();

/** Deletes only what ThuKy wrote: rotated names, their sidecars, and stale partial copies of them. */
function rotateBackups(dir: string, justMade: string) {
  for (const n of namesToDelete(fs.readdirSync(dir))) {
    if (n !== justMade) for (const s of ['', ...SIDECARS]) fs.rmSync(path.join(dir, n + s), { force: true });
  }
  // Leftovers of a backup interrupted by a crash — never one this process is still writing.
  for (const n of fs.readdirSync(dir)) {
    const m = /^(.+\.sqlite)\.partial(-wal|-shm|-journal)?$/.exec(n);
    if (!m || !ROTATED.test(m[1])) continue;
    const p = path.join(dir, n);
    if (!writing.has(p.replace(/(-wal|-shm|-journal)$/, ''))) fs.rmSync(p, { force: true });
  }
}

/**
 * Backs up every `intervalMs` while something (check-in) runs, skipping when nothing changed.
 * @example const stop = startPeriodicBackups(ctx); … stop();
 */
export function startPeriodicBackups(ctx: ServiceContext, intervalMs = 10 * 60_000): () => void {
  let last = -1;
  const timer = setInterval(() => {
    const changes = ctx.store.sqlite.prepare('select total_changes()').pluck().get() as number;
    if (changes === last) return;
    last = changes;
    backupStore(ctx, 'checkin').catch((e) => console.error('[ThuKy] sao lưu định kỳ thất bại:', e));
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

// The automatic backups tied to the app's life: at start (when there is something to keep) and on
// quit (when something changed since start).
const hasData = (ctx: ServiceContext) =>
  (ctx.store.sqlite.prepare('select exists (select 1 from conferences)').pluck().get() as number) === 1;

/** @example await backupAtStart(ctx) — called by createCore after the integrity check. */
export async function backupAtStart(ctx: ServiceContext): Promise<string | null> {
  if (getHealth(ctx).readOnly || !hasData(ctx)) return null;
  try {
    return await backupStore(ctx, 'at-start');
  } catch (e) {
    console.error('[ThuKy] sao lưu lúc khởi động thất bại:', e);
    return null;
  }
}

/** @example await backupOnQuit(ctx) — called by core.close(). */
export async function backupOnQuit(ctx: ServiceContext): Promise<string | null> {
  if (getHealth(ctx).readOnly || !ctx.store.sqlite.open) return null;
  const changed = (ctx.store.sqlite.prepare('select total_changes()').pluck().get() as number) > 0;
  if (!changed || !hasData(ctx)) return null;
  try {
    return await backupStore(ctx, 'on-quit');
  } catch (e) {
    console.error('[ThuKy] sao lưu khi thoát thất bại:', e);
    return null;
  }
}
