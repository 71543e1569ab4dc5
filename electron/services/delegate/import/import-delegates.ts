/**
 * delegate.importPreview / delegate.import: parse the office's file, flag duplicates against the
 * store, and write everything in one transaction after a backup.
 */
import { AppError, notFound } from '../../../../shared/api/errors';
import type { ImportInput, ImportPreview, ImportResult } from '../../../../shared/models/import';
import { findConference } from '../../../../db/repositories/conference';
import { insertDelegateRows, listDelegateRows, maxPrecedence, setPrecedences, type DelegateRow } from '../../../../db/repositories/delegate';
import { pushUndo } from '../../../../db/repositories/delegate-undo';
import { backupStore } from '../../safety';
import type { ServiceContext } from '../../kernel/context';
import { newDelegateRow } from '../delegate-rows';
import { invalidateSearch } from '../delegates';
import { orderWithSections } from '../delegate-placement';
import { assertFreeSpace } from '../../kernel/disk';
import { runParse } from '../../kernel/worker-pool';
import { markDuplicates, personKey, slimRows, type DuplicateRule } from './duplicates';

const MAX_BYTES = 20 * 1024 * 1024;

function decode(input: ImportInput): Uint8Array {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('IMPORT_INVALID', `Tệp "${input.fileName}" rỗng`, { file: input.fileName });
  if (bytes.length > MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${input.fileName}" quá lớn (${(bytes.length / 1048576).toFixed(1)} MB, tối đa 20 MB)`, { file: input.fileName });
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Parse and mark rows that match someone already in the conference. Writes nothing. */
export const previewImport = (ctx: ServiceContext, input: ImportInput): Promise<ImportPreview> => parseAndMark(ctx, input, false);

/**
 * Parsed and marked on the worker thread (kernel/worker-pool.ts) so the desks keep answering
 * meanwhile; `slim` (the import itself) leaves each row's cells behind in the worker.
 */
async function parseAndMark(ctx: ServiceContext, input: ImportInput, slim: boolean): Promise<ImportPreview> {
  if (!(await findConference(ctx.store.db, input.conferenceId))) throw notFound('hội nghị', input.conferenceId);
  const bytes = decode(input);
  const rule: DuplicateRule = {
    existing: (await listDelegateRows(ctx.store.db, input.conferenceId)).map((r) => [personKey({ fullName: r.full_name, position: r.position, unit: r.unit }), r.id]),
    onDuplicate: input.onDuplicate, keepRows: input.keepRows,
  };
  return runParse<ImportPreview>('delegate-file', { fileName: input.fileName, bytes, mapping: input.mapping, rule, slim }, async () => {
    // Loaded on first use: exceljs is heavy and most starts never import.
    const { parseDelegateFile } = await import('./parse-delegate-file');
    const marked = markDuplicates(await parseDelegateFile(input.fileName, bytes, input.mapping), rule);
    return slim ? slimRows(marked) : marked;
  });
}

/** All or nothing: a backup first, then one transaction; undo removes the whole import. */
export async function importDelegates(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  const preview = await parseAndMark(ctx, input, true);
  const toImport = preview.rows.filter((r) => r.fate === 'import' && r.delegate);
  assertFreeSpace(ctx.store.dataDir, toImport.length * 2048, `nhập tệp "${input.fileName}"`);
  const backupFile = toImport.length ? await backupStore(ctx, 'before-import') : null;
  // The rows are built before the transaction, 500 at a time with a pause between: the check-in
  // desks are answered meanwhile, and the transaction (which they wait on) only inserts.
  const now = ctx.now();
  const rows: DelegateRow[] = [];
  for (let i = 0; i < toImport.length; i += 500) {
    for (const r of toImport.slice(i, i + 500)) rows.push(newDelegateRow(input.conferenceId, r.delegate!, rows.length, now));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await listDelegateRows(trx, input.conferenceId);
    const from = (await maxPrecedence(trx, input.conferenceId)) + 1;
    for (const r of rows) r.precedence += from;
    // The raw handle runs inside this transaction (one connection): see insertDelegateRows.
    await insertDelegateRows(trx, rows, ctx.store.sqlite);
    // A second import puts each row in its existing section (#14), not after the whole list.
    const order = orderWithSections(before, rows);
    const moved = order.some((id, i) => id !== (before[i]?.id ?? rows[i - before.length]?.id));
    if (moved) await setPrecedences(trx, order, ctx.now());
    await pushUndo(trx, input.conferenceId, `Nhập tệp ${input.fileName}`, { rows: moved ? before : [], createdIds: rows.map((r) => r.id) }, ctx.now());
  });
  invalidateSearch(ctx, input.conferenceId);
  return {
    imported: toImport.length,
    skippedRows: preview.rows.filter((r) => r.fate === 'skip').map((r) => ({ row: r.row, reason: r.reason })),
    duplicates: preview.rows
      .filter((r) => r.fate === 'duplicate')
      .map((r) => ({ row: r.row, fullName: r.delegate?.fullName ?? '', existingId: r.existingId ?? '' })),
    encoding: preview.encoding,
    backupFile,
  };
}
