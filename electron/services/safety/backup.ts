/**
 * Backups with SQLite's online backup API (never a file copy of a live database).
 * Taken at start, before every import and bulk change, every 10 minutes while check-in runs and on
 * quit; kept by a rotation (the last 20 plus the newest of each day for 90 days) in a folder the
 * user can see and change (default <dataDir>/backups; a chosen folder gets a "ThuKy-backups" folder
 * of its own inside; stored in <dataDir>/backup-settings.json so it is readable even when the store
 * itself is damaged). The rotation deletes only files ThuKy wrote there; copies are left in
 * rollback-journal mode (a WAL-mode copy grows -wal/-shm files whenever it is read).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { fileStamp } from '../../../db/database';
import { AppError } from '../../../shared/api/errors';
import type { ServiceContext } from '../kernel/context';
import { assertFreeSpace, diskFullError, isDiskFull } from '../kernel/disk';

export const KEEP_LAST = 20;
export const KEEP_DAILY_DAYS = 90;
const SETTINGS_FILE = 'backup-settings.json';
/** The folder ThuKy makes inside the folder the user chooses. */
export const OWN_FOLDER = 'ThuKy-backups';
const SIDECARS = ['-wal', '-shm', '-journal'];
/** Our own backups: "<stamp>-<reason>.sqlite"; before-migration copies are never rotated away. */
const ROTATED = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-[A-Za-z0-9_-]+\.sqlite$/;

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
  conferences: number | null;
  delegates: number | null;
  checkins: number | null;
  /** False when the file cannot be read as a ThuKy store. */
  readable: boolean;
}

/** The folder for backups: the user's choice, else <dataDir>/backups. */
export const backupDir = (ctx: ServiceContext): string => backupDirOf(ctx.store.dataDir);

/** The same, from the data folder alone (at start, before a store is open). */
export function backupDirOf(dataDir: string): string {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as { folder?: unknown };
    if (typeof s.folder === 'string' && path.isAbsolute(s.folder)) return s.folder;
  } catch { /* no settings yet: the default */ }
  return path.join(dataDir, 'backups');
}

/**
 * Changes the backup folder: "<chosen>/ThuKy-backups" (created; "" = the default), resolved to its
 * real path and test-written before it is accepted. Existing backups stay where they are.
 */
export function setBackupFolder(ctx: ServiceContext, folder: string): { folder: string } {
  const chosen = folder.trim();
  if (chosen !== '' && !path.isAbsolute(chosen)) throw new AppError('BAD_INPUT', `Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu), không phải "${folder}"`);
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
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    const ok = fs.readFileSync(probe, 'utf8') === 'ThuKy';
    fs.rmSync(probe, { force: true });
    if (!ok) throw new Error('read-back differs');
  } catch (e) {
    if (isDiskFull(e)) throw diskFullError(`vào thư mục sao lưu "${target}"`);
    throw new AppError('BAD_INPUT', `Không ghi được vào thư mục sao lưu "${target}": hãy chọn thư mục khác`, { folder: target });
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
    try { copy.pragma('journal_mode = DELETE'); } finally { copy.close(); }
    const fd = fs.openSync(partial, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
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
  const ours = names.filter((n) => ROTATED.test(n)).sort().reverse();
  const keep = new Set(ours.slice(0, KEEP_LAST));
  const days = new Set<string>();
  const oldest = now.getTime() - KEEP_DAILY_DAYS * 86_400_000;
  for (const n of ours) {
    const t = stampTime(n);
    const day = new Date(t).toLocaleDateString('sv');
    if (t >= oldest && !days.has(day)) { days.add(day); keep.add(n); }
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

function stampTime(name: string): number {
  const m = name.match(/^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : 0;
}

const countsCache = new Map<string, Pick<BackupInfo, 'conferences' | 'delegates' | 'checkins' | 'readable'>>();

/** What a backup file holds, read from the file itself (cached by name, size and time: a fact about the file, for any core). */
function countsOf(file: string, st: fs.Stats) {
  const key = `${file}|${st.size}|${st.mtimeMs}`;
  const hit = countsCache.get(key);
  if (hit) return hit;
  let out: Pick<BackupInfo, 'conferences' | 'delegates' | 'checkins' | 'readable'>;
  try {
    const db = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const tables = new Set(db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]);
      const count = (t: string) => (tables.has(t) ? (db.prepare(`select count(*) from "${t}"`).pluck().get() as number) : null);
      const checkinTable = ['checkins', 'checkin', 'check_ins'].find((t) => tables.has(t));
      out = { conferences: count('conferences'), delegates: count('delegates'), checkins: checkinTable ? count(checkinTable) : null, readable: tables.has('conferences') };
    } finally { db.close(); }
  } catch {
    out = { conferences: null, delegates: null, checkins: null, readable: false };
  }
  countsCache.set(key, out);
  return out;
}

/** Every backup in the folder, newest first. */
export const listBackups = (ctx: ServiceContext): { folder: string; items: BackupInfo[] } => listBackupsIn(backupDir(ctx));

/** The newest backup that reads as a ThuKy store (not a damaged store kept aside), or null. */
export const lastGoodBackup = (dataDir: string, usable: (id: string) => boolean = () => true): BackupInfo | null =>
  listBackupsIn(backupDirOf(dataDir)).items.find((b) => b.readable && !b.id.startsWith('damaged-') && usable(b.id)) ?? null;

export function listBackupsIn(folder: string): { folder: string; items: BackupInfo[] } {
  if (!fs.existsSync(folder)) return { folder, items: [] };
  const items: BackupInfo[] = [];
  for (const id of fs.readdirSync(folder)) {
    if (!id.endsWith('.sqlite')) continue;
    const file = path.join(folder, id);
    const st = fs.statSync(file);
    const t = stampTime(id) || stampTime(id.replace(/^before-migration-v\d+-/, '')) || st.mtimeMs;
    const reason = id.match(ROTATED) ? id.slice(25, -7) : id.startsWith('before-migration') ? 'before-migration' : 'other';
    items.push({ id, createdAt: new Date(t).toISOString(), reason, sizeBytes: st.size, ...countsOf(file, st) });
  }
  return { folder, items: items.sort((a, b) => b.createdAt.localeCompare(a.createdAt)) };
}

/** The backup file for an id from backup.list; refuses anything that is not a plain file name there. */
export function backupFile(ctx: ServiceContext, id: string): string {
  if (id !== path.basename(id) || !id.endsWith('.sqlite') || id.includes('..')) {
    throw new AppError('BAD_INPUT', `Mã bản sao lưu không hợp lệ: "${id}"`, { id });
  }
  const file = path.join(backupDir(ctx), id);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${id}" trong thư mục ${backupDir(ctx)}`, { id });
  return file;
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
