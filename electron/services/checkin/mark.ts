/**
 * Marking a delegate present at the door (the hot path) and the steps every door action shares:
 * finding the delegate by id or card code, opening the door, the result with the seat.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/errors';
import type { MarkResult } from '../../../shared/models/checkin';
import type { Delegate } from '../../../shared/models/delegate';
import type { Database } from '../../../db/schema/database';
import * as repo from '../../../db/repositories/checkin';
import * as delegatesRepo from '../../../db/repositories/delegate';
import type { Caller } from '../../../shared/api/handlers';
import { newId, type ServiceContext } from '../kernel/context';
import { backupStore, startPeriodicBackups } from '../safety';
import { seatOf } from './checkin-seat';
import { boundedTime, floorOf, stationIdOf } from './desk-rules';
import { markInBatch, withRaceRetry } from './commit';

type Trx = Kysely<Database>;
type Kind = MarkResult['kind'];

export interface MarkInput {
  conferenceId: string;
  delegateId?: string;
  code?: string;
  clientId?: string;
  clientAt?: string;
}

/**
 * The door opens with the first check-in of this run: one backup (awaited, once, so two backups
 * never race) and then every 10 minutes while the host runs (skipped when nothing changed).
 */
export function openDoor(ctx: ServiceContext): Promise<void> {
  const s = ctx.state.checkin;
  if (!s.door) {
    const at = ctx.now();
    const opened = backupStore(ctx, 'door-open')
      .then(() => {
        startPeriodicBackups(ctx);
      })
      .catch((e) => console.error('[ThuKy] sao lưu khi mở cửa điểm danh thất bại:', e));
    s.door = { at, opened };
  }
  return s.door.opened;
}

/**
 * The one lookup of a delegate at the door: by id, or by the badge's card code (spaces and case
 * ignored). Synchronous, on the connection's prepared statements, so it also runs inside an open
 * transaction of that connection.
 */
export function findDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  i: { delegateId?: string; code?: string },
): delegatesRepo.DelegateRow {
  const st = repo.markStatements(ctx.store.sqlite);
  const d = (
    i.delegateId
      ? st.delegateById.get(conferenceId, i.delegateId)
      : st.delegateByCode.get(conferenceId, (i.code ?? '').trim().toUpperCase())
  ) as delegatesRepo.DelegateRow | undefined;
  if (!d) {
    throw i.delegateId
      ? notFound('đại biểu trong hội nghị này', i.delegateId)
      : new AppError('NOT_FOUND', `Mã thẻ "${i.code}" không có trong danh sách đại biểu của hội nghị này`, {
          code: i.code,
        });
  }
  return d;
}

/** The desk's time for a queued scan: never in the future, never before the desk paired or the door opened. */
const effectiveTime = (ctx: ServiceContext, caller: Caller, now: string, clientAt?: string) =>
  boundedTime(now, clientAt, floorOf(caller, ctx.state.checkin.door?.at ?? null));

export const result = (
  status: MarkResult['status'],
  r: repo.CheckinRow,
  d: Delegate,
  conflict = false,
): MarkResult => ({
  status,
  checkedInAt: r.checked_in_at,
  station: r.station,
  delegate: d,
  kind: r.kind as Kind,
  conflict,
});

/** Check in `d` inside `trx`: a new row, or "already" (keeping the earliest time for a replay). */
export async function markIn(
  ctx: ServiceContext,
  trx: Trx,
  d: delegatesRepo.DelegateRow,
  caller: Caller,
  i: MarkInput,
  kind: Kind,
): Promise<MarkResult> {
  const now = ctx.now();
  const delegate = delegatesRepo.rowToDelegate(d);
  if (i.clientId) {
    const replay = await repo.findByClientId(trx, i.clientId);
    if (replay) return result('checked_in', replay, delegate);
  }
  const active = await repo.findActive(trx, d.conference_id, d.id);
  const me = stationIdOf(caller);
  const audit = {
    conferenceId: d.conference_id,
    delegateId: d.id,
    station: caller.name,
    stationId: me,
    at: now,
    clientAt: i.clientAt,
  };
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
    await repo.insertAudit(trx, {
      ...audit,
      action: conflict ? 'conflict' : 'repeat',
      detail: { firstStation: active.station, firstAt: active.checked_in_at },
    });
    return result('already', active, delegate, conflict);
  }
  const row: repo.CheckinRow = {
    id: newId(),
    conference_id: d.conference_id,
    delegate_id: d.id,
    checked_in_at: effectiveTime(ctx, caller, now, i.clientAt),
    station: caller.name,
    station_id: me,
    kind,
    client_id: i.clientId ?? null,
    undone_at: null,
    undone_by: null,
  };
  await repo.insertCheckin(trx, row);
  await repo.insertAudit(trx, { ...audit, action: kind === 'invited' ? 'mark' : kind, detail: { kind } });
  return result('checked_in', row, delegate);
}

/** The hot path of markIn, on prepared statements (no await inside the transaction). */
function markSync(ctx: ServiceContext, i: MarkInput, caller: Caller): MarkResult {
  const st = repo.markStatements(ctx.store.sqlite);
  const d = findDelegate(ctx, i.conferenceId, i);
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
    id: newId(),
    conference_id: d.conference_id,
    delegate_id: d.id,
    checked_in_at: effectiveTime(ctx, caller, now, i.clientAt),
    station: caller.name,
    station_id: me,
    kind,
    client_id: i.clientId ?? null,
    undone_at: null,
    undone_by: null,
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
      await repo.insertAudit(ctx.store.db, {
        conferenceId: i.conferenceId,
        delegateId: null,
        action: 'unknown_code',
        station: caller.name,
        stationId: stationIdOf(caller),
        at: ctx.now(),
        detail: { code: i.code },
      });
    }
    throw e;
  }
}

/** Adds the delegate's seat (if seated) to a result; a broken plan never fails the check-in. */
export function withSeat(ctx: ServiceContext, r: MarkResult): MarkResult {
  try {
    const seat = seatOf(ctx, r.delegate.id);
    return seat ? { ...r, seat } : r;
  } catch (e) {
    console.error('[ThuKy] không đọc được chỗ ngồi:', e);
    return r;
  }
}
