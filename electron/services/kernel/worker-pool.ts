/**
 * The parse worker: reading an imported file (.xlsx / .csv lists, award lists, a .thuky) runs on a
 * worker thread (piscina), so check-in desks keep getting answers while a big or hostile file is
 * read. The worker is its own bundle, dist/workers/parse-worker.cjs (built from
 * electron/core/parse-worker.ts), found next to the running bundle (dist/host, dist/electron,
 * dist/bench). Run from sources (vitest) there is no bundle: the same code runs in-process, unless
 * THUKY_PARSE_WORKER names a built worker file (the worker tests do).
 */
import fs from 'node:fs';
import path from 'node:path';
import Piscina from 'piscina';
import { AppError, type ApiErrorBody } from '../../../shared/api/errors';

/** Set by scripts/build.mjs: the worker's path relative to the bundle's folder. */
declare const __THUKY_WORKER__: string | undefined;

export type ParseKind = 'delegate-file' | 'table' | 'thuky';
export interface ParseTask {
  kind: ParseKind;
  payload: unknown;
}
export type ParseAnswer = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

/** The worker file to use, or null (run in-process). */
export function workerFile(): string | null {
  if (process.env.THUKY_PARSE_WORKER === 'off') return null; // the bench's "before" peer
  if (process.env.THUKY_PARSE_WORKER) return process.env.THUKY_PARSE_WORKER;
  if (typeof __THUKY_WORKER__ !== 'string') return null;
  const dir = typeof __dirname === 'string' ? __dirname : path.dirname(path.resolve(process.argv[1] ?? '.'));
  const file = path.resolve(dir, __THUKY_WORKER__);
  // Packaged: the worker is unpacked beside app.asar (a worker thread cannot start from inside it).
  const unpacked = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return fs.existsSync(unpacked) ? unpacked : file;
}

let pool: Piscina | null | undefined;

function getPool(): Piscina | null {
  if (pool !== undefined) return pool;
  const file = workerFile();
  if (file && !fs.existsSync(file))
    console.error(`[ThuKy] không thấy tệp xử lý nền "${file}": đọc tệp trên luồng chính`);
  // One thread: the other core stays with the main thread (the desks). A hostile file that
  // exhausts the worker's heap kills the worker, not the app.
  if (!file || !fs.existsSync(file)) return (pool = null);
  const p = new Piscina({
    filename: file,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  // A worker that cannot even start (a broken build): stop using it, and run in-process from now on.
  p.on('error', (e) => {
    console.error('[ThuKy] không khởi động được luồng đọc tệp, đọc trên luồng chính:', e);
    broken.add(p);
    if (pool === p) pool = null;
    void p.destroy();
  });
  return (pool = p);
}

const broken = new WeakSet<Piscina>();

/** Whether tasks go to a worker thread (false when running from sources). */
export const usesWorker = () => getPool() !== null;

/**
 * Runs one parse task on the worker (or `inProcess` when there is none); AppErrors come back as such.
 * @example const preview = await runParse('delegate-file', { fileName, bytes }, () => parseDelegateFile(fileName, bytes));
 */
export async function runParse<T>(kind: ParseKind, payload: unknown, inProcess: () => Promise<T>): Promise<T> {
  const p = getPool();
  if (!p) return inProcess();
  let answer: ParseAnswer;
  try {
    answer = (await p.run({ kind, payload } satisfies ParseTask)) as ParseAnswer;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new AppError(
        'IMPORT_INVALID',
        'Không đọc được tệp: tệp quá lớn hoặc hỏng (việc đọc tệp đã dừng để bảo vệ ứng dụng)',
      );
    }
    // The pool itself failed (it could not start a thread…): drop it and read here, with the same caps.
    console.error('[ThuKy] luồng đọc tệp dừng bất thường, đọc trên luồng chính:', e);
    broken.add(p);
    if (pool === p) pool = null;
    void p.destroy().catch(() => {});
    return inProcess();
  }
  if (!answer.ok) throw new AppError(answer.error.code, answer.error.message, answer.error.details);
  return answer.value as T;
}

/** Stops the worker threads (tests, and when the worker file changes). */
export async function closeWorkers() {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
