/**
 * What an import writes, built where the file was read (the parse worker, see kernel/worker-pool.ts):
 * every row ready to bind — cleaned, validated, with its search key, id and check-in code — packed
 * as JSON chunks of value arrays. The main thread then receives a few strings instead of a clone of
 * 20,000 objects, and stages one chunk per turn of its event loop (staging.ts), so the check-in
 * desks keep being answered. Pure: no store, no Electron.
 */
import { ZodError } from 'zod';
import { AppError } from '../../../../shared/api/errors';
import { DELEGATE_FIELD_LABELS, type DelegateFields } from '../../../../shared/models/delegate';
import type { ImportPreview, ImportResult } from '../../../../shared/models/import';
import type { DelegateRow } from '../../../../db/repositories/delegate';
import { newDelegateRow } from '../delegate-rows';

/** Rows per chunk: a chunk is parsed and staged in a few milliseconds. */
export const PLAN_CHUNK = 500;

export interface ImportPlan extends Omit<ImportResult, 'backupFile'> {
  /** The `delegates` columns, in the order of each row's values. */
  columns: (keyof DelegateRow)[];
  /** JSON arrays of rows (value arrays in `columns` order), PLAN_CHUNK rows each; precedence 0, 1, 2… */
  chunks: string[];
}

function rowError(file: string, row: number, e: unknown): AppError {
  if (!(e instanceof ZodError))
    return e instanceof AppError
      ? e
      : new AppError('IMPORT_INVALID', `Tệp "${file}", dòng ${row}: ${String(e)}`, { file, row });
  const issue = e.issues[0];
  const label = DELEGATE_FIELD_LABELS[issue?.path[0] as keyof DelegateFields] ?? 'dữ liệu';
  return new AppError('IMPORT_INVALID', `Tệp "${file}", dòng ${row} (${label}): ${issue?.message ?? 'không hợp lệ'}`, {
    file,
    row,
  });
}

/** @example const plan = planImport(markDuplicates(preview, rule), conferenceId, new Date().toISOString()); */
export function planImport(preview: ImportPreview, conferenceId: string, now: string): ImportPlan {
  const columns: (keyof DelegateRow)[] = [];
  const chunks: string[] = [];
  let chunk: unknown[][] = [];
  let n = 0;
  for (const r of preview.rows) {
    if (r.fate !== 'import' || !r.delegate) continue;
    let row: DelegateRow;
    try {
      row = newDelegateRow(conferenceId, r.delegate, n, now);
    } catch (e) {
      throw rowError(preview.fileName, r.row, e);
    }
    if (!columns.length) columns.push(...(Object.keys(row) as (keyof DelegateRow)[]));
    chunk.push(columns.map((c) => row[c]));
    n++;
    if (chunk.length === PLAN_CHUNK) {
      chunks.push(JSON.stringify(chunk));
      chunk = [];
    }
  }
  if (chunk.length) chunks.push(JSON.stringify(chunk));
  return {
    imported: n,
    skippedRows: preview.rows.filter((r) => r.fate === 'skip').map((r) => ({ row: r.row, reason: r.reason })),
    duplicates: preview.rows
      .filter((r) => r.fate === 'duplicate')
      .map((r) => ({ row: r.row, fullName: r.delegate?.fullName ?? '', existingId: r.existingId ?? '' })),
    encoding: preview.encoding,
    columns,
    chunks,
  };
}
