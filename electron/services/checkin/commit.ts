/**
 * How check-in writes reach the disk: one transaction committed with synchronous=FULL before the
 * desk is answered, and group commit for the marks of several desks arriving at once.
 */
import { sql, type Kysely } from 'kysely';
import type { MarkResult } from '../../../shared/models/checkin';
import type { Database } from '../../../db/schema/database';
import type { ServiceContext } from '../kernel/context';

type Trx = Kysely<Database>;

/**
 * Runs `fn` in one transaction committed with synchronous=FULL (the WAL is fsynced before the
 * answer leaves), then puts the store back to NORMAL. The connection is held throughout, so no
 * other write interleaves with the pragma switch.
 */
export async function durable<T>(ctx: ServiceContext, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return ctx.store.db.connection().execute(async (conn) => {
    await sql`pragma synchronous = FULL`.execute(conn);
    try {
      return await conn.transaction().execute(fn);
    } finally {
      await sql`pragma synchronous = NORMAL`.execute(conn);
    }
  });
}

/** Retries once when the unique index caught a race the serialisation did not (another process). */
export async function withRaceRetry<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Error && /UNIQUE constraint failed: checkins/.test(e.message)) return fn();
    throw e;
  }
}

/**
 * Runs `fn` synchronously in one IMMEDIATE transaction committed with synchronous=FULL, while
 * holding Kysely's connection lock (so no awaited Kysely transaction is open around it).
 */
async function durableSync<T>(ctx: ServiceContext, fn: () => T): Promise<T> {
  return ctx.store.db.connection().execute(async () => {
    const db = ctx.store.sqlite;
    db.pragma('synchronous = FULL');
    try {
      return db.transaction(fn).immediate();
    } finally {
      db.pragma('synchronous = NORMAL');
    }
  });
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
export interface PendingMark {
  run: () => MarkResult;
  done: (r: Settled<MarkResult>) => void;
}

/**
 * Group commit: the marks that arrive in the same turn of the event loop (several desks at once)
 * share one FULL-synchronous commit — one fsync instead of one each — and each runs in its own
 * savepoint, so one failure does not undo the others. Every caller is answered after the commit.
 */
export function markInBatch(ctx: ServiceContext, run: () => MarkResult): Promise<MarkResult> {
  return new Promise((resolve, reject) => {
    const s = ctx.state.checkin;
    let queue = s.pendingMarks;
    if (!queue) {
      s.pendingMarks = queue = [];
      setImmediate(() => void flushMarks(ctx));
    }
    queue.push({ run, done: (r) => (r.ok ? resolve(r.value) : reject(r.error)) });
  });
}

async function flushMarks(ctx: ServiceContext) {
  const queue = ctx.state.checkin.pendingMarks ?? [];
  ctx.state.checkin.pendingMarks = null;
  let settled: Settled<MarkResult>[];
  try {
    settled = await durableSync(ctx, () =>
      queue.map((p): Settled<MarkResult> => {
        try {
          return { ok: true, value: ctx.store.sqlite.transaction(p.run)() };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  } catch (error) {
    settled = queue.map(() => ({ ok: false, error }));
  }
  queue.forEach((p, k) => p.done(settled[k]));
}
