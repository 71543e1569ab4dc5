/**
 * Which backups there are and what each holds, read from the backup folder (never written here:
 * backup.ts writes and rotates them). Also usable before a store is open (store-health.ts at start).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ServiceContext } from '../kernel/context';

/** Where the chosen backup folder is kept: <dataDir>/backup-settings.json, readable even when the store is damaged. */
export const SETTINGS_FILE = 'backup-settings.json';
/** Our own backups: "<stamp>-<reason>.sqlite"; before-migration copies are never rotated away. */
export const ROTATED = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-[A-Za-z0-9_-]+\.sqlite$/;

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
  } catch {
    /* no settings yet: the default */
  }
  return path.join(dataDir, 'backups');
}

/** The time in a rotated name ("<stamp>-<reason>.sqlite"), or 0. */
export function stampTime(name: string): number {
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
      const tables = new Set(
        db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
      );
      const count = (t: string) =>
        tables.has(t) ? (db.prepare(`select count(*) from "${t}"`).pluck().get() as number) : null;
      const checkinTable = ['checkins', 'checkin', 'check_ins'].find((t) => tables.has(t));
      out = {
        conferences: count('conferences'),
        delegates: count('delegates'),
        checkins: checkinTable ? count(checkinTable) : null,
        readable: tables.has('conferences'),
      };
    } finally {
      db.close();
    }
  } catch {
    out = { conferences: null, delegates: null, checkins: null, readable: false };
  }
  countsCache.set(key, out);
  return out;
}

/** Every backup in the folder, newest first. */
export const listBackups = (ctx: ServiceContext): { folder: string; items: BackupInfo[] } =>
  listBackupsIn(backupDir(ctx));

/** The newest backup that reads as a ThuKy store (not a damaged store kept aside), or null. */
export const lastGoodBackup = (dataDir: string, usable: (id: string) => boolean = () => true): BackupInfo | null =>
  listBackupsIn(backupDirOf(dataDir)).items.find((b) => b.readable && !b.id.startsWith('damaged-') && usable(b.id)) ??
  null;

export function listBackupsIn(folder: string): { folder: string; items: BackupInfo[] } {
  if (!fs.existsSync(folder)) return { folder, items: [] };
  const items: BackupInfo[] = [];
  for (const id of fs.readdirSync(folder)) {
    if (!id.endsWith('.sqlite')) continue;
    const file = path.join(folder, id);
    const st = fs.statSync(file);
    const t = stampTime(id) || stampTime(id.replace(/^before-migration-v\d+-/, '')) || st.mtimeMs;
    const reason = id.match(ROTATED)
      ? id.slice(25, -7)
      : id.startsWith('before-migration')
        ? 'before-migration'
        : 'other';
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
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${id}" trong thư mục ${backupDir(ctx)}`, { id });
  return file;
}
