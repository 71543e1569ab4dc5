/**
 * Paths built from an id or a file name (a conference id from a .thuky file, a speech id, an
 * uploaded file's name): resolved and checked to stay inside their folder, so "..", a separator or
 * an absolute name can never reach a file elsewhere.
 */
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

/**
 * `root` joined with `parts`, each one plain name (no separator, not "." or ".."), and the result
 * resolved inside `root`; throws BAD_INPUT otherwise.
 * @example const dir = insideFolder(path.join(dataDir, 'attachments'), conferenceId);
 */
export function insideFolder(root: string, ...parts: string[]): string {
  const base = path.resolve(root);
  const plain = parts.every(
    (p) => p !== '' && p !== '.' && p !== '..' && !/[\\/\0]/.test(p) && !path.isAbsolute(p) && !/^[A-Za-z]:/.test(p),
  );
  const full = path.resolve(base, ...parts);
  const rel = path.relative(base, full);
  if (!plain || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new AppError('BAD_INPUT', `Đường dẫn không hợp lệ: "${parts.join('/')}" không nằm trong thư mục "${base}"`, {
      parts,
    });
  }
  return full;
}
