/**
 * Check-in at the door: mark, undo, substitute, walk-in, fix at the desk. The host is the one
 * authority: every write is one transaction on the store, committed with synchronous=FULL before
 * the desk is answered (./commit.ts), and audited (who, which desk, when). Exactly one active
 * check-in per delegate: transactions are serialised on the store's connection and a partial unique
 * index backs it up, so two desks racing on one person get one "checked_in" and one "already".
 * The hot path, markCheckin, is in ./mark.ts.
 */
import { AppError, notFound } from '../../../shared/api/errors';
import { WALK_IN_SECTION, type MarkResult } from '../../../shared/models/checkin';
import * as repo from '../../../db/repositories/checkin';
import * as delegatesRepo from '../../../db/repositories/delegate';
import type { Caller } from '../../../shared/api/handlers';
import type { ServiceContext } from '../kernel/context';
import { endOfSection, invalidateSearch, newDelegateRow, updateDelegate } from '../delegate';
import { durable, withRaceRetry } from './commit';
import { findDelegate, markIn, openDoor, result, withSeat } from './mark';
import { stationIdOf } from './desk-rules';
import { normalizeText } from '../../../shared/text/normalize';

export { markCheckin, type MarkInput } from './mark';
export interface PersonInput {
  fullName: string;
  rank: string;
  position: string;
  unit: string;
}

/** Undo a delegate's check-in. A desk may undo only what it recorded itself (by station id, not name). */
export async function undoCheckin(ctx: ServiceContext, conferenceId: string, delegateId: string, caller: Caller) {
  return durable(ctx, async (trx) => {
    const d = findDelegate(ctx, conferenceId, { delegateId });
    const active = await repo.findActive(trx, conferenceId, delegateId);
    if (!active) return { undone: false, delegate: delegatesRepo.rowToDelegate(d) };
    if (caller.role !== 'admin' && active.station_id !== stationIdOf(caller)) {
      throw new AppError(
        'FORBIDDEN',
        `Lượt điểm danh của "${d.full_name || d.position}" do ${active.station} ghi; chỉ ${active.station} hoặc máy chủ được hủy`,
        { station: active.station },
      );
    }
    const now = ctx.now();
    await repo.setCheckin(trx, active.id, { undone_at: now, undone_by: caller.name });
    await repo.insertAudit(trx, {
      conferenceId,
      delegateId,
      action: 'undo',
      station: caller.name,
      stationId: stationIdOf(caller),
      at: now,
      detail: { checkedInAt: active.checked_in_at, by: active.station, byStationId: active.station_id },
    });
    return { undone: true, delegate: delegatesRepo.rowToDelegate(d) };
  });
}

/** Someone came instead of an invited delegate: record who in the register and check the seat in. */
export async function substituteCheckin(
  ctx: ServiceContext,
  i: { conferenceId: string; delegateId: string; substitute: PersonInput; clientId?: string },
  caller: Caller,
): Promise<MarkResult> {
  await openDoor(ctx);
  const out = await withRaceRetry(() =>
    durable(ctx, async (trx) => {
      const d = findDelegate(ctx, i.conferenceId, i);
      const s = i.substitute;
      const reg = {
        reply: 'substitute',
        substitute_full_name: normalizeText(s.fullName),
        substitute_rank: normalizeText(s.rank),
        substitute_position: normalizeText(s.position),
        substitute_unit: normalizeText(s.unit),
        updated_at: ctx.now(),
      };
      await trx
        .insertInto('delegate_register')
        .values({ delegate_id: d.id, invitation_status: 'not_sent', sent_at: null, sent_method: '', note: '', ...reg })
        .onConflict((oc) => oc.column('delegate_id').doUpdateSet(reg))
        .execute();
      return markIn(ctx, trx, d, caller, i, 'substitute');
    }),
  );
  // The substitute sits in the original's place.
  return withSeat(ctx, out);
}

/**
 * Someone not on the list came: add them to the section the desk chose — at its end, so the
 * register shows them within it — and check them in, in one step; marked as a walk-in. No section
 * called "khách không mời" is ever created (#15): none chosen, or that one, is the neutral section.
 */
export async function walkInCheckin(
  ctx: ServiceContext,
  i: { conferenceId: string; person: PersonInput & { category: string }; clientId?: string },
  caller: Caller,
): Promise<MarkResult> {
  await openDoor(ctx);
  const out = await durable(ctx, async (trx) => {
    if (i.clientId) {
      const replay = await repo.findByClientId(trx, i.clientId);
      if (replay)
        return result(
          'checked_in',
          replay,
          delegatesRepo.rowToDelegate(findDelegate(ctx, i.conferenceId, { delegateId: replay.delegate_id })),
        );
    }
    if (!(await trx.selectFrom('conferences').select('id').where('id', '=', i.conferenceId).executeTakeFirst()))
      throw notFound('hội nghị', i.conferenceId);
    const now = ctx.now();
    const category =
      !i.person.category || /không mời|khong moi/i.test(i.person.category) ? WALK_IN_SECTION : i.person.category;
    const at = await endOfSection(trx, i.conferenceId, category);
    // Make room at the end of the section (precedence has no unique index: one statement shifts the rest).
    if (at)
      await trx
        .updateTable('delegates')
        .set((eb) => ({ precedence: eb('precedence', '+', 1) }))
        .where('conference_id', '=', i.conferenceId)
        .where('precedence', '>=', at)
        .execute();
    const row = newDelegateRow(
      i.conferenceId,
      {
        ...i.person,
        category,
        note: `Đến dự, chưa có trong danh sách; thêm tại ${caller.role === 'admin' ? 'máy chủ' : caller.name}`,
      },
      at ?? (await delegatesRepo.maxPrecedence(trx, i.conferenceId)) + 1,
      now,
    );
    await delegatesRepo.insertDelegateRows(trx, [row]);
    await repo.insertWalkIn(trx, row.id, i.conferenceId, caller.name, now);
    return markIn(ctx, trx, row, caller, { conferenceId: i.conferenceId, clientId: i.clientId }, 'walk_in');
  });
  invalidateSearch(ctx, i.conferenceId);
  return out;
}

/** Fix a name, rank or position at the desk: the delegates service writes it (undo journal), we audit it. */
export async function fixAtDesk(
  ctx: ServiceContext,
  delegateId: string,
  patch: { fullName?: string; rank?: string; position?: string },
  caller: Caller,
) {
  const [before] = await delegatesRepo.findDelegateRows(ctx.store.db, [delegateId]);
  // A desk paired for one conference cannot touch another's delegates.
  if (!before || (caller.role === 'desk' && caller.conferenceId && before.conference_id !== caller.conferenceId))
    throw notFound('đại biểu', delegateId);
  const after = await updateDelegate(ctx, delegateId, patch);
  await repo.insertAudit(ctx.store.db, {
    conferenceId: before.conference_id,
    delegateId,
    action: 'fix',
    station: caller.name,
    stationId: stationIdOf(caller),
    at: ctx.now(),
    detail: { before: { fullName: before.full_name, rank: before.rank, position: before.position }, patch },
  });
  return after;
}

/** Printing a badge or name card is logged, and is not a check-in. */
export async function logPrint(
  ctx: ServiceContext,
  conferenceId: string,
  delegateId: string,
  what: string,
  caller: Caller,
) {
  await repo.insertAudit(ctx.store.db, {
    conferenceId,
    delegateId,
    action: 'print',
    station: caller.name,
    stationId: stationIdOf(caller),
    at: ctx.now(),
    detail: { what },
  });
  return { logged: true };
}
