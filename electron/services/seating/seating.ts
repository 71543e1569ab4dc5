/**
 * Seating of one conference: the plan (hall + rules), auto-assignment by protocol, manual moves,
 * locks, clearing, undo. Every write snapshots the assignments first (seating.undo).
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/errors';
import { SeatingRules, type SeatItem, type SeatingList, type SeatingRulesInput } from '../../../shared/models/seating';
import { assignSeats } from '../../../shared/seating/assign';
import { hallCentre, seatsOf, type Seat } from '../../../shared/seating/layout';
import type { Database } from '../../../db/schema/database';
import * as repo from '../../../db/repositories/seating';
import { listDelegateRows, findDelegateRows } from '../../../db/repositories/delegate';
import { findConference } from '../../../db/repositories/conference';
import { listRecipientRows } from '../../../db/repositories/programme';
import type { ServiceContext } from '../kernel/context';
import { getHall } from './halls';
import { backupStore } from '../safety';
import { journaled as write } from './seating-journal';

export { undoSeating } from './seating-journal';

type Db = Kysely<Database>;

async function requireConference(db: Db, id: string) {
  if (!(await findConference(db, id))) throw notFound('hội nghị', id);
}

async function planOf(db: Db, conferenceId: string) {
  const plan = await repo.findPlan(db, conferenceId);
  return plan ? { hallId: plan.hall_id, rules: SeatingRules.parse(JSON.parse(plan.rules)) } : null;
}

async function seatMapOf(ctx: ServiceContext, conferenceId: string): Promise<Map<string, Seat>> {
  const plan = await planOf(ctx.store.db, conferenceId);
  if (!plan)
    throw new AppError('CONFLICT', 'Hội nghị chưa chọn hội trường: hãy chọn hội trường trong "Sơ đồ chỗ ngồi" trước', {
      conferenceId,
    });
  return new Map(seatsOf(await getHall(ctx, plan.hallId)).map((s) => [s.id, s]));
}

/** How many seats are given in a conference whose plan is in another hall than `hallId` (0 if none or same hall). */
async function seatedElsewhere(db: Db, conferenceId: string, hallId: string, planHallId: string | undefined) {
  return planHallId && planHallId !== hallId ? (await repo.listAssignments(db, conferenceId)).length : 0;
}

/**
 * Chooses the hall (and rules) of a conference. Another hall makes the given seats meaningless, so
 * with seats given it is refused unless `confirmClear`; then a backup is taken first and the hall
 * and the cleared seats are one undo step.
 */
export async function setPlan(
  ctx: ServiceContext,
  conferenceId: string,
  hallId: string,
  rules?: SeatingRulesInput,
  confirmClear = false,
) {
  await requireConference(ctx.store.db, conferenceId);
  const hall = await getHall(ctx, hallId);
  const cur = await planOf(ctx.store.db, conferenceId);
  const r = SeatingRules.parse(rules ?? cur?.rules ?? {});
  const seated = await seatedElsewhere(ctx.store.db, conferenceId, hallId, cur?.hallId);
  if (seated && !confirmClear) {
    throw new AppError(
      'CONFLICT',
      `Đổi sang hội trường “${hall.name}” sẽ xóa ${seated} chỗ đã xếp của hội nghị này: cần xác nhận (sao lưu trước và tiếp tục)`,
      { seated, hallId },
    );
  }
  if (seated) await backupStore(ctx, 'before-hall-change');
  await write(ctx, conferenceId, seated ? `Đổi sang hội trường ${hall.name}` : 'Chọn hội trường', async (trx) => {
    if (seated) await repo.replaceAssignments(trx, conferenceId, []);
    await repo.savePlan(trx, conferenceId, hallId, JSON.stringify(r), ctx.now());
  });
  return { updated: 1 };
}

/**
 * Delegates receiving an award, in ceremony order: batch (unbatched last), then decision, then
 * recipient — listRecipientRows already sorts by decision and recipient, the sort is stable.
 */
async function awardeeOrder(db: Db, conferenceId: string): Promise<string[]> {
  const recs = await listRecipientRows(db, conferenceId);
  const batch = (n: number | null) => n ?? Number.MAX_SAFE_INTEGER;
  return [
    ...new Set(
      [...recs]
        .sort((a, b) => batch(a.batch_no) - batch(b.batch_no))
        .flatMap((r) => (r.delegate_id ? [r.delegate_id] : [])),
    ),
  ];
}

/**
 * The default rule when there are awards: besides the linked recipients, the people of a section
 * for awardees ("Tập thể, cá nhân được khen thưởng") take aisle seats near the stage, in list order.
 */
function withAwardSection(recipients: string[], people: { id: string; category: string }[]): string[] {
  const have = new Set(recipients);
  const section = people.filter((p) => !have.has(p.id) && /khen thưởng/iu.test(p.category)).map((p) => p.id);
  return [...recipients, ...section];
}

/** @example await autoAssign(ctx, confId, hallId) → { assigned: 179, unassigned: 0 } */
export async function autoAssign(
  ctx: ServiceContext,
  conferenceId: string,
  hallId: string,
  rulesIn?: SeatingRulesInput,
) {
  const db = ctx.store.db;
  await requireConference(db, conferenceId);
  const hall = await getHall(ctx, hallId);
  const cur = await planOf(db, conferenceId);
  if (await seatedElsewhere(db, conferenceId, hallId, cur?.hallId)) {
    throw new AppError(
      'CONFLICT',
      `Hội nghị đang xếp chỗ ở hội trường khác: hãy chọn hội trường “${hall.name}” trước (ứng dụng sẽ hỏi trước khi xóa chỗ đã xếp)`,
      { hallId },
    );
  }
  // Fields the caller leaves out (e.g. the sections table) keep their saved values.
  const rules = SeatingRules.parse({ ...(cur?.rules ?? {}), ...(rulesIn ?? {}) });
  const people = await listDelegateRows(db, conferenceId);
  const absent = new Set(
    (await repo.registerReplies(db, conferenceId)).filter((r) => r.reply === 'absent').map((r) => r.delegate_id),
  );
  const locked = (await repo.listAssignments(db, conferenceId))
    .filter((a) => a.locked)
    .map((a) => ({ delegateId: a.delegate_id, seatId: a.seat_id }));
  const result = assignSeats({
    seats: seatsOf(hall),
    locked,
    rules,
    centre: hallCentre(hall),
    awardees: withAwardSection(await awardeeOrder(db, conferenceId), people),
    people: people.map((p) => ({
      id: p.id,
      precedence: p.precedence,
      category: p.category,
      unit: p.unit,
      absent: absent.has(p.id),
    })),
  });
  const now = ctx.now();
  await write(ctx, conferenceId, 'Tự xếp chỗ', async (trx) => {
    await repo.savePlan(trx, conferenceId, hallId, JSON.stringify(rules), now);
    await repo.replaceAssignments(
      trx,
      conferenceId,
      result.assignments.map((a) => ({
        delegate_id: a.delegateId,
        conference_id: conferenceId,
        seat_id: a.seatId,
        locked: a.locked ? 1 : 0,
        reason: a.reason,
        updated_at: now,
      })),
    );
  });
  return { assigned: result.assignments.length, unassigned: result.unassigned.length };
}

export async function listSeating(ctx: ServiceContext, conferenceId: string): Promise<SeatingList> {
  const db = ctx.store.db;
  await requireConference(db, conferenceId);
  const plan = await planOf(db, conferenceId);
  const replies = await repo.registerReplies(db, conferenceId);
  const substitutes: SeatingList['substitutes'] = {};
  for (const r of replies) {
    if (r.reply === 'substitute')
      substitutes[r.delegate_id] = {
        fullName: r.substitute_full_name,
        rank: r.substitute_rank,
        position: r.substitute_position,
        unit: r.substitute_unit,
      };
  }
  const absentIds = replies.filter((r) => r.reply === 'absent').map((r) => r.delegate_id);
  if (!plan) return { hallId: null, rules: SeatingRules.parse({}), items: [], substitutes, absentIds };
  const seats = new Map(seatsOf(await getHall(ctx, plan.hallId)).map((s) => [s.id, s]));
  const items: SeatItem[] = [];
  for (const a of await repo.listAssignments(db, conferenceId)) {
    // A seat gone or switched off cannot be shown: its delegate is listed as not seated.
    const s = seats.get(a.seat_id);
    if (!s || s.disabled) continue;
    items.push({
      delegateId: a.delegate_id,
      seatId: s.id,
      label: s.label,
      short: s.short,
      area: s.area,
      block: s.block,
      row: s.row,
      rowLabel: s.rowLabel,
      seat: s.seat,
      x: s.x,
      locked: a.locked === 1,
      reason: a.reason,
    });
  }
  return { hallId: plan.hallId, rules: plan.rules, items, substitutes, absentIds };
}

/**
 * Puts a delegate on a seat; if someone sits there they swap (the other takes the mover's old seat,
 * or becomes unseated). seatId null unseats. A locked seat is refused: unlock it first.
 */
export async function moveDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  delegateId: string,
  seatId: string | null,
) {
  const seats = await seatMapOf(ctx, conferenceId);
  const [d] = await findDelegateRows(ctx.store.db, [delegateId]);
  if (!d || d.conference_id !== conferenceId) throw notFound('đại biểu', delegateId);
  const target = seatId === null ? null : seats.get(seatId);
  if (seatId !== null && (!target || target.disabled)) {
    throw new AppError('BAD_INPUT', `Ghế "${seatId}" không có hoặc đang tắt trong hội trường`, { seatId });
  }
  const rows = await repo.listAssignments(ctx.store.db, conferenceId);
  const mine = rows.find((r) => r.delegate_id === delegateId);
  const other = target ? rows.find((r) => r.seat_id === target.id && r.delegate_id !== delegateId) : undefined;
  for (const r of [mine, other]) {
    if (r?.locked)
      throw new AppError(
        'CONFLICT',
        `Ghế ${seats.get(r.seat_id)?.label ?? r.seat_id} đang khóa: mở khóa trước khi đổi`,
        { seatId: r.seat_id },
      );
  }
  const now = ctx.now();
  const name = d.full_name || d.position;
  await write(ctx, conferenceId, target ? `Xếp ${name} vào ${target.short}` : `Bỏ xếp ${name}`, async (trx) => {
    await repo.deleteAssignments(trx, [delegateId, ...(other ? [other.delegate_id] : [])]);
    if (target)
      await repo.upsertAssignment(trx, {
        delegate_id: delegateId,
        conference_id: conferenceId,
        seat_id: target.id,
        locked: 0,
        reason: 'Xếp tay',
        updated_at: now,
      });
    if (other && mine)
      await repo.upsertAssignment(trx, {
        ...other,
        seat_id: mine.seat_id,
        reason: 'Đổi chỗ (xếp tay)',
        updated_at: now,
      });
  });
  return { swappedWith: other?.delegate_id ?? null };
}

export async function lockSeats(ctx: ServiceContext, conferenceId: string, delegateIds: string[], locked: boolean) {
  await requireConference(ctx.store.db, conferenceId);
  const r = await write(ctx, conferenceId, locked ? 'Khóa ghế' : 'Mở khóa ghế', (trx) =>
    repo.setLocked(trx, conferenceId, delegateIds, locked),
  );
  return { updated: Number(r.numUpdatedRows) };
}

export async function clearSeating(
  ctx: ServiceContext,
  conferenceId: string,
  block: string | undefined,
  keepLocked: boolean,
) {
  const seats = await seatMapOf(ctx, conferenceId);
  const rows = await repo.listAssignments(ctx.store.db, conferenceId);
  const gone = rows.filter(
    (r) => (!keepLocked || !r.locked) && (block === undefined || seats.get(r.seat_id)?.block === block),
  );
  await write(ctx, conferenceId, block ? `Xóa chỗ khu ${block}` : 'Xóa chỗ đã xếp', (trx) =>
    repo.deleteAssignments(
      trx,
      gone.map((r) => r.delegate_id),
    ),
  );
  return { updated: gone.length };
}
