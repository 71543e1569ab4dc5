/**
 * Entry of the parse worker thread (bundled alone as dist/workers/parse-worker.cjs, run by piscina:
 * see services/kernel/worker-pool.ts). It wires the areas' pure parsers into one handler; nothing
 * here touches the store. Errors travel back as {code, message} so AppErrors stay AppErrors.
 */
import os from 'node:os';
import { AppError } from '../../shared/api/errors';
import type { ImportMapping } from '../../shared/models/import';
import type { SourceEncoding } from '../../shared/models/import';
import { markDuplicates, type DuplicateRule } from '../services/delegate/import/duplicates';
import { planImport } from '../services/delegate/import/import-plan';
import { parseDelegateFile } from '../services/delegate/import/parse-delegate-file';
import { readTable } from '../services/kernel/spreadsheet/read-table';
import type { ParseAnswer, ParseTask } from '../services/kernel/worker-pool';
import { unpackThukyFile } from '../services/safety/conference-file/parse';

// Reading a file is background work: on Linux the nice value is per thread, so this thread gives
// way to the main thread (the check-in desks) when both want the CPU. Elsewhere it would lower the
// whole app's priority, so it is left as is.
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    /* not allowed here: read at normal priority */
  }
}

interface FilePayload {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ImportMapping;
  encoding?: SourceEncoding;
  rule?: DuplicateRule;
  plan?: { conferenceId: string; now: string } | null;
}

async function run(task: ParseTask): Promise<unknown> {
  const p = task.payload as FilePayload;
  switch (task.kind) {
    case 'delegate-file': {
      const preview = await parseDelegateFile(p.fileName, p.bytes, p.mapping);
      if (!p.rule) return preview;
      const marked = markDuplicates(preview, p.rule);
      return p.plan ? planImport(marked, p.plan.conferenceId, p.plan.now) : marked;
    }
    case 'table':
      return readTable(p.fileName, p.bytes, p.encoding);
    case 'thuky':
      return unpackThukyFile(p.fileName, p.bytes);
    default:
      throw new Error(`unknown task ${String(task.kind)}`);
  }
}

export default async function handle(task: ParseTask): Promise<ParseAnswer> {
  try {
    return { ok: true, value: await run(task) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toBody() };
    throw e;
  }
}
