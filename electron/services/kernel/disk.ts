/**
 * A full disk, said plainly. Free space is checked before a backup or an import starts (statfs),
 * and a write that still hits the limit (SQLITE_FULL from SQLite, ENOSPC from the file system) is
 * reported as "Ổ đĩa đã đầy: …" — never as "Lỗi nội bộ" or SQLite's "cannot rollback".
 */
import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors';

const MB = 1024 * 1024;
const mb = (n: number) =>
  `${Math.max(0, n / MB).toLocaleString('vi-VN', { maximumFractionDigits: n < 10 * MB ? 1 : 0 })} MB`;

/** Bytes free for this process under `dir` (the nearest existing parent), or null if unknown. */
export function freeBytes(dir: string): number | null {
  let d = dir;
  for (let i = 0; i < 64 && !fs.existsSync(d); i++) d = d.replace(/[\\/][^\\/]*[\\/]?$/, '') || '/';
  try {
    const s = fs.statfsSync(d);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/**
 * Refuses to start when `dir` has less than `needed` bytes (plus a small reserve) free.
 * @example assertFreeSpace(backupDir, storeBytes, 'sao lưu');
 */
export function assertFreeSpace(dir: string, needed: number, what: string) {
  const free = freeBytes(dir);
  const want = needed + 8 * MB;
  if (free !== null && free < want) {
    throw new AppError(
      'DISK_FULL',
      `Ổ đĩa đã đầy: cần khoảng ${mb(want)} trống ở "${dir}" để ${what}, chỉ còn ${mb(free)}. ` +
        'Hãy xóa bớt tệp hoặc chọn ổ khác, rồi thử lại; dữ liệu không bị thay đổi.',
      { dir, free, needed: want },
    );
  }
}

/** True for SQLite's "database or disk is full" and the file system's "no space left on device". */
export function isDiskFull(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return true;
  const msg = e instanceof Error ? e.message : '';
  return /database or disk is full|no space left on device|ENOSPC/i.test(msg);
}

/** The Vietnamese error for a write that hit a full disk (`where`: what was being written). */
export const diskFullError = (where: string) =>
  new AppError(
    'DISK_FULL',
    `Ổ đĩa đã đầy: không ghi được ${where}. Dữ liệu không bị thay đổi (lần ghi dở dang đã được hủy). ` +
      'Hãy xóa bớt tệp trên ổ đĩa rồi thử lại.',
  );
