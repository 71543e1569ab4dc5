/**
 * Check-in at the door: mark, undo, substitute, walk-in, fix at the desk. The host is the one
 * authority: every write is one transaction on the store, committed with synchronous=FULL before
 * the desk is answered, and audited (who, which desk, when). Exactly one active check-in per
 * delegate: transactions are serialised on the store's connection and a partial unique index
 * backs it up, so two desks racing on one person get one "checked_in" and one "already".
 */
import { sql, type Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/errors';
import type { MarkResult } from '../../../shared/models/checkin';
import type { Delegate } from '../../../shared/models/delegate';
import type { Database } from '../../../db/schema/database';
import * as repo from '../../../db/repositories/checkin';
import * as delegatesRepo from '../../../db/repositories/delegate';
import type { Caller } from '../../../shared/api/handlers';
import { newId, type ServiceContext } from '../kernel/context';
import { invalidateSearch, newDelegateRow, updateDelegate } from '../delegate';
import { backupStore, startPeriodicBackups } from '../safety';
import { seatOf } from './checkin-seat';
import { boundedTime, floorOf, stationIdOf } from './desk-rules';
import { normalizeText } from '../../../shared/text/normalize';

type Trx = Kysely<Database>;
type Kind = MarkResult['kind'];

export interface MarkInput { conferenceId: string; delegateId?: string; code?: string; clientId?: string; clientAt?: string }
export interface PersonInput { fullName: string; rank: string; position: string; unit: string }

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

const doorOpened = new WeakMap<ServiceContext, Promise<void>>();
const doorOpenedAt = new WeakMap<ServiceContext, string>();

/**
 * The door opens with the first check-in of this run: one backup (awaited, once, so two backups
 * never race) and then every 10 minutes while the host runs (skipped when nothing changed).
 */
function openDoor(ctx: ServiceContext): Promise<void> {
  let p = doorOpened.get(ctx);
  if (!p) {
    doorOpenedAt.set(ctx, ctx.now());
    p = backupStore(ctx, 'door-open')
      .then(() => { startPeriodicBackups(ctx); })
      .catch((e) => console.error('[ThuKy] sao lưu khi mở cửa điểm danh thất bại:', e));
    doorOpened.set(ctx, p);
  }
  return p;
}

async function resolveDelegate(trx: Trx, conferenceId: string, i: { delegateId?: string; code?: string }) {
  let q = trx.selectFrom('delegates').selectAll().where('conference_id', '=', conferenceId);
  q = i.delegateId ? q.where('id', '=', i.delegateId) : q.where('code', '=', (i.code ?? '').trim().toUpperCase());
  const row = await q.executeTakeFirst();
  if (!row) {
    throw i.delegateId
      ? notFound('đại biểu trong hội nghị này', i.delegateId)
      : new AppError('NOT_FOUND', `Mã thẻ "${i.code}" không có trong danh sách đại biểu của hội nghị này`, { code: i.code });
  }
  return row;
}

/** The desk's time for a queued scan: never in the future, never before the desk paired or the door opened. */
const effectiveTime = (ctx: ServiceContext, caller: Caller, now: string, clientAt?: string) =>
  boundedTime(now, clientAt, floorOf(caller, doorOpenedAt.get(ctx) ?? null));

const result = (status: MarkResult['status'], r: repo.CheckinRow, d: Delegate, conflict = false): MarkResult =>
  ({ status, checkedInAt: r.checked_in_at, station: r.station, delegate: d, kind: r.kind as Kind, conflict });

/** Check in `d` inside `trx`: a new row, or "already" (keeping the earliest time for a replay). */
async function markIn(
  ctx: ServiceContext, trx: Trx, d: delegatesRepo.DelegateRow, caller: Caller, i: MarkInput, kind: Kind,
): Promise<MarkResult> {
  const now = ctx.now();
  const delegate = delegatesRepo.rowToDelegate(d);
  if (i.clientId) {
    const replay = await repo.findByClientId(trx, i.clientId);
    if (replay) return result('checked_in', replay, delegate);
  }
  const active = await repo.findActive(trx, d.conference_id, d.id);
  const me = stationIdOf(caller);
  const audit = { conferenceId: d.conference_id, delegateId: d.id, station: caller.name, stationId: me, at: now, clientAt: i.clientAt };
  if (active) {
    const at = effectiveTime(ctx, caller, now, i.clientAt);
    const conflict = !!i.clientAt;
    // Only the desk's own check-in may move earlier: another desk's time is never rewritten.
    if (at < active.checked_in_at && active.station_id === me) {
      // A queued offline scan saw the person first: keep the earliest time, report the conflict.
      await repo.setCheckin(trx, active.id, { checked_in_at: at });
      active.checked_in_at = at;
    }
    if (kind === 'substitute' && active.kind !== 'substitute') {
      await repo.setCheckin(trx, active.id, { kind });
      active.kind = kind;
    }
    await repo.insertAudit(trx, { ...audit, action: conflict ? 'conflict' : 'repeat', detail: { firstStation: active.station, firstAt: active.checked_in_at } });
    return result('already', active, delegate, conflict);
  }
  const row: repo.CheckinRow = {
    id: newId(), conference_id: d.conference_id, delegate_id: d.id, checked_in_at: effectiveTime(ctx, caller, now, i.clientAt),
    station: caller.name, station_id: me, kind, client_id: i.clientId ?? null, undone_at: null, undone_by: null,
  };
  await repo.insertCheckin(trx, row);
  await repo.insertAudit(trx, { ...audit, action: kind === 'invited' ? 'mark' : kind, detail: { kind } });
  return result('checked_in', row, delegate);
}

/** Retries once when the unique index caught a race the serialisation did not (another process). */
async function withRaceRetry<T>(fn: () => Promise<T>): Promise<T> {
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
interface PendingMark { run: () => MarkResult; done: (r: Settled<MarkResult>) => void }
const pendingMarks = new WeakMap<ServiceContext, PendingMark[]>();

/**
 * Group commit: the marks that arrive in the same turn of the event loop (several desks at once)
 * share one FULL-synchronous commit — one fsync instead of one each — and each runs in its own
 * savepoint, so one failure does not undo the others. Every caller is answered after the commit.
 */
function markInBatch(ctx: ServiceContext, run: () => MarkResult): Promise<MarkResult> {
  return new Promise((resolve, reject) => {
    let queue = pendingMarks.get(ctx);
    if (!queue) {
      pendingMarks.set(ctx, (queue = []));
      setImmediate(() => void flushMarks(ctx));
    }
    queue.push({ run, done: (r) => (r.ok ? resolve(r.value) : reject(r.error)) });
  });
}

async function flushMarks(ctx: ServiceContext) {
  const queue = pendingMarks.get(ctx) ?? [];
  pendingMarks.delete(ctx);
  let settled: Settled<MarkResult>[];
  try {
    settled = await durableSync(ctx, () => queue.map((p): Settled<MarkResult> => {
      try {
        return { ok: true, value: ctx.store.sqlite.transaction(p.run)() };
      } catch (error) {
        return { ok: false, error };
      }
    }));
  } catch (error) {
    settled = queue.map(() => ({ ok: false, error }));
  }
  queue.forEach((p, k) => p.done(settled[k]));
}

/** The hot path of markIn, on prepared statements (no await inside the transaction). */
function markSync(ctx: ServiceContext, i: MarkInput, caller: Caller): MarkResult {
  const st = repo.markStatements(ctx.store.sqlite);
  const d = (i.delegateId ? st.delegateById.get(i.conferenceId, i.delegateId)
    : st.delegateByCode.get(i.conferenceId, (i.code ?? '').trim().toUpperCase())) as delegatesRepo.DelegateRow | undefined;
  if (!d) {
    throw i.delegateId
      ? notFound('đại biểu trong hội nghị này', i.delegateId)
      : new AppError('NOT_FOUND', `Mã thẻ "${i.code}" không có trong danh sách đại biểu của hội nghị này`, { code: i.code });
  }
  const delegate = delegatesRepo.rowToDelegate(d);
  if (i.clientId) {
    const replay = st.byClientId.get(i.clientId) as repo.CheckinRow | undefined;
    if (replay) return result('checked_in', replay, delegate);
  }
  const now = ctx.now();
  const me = stationIdOf(caller);
  const audit = (action: string, detail: object) =>
    st.audit.run(d.conference_id, d.id, action, caller.name, me, now, i.clientAt ?? null, JSON.stringify(detail));
  const active = st.active.get(d.conference_id, d.id) as repo.CheckinRow | undefined;
  if (active) {
    const at = effectiveTime(ctx, caller, now, i.clientAt);
    // Only the desk's own check-in may move earlier: another desk's time is never rewritten.
    if (at < active.checked_in_at && active.station_id === me) {
      // A queued offline scan saw the person first: keep the earliest time, report the conflict.
      st.setTime.run(at, active.id);
      active.checked_in_at = at;
    }
    audit(i.clientAt ? 'conflict' : 'repeat', { firstStation: active.station, firstAt: active.checked_in_at });
    return result('already', active, delegate, !!i.clientAt);
  }
  const kind: Kind = st.isWalkIn.get(d.id) ? 'walk_in' : 'invited';
  const row: repo.CheckinRow = {
    id: newId(), conference_id: d.conference_id, delegate_id: d.id, checked_in_at: effectiveTime(ctx, caller, now, i.clientAt),
    station: caller.name, station_id: me, kind, client_id: i.clientId ?? null, undone_at: null, undone_by: null,
  };
  st.insert.run(row);
  audit('mark', { kind });
  return result('checked_in', row, delegate);
}

/**
 * Exactly one active check-in per delegate: the transaction is synchronous (nothing interleaves)
 * and the partial unique index backs it up.
 * @example await markCheckin(ctx, { conferenceId, code: 'A1B2C3D4E5F6' }, { role: 'desk', name: 'Bàn 2' })
 */
export async function markCheckin(ctx: ServiceContext, i: MarkInput, caller: Caller): Promise<MarkResult> {
  await openDoor(ctx);
  try {
    const r = await withRaceRetry(() => markInBatch(ctx, () => markSync(ctx, i, caller)));
    // After the commit: the seat is for the desk's feedback, never part of the check-in itself.
    return withSeat(ctx, r);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND' && i.code) {
      await repo.insertAudit(ctx.store.db, { conferenceId: i.conferenceId, delegateId: null, action: 'unknown_code', station: caller.name, stationId: stationIdOf(caller), at: ctx.now(), detail: { code: i.code } });
    }
    throw e;
  }
}

/** Adds the delegate's seat (if seated) to a result; a broken plan never fails the check-in. */
function withSeat(ctx: ServiceContext, r: MarkResult): MarkResult {
  try {
    const seat = seatOf(ctx, r.delegate.id);
    return seat ? { ...r, seat } : r;
  } catch (e) {
    console.error('[ThuKy] không đọc được chỗ ngồi:', e);
    return r;
  }
}

/** Undo a delegate's check-in. A desk may undo only what it recorded itself (by station id, not name). */
export async function undoCheckin(ctx: ServiceContext, conferenceId: string, delegateId: string, caller: Caller) {
  return durable(ctx, async (trx) => {
    const d = await resolveDelegate(trx, conferenceId, { delegateId });
    const active = await repo.findActive(trx, conferenceId, delegateId);
    if (!active) return { undone: false, delegate: delegatesRepo.rowToDelegate(d) };
    if (caller.role !== 'admin' && active.station_id !== stationIdOf(caller)) {
      throw new AppError('FORBIDDEN', `Lượt điểm danh của "${d.full_name || d.position}" do ${active.station} ghi; chỉ ${active.station} hoặc máy chủ được hủy`, { station: active.station });
    }
    const now = ctx.now();
    await repo.setCheckin(trx, active.id, { undone_at: now, undone_by: caller.name });
    await repo.insertAudit(trx, { conferenceId, delegateId, action: 'undo', station: caller.name, stationId: stationIdOf(caller), at: now, detail: { checkedInAt: active.checked_in_at, by: active.station, byStationId: active.station_id } });
    return { undone: true, delegate: delegatesRepo.rowToDelegate(d) };
  });
}

/** Someone came instead of an invited delegate: record who in the register and check the seat in. */
export async function substituteCheckin(
  ctx: ServiceContext, i: { conferenceId: string; delegateId: string; substitute: PersonInput; clientId?: string }, caller: Caller,
): Promise<MarkResult> {
  await openDoor(ctx);
  const out = await withRaceRetry(() => durable(ctx, async (trx) => {
    const d = await resolveDelegate(trx, i.conferenceId, i);
    const s = i.substitute;
    const reg = {
      reply: 'substitute', substitute_full_name: normalizeText(s.fullName), substitute_rank: normalizeText(s.rank),
      substitute_position: normalizeText(s.position), substitute_unit: normalizeText(s.unit), updated_at: ctx.now(),
    };
    await trx.insertInto('delegate_register').values({ delegate_id: d.id, invitation_status: 'not_sent', sent_at: null, sent_method: '', note: '', ...reg })
      .onConflict((oc) => oc.column('delegate_id').doUpdateSet(reg)).execute();
    return markIn(ctx, trx, d, caller, i, 'substitute');
  }));
  // The substitute sits in the original's place.
  return withSeat(ctx, out);
}

/** Add an uninvited guest at the door and check them in, in one step; marked as a walk-in. */
export async function walkInCheckin(
  ctx: ServiceContext, i: { conferenceId: string; person: PersonInput & { category: string }; clientId?: string }, caller: Caller,
): Promise<MarkResult> {
  await openDoor(ctx);
  const out = await durable(ctx, async (trx) => {
    if (i.clientId) {
      const replay = await repo.findByClientId(trx, i.clientId);
      if (replay) return result('checked_in', replay, delegatesRepo.rowToDelegate(await resolveDelegate(trx, i.conferenceId, { delegateId: replay.delegate_id })));
    }
    if (!(await trx.selectFrom('conferences').select('id').where('id', '=', i.conferenceId).executeTakeFirst())) throw notFound('hội nghị', i.conferenceId);
    const now = ctx.now();
    const row = newDelegateRow(i.conferenceId, { ...i.person, note: `Khách không mời, thêm tại ${caller.name}` }, (await delegatesRepo.maxPrecedence(trx, i.conferenceId)) + 1, now);
    await delegatesRepo.insertDelegateRows(trx, [row]);
    await repo.insertWalkIn(trx, row.id, i.conferenceId, caller.name, now);
    return markIn(ctx, trx, row, caller, { conferenceId: i.conferenceId, clientId: i.clientId }, 'walk_in');
  });
  invalidateSearch(ctx, i.conferenceId);
  return out;
}

/** Fix a name, rank or position at the desk: the delegates service writes it (undo journal), we audit it. */
export async function fixAtDesk(
  ctx: ServiceContext, delegateId: string, patch: { fullName?: string; rank?: string; position?: string }, caller: Caller,
) {
  const [before] = await delegatesRepo.findDelegateRows(ctx.store.db, [delegateId]);
  // A desk paired for one conference cannot touch another's delegates.
  if (!before || (caller.role === 'desk' && caller.conferenceId && before.conference_id !== caller.conferenceId)) throw notFound('đại biểu', delegateId);
  const after = await updateDelegate(ctx, delegateId, patch);
  await repo.insertAudit(ctx.store.db, {
    conferenceId: before.conference_id, delegateId, action: 'fix', station: caller.name, stationId: stationIdOf(caller), at: ctx.now(),
    detail: { before: { fullName: before.full_name, rank: before.rank, position: before.position }, patch },
  });
  return after;
}

/** Printing a badge or name card is logged, and is not a check-in. */
export async function logPrint(ctx: ServiceContext, conferenceId: string, delegateId: string, what: string, caller: Caller) {
  await repo.insertAudit(ctx.store.db, { conferenceId, delegateId, action: 'print', station: caller.name, stationId: stationIdOf(caller), at: ctx.now(), detail: { what } });
  return { logged: true };
}
