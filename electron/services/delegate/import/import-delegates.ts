/**
 * delegate.importPreview / delegate.import: parse the office's file, flag duplicates against the
 * store, and write everything in one transaction after a backup. Reading the file and building the
 * rows run on the parse worker; the rows are staged between check-ins (staging.ts), and only the
 * final move into the list holds the store.
 */
import { AppError, notFound } from '../../../../shared/api/errors';
import type { ImportInput, ImportPreview, ImportResult } from '../../../../shared/models/import';
import { findConference } from '../../../../db/repositories/conference';
import {
  listDelegatePeople,
  listDelegateRows,
  maxPrecedence,
  setPrecedences,
} from '../../../../db/repositories/delegate';
import { pushUndo } from '../../../../db/repositories/delegate-undo';
import { backupStore } from '../../safety';
import type { ServiceContext } from '../../kernel/context';
import { refreshSearch } from '../delegates';
import { orderWithSections } from '../delegate-placement';
import { assertFreeSpace } from '../../kernel/disk';
import { runParse } from '../../kernel/worker-pool';
import { markDuplicates, type DuplicateRule } from './duplicates';
import { planImport, type ImportPlan } from './import-plan';
import { dropStaging, moveStaged, openStaging, stageChunk } from './staging';

const MAX_BYTES = 20 * 1024 * 1024;

function decode(input: ImportInput): Uint8Array {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0)
    throw new AppError('IMPORT_INVALID', `Tệp "${input.fileName}" rỗng`, { file: input.fileName });
  if (bytes.length > MAX_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp "${input.fileName}" quá lớn (${(bytes.length / 1048576).toFixed(1)} MB, tối đa 20 MB)`,
      { file: input.fileName },
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Parse and mark rows that match someone already in the conference. Writes nothing. */
export const previewImport = (ctx: ServiceContext, input: ImportInput): Promise<ImportPreview> =>
  parse(ctx, input, null);

/**
 * Parsed and marked on the worker thread (kernel/worker-pool.ts) so the desks keep answering
 * meanwhile; with `plan` (the import itself) the worker also builds the rows to write (import-plan.ts)
 * and leaves the cells read behind.
 */
async function parse(ctx: ServiceContext, input: ImportInput, plan: null): Promise<ImportPreview>;
async function parse(
  ctx: ServiceContext,
  input: ImportInput,
  plan: { conferenceId: string; now: string },
): Promise<ImportPlan>;
async function parse(
  ctx: ServiceContext,
  input: ImportInput,
  plan: { conferenceId: string; now: string } | null,
): Promise<ImportPreview | ImportPlan> {
  if (!(await findConference(ctx.store.db, input.conferenceId))) throw notFound('hội nghị', input.conferenceId);
  const bytes = decode(input);
  const rule: DuplicateRule = {
    existing: [],
    existingPeople: await listDelegatePeople(ctx.store.db, input.conferenceId),
    onDuplicate: input.onDuplicate,
    keepRows: input.keepRows,
  };
  return runParse<ImportPreview | ImportPlan>(
    'delegate-file',
    { fileName: input.fileName, bytes, mapping: input.mapping, rule, plan },
    async () => {
      // Loaded on first use: exceljs is heavy and most starts never import.
      const { parseDelegateFile } = await import('./parse-delegate-file');
      const marked = markDuplicates(await parseDelegateFile(input.fileName, bytes, input.mapping), rule);
      return plan ? planImport(marked, plan.conferenceId, plan.now) : marked;
    },
  );
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** All or nothing: a backup first, then one transaction; undo removes the whole import. */
export async function importDelegates(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  const plan = await parse(ctx, input, { conferenceId: input.conferenceId, now: ctx.now() });
  assertFreeSpace(ctx.store.dataDir, plan.imported * 2048, `nhập tệp "${input.fileName}"`);
  const backupFile = plan.imported ? await backupStore(ctx, 'before-import') : null;
  if (plan.imported) await writePlan(ctx, input, plan);
  refreshSearch(ctx, input.conferenceId);
  const { imported, skippedRows, duplicates, encoding } = plan;
  return { imported, skippedRows, duplicates, encoding, backupFile };
}

/** Stages the rows chunk by chunk, then moves them into the list in one short transaction. */
async function writePlan(ctx: ServiceContext, input: ImportInput, plan: ImportPlan) {
  const staging = await openStaging(ctx.store, plan.columns);
  try {
    const idAt = plan.columns.indexOf('id');
    const categoryAt = plan.columns.indexOf('category');
    const added: { id: string; category: string }[] = [];
    for (const chunk of plan.chunks) {
      await nextTurn();
      for (const r of await stageChunk(ctx.store, staging, chunk))
        added.push({ id: r[idAt] as string, category: r[categoryAt] as string });
    }
    await nextTurn();
    await ctx.store.db.transaction().execute(async (trx) => {
      const before = await listDelegateRows(trx, input.conferenceId);
      const from = (await maxPrecedence(trx, input.conferenceId)) + 1;
      // The raw handle runs inside this transaction (one connection).
      const moved = moveStaged(ctx.store.sqlite, staging, from);
      if (moved !== added.length) {
        throw new AppError(
          'INTERNAL',
          `Nhập tệp "${input.fileName}" không trọn vẹn (${moved}/${added.length} dòng): chưa ghi gì, hãy nhập lại`,
          { file: input.fileName },
        );
      }
      // A second import puts each row in its existing section (#14), not after the whole list.
      const order = orderWithSections(before, added);
      const reordered = order.some((id, i) => id !== (before[i]?.id ?? added[i - before.length]?.id));
      if (reordered) await setPrecedences(trx, order, ctx.now());
      await pushUndo(
        trx,
        input.conferenceId,
        `Nhập tệp ${input.fileName}`,
        { rows: reordered ? before : [], createdIds: added.map((r) => r.id) },
        ctx.now(),
      );
    });
  } finally {
    await dropStaging(ctx.store, staging);
  }
}
