/**
 * The seating undo journal. Every seating write runs through `journaled`, which records exactly
 * what the write changed: the plan before (hall and rules) when it changed, and the assignments
 * before of the delegates whose seat, lock or reason changed. Undo puts back exactly that, so the
 * hall and its seats change back as one, and seats given outside the journal since (e.g. a deleted
 * delegate brought back by the delegate undo) are left alone. An undo that would put someone on a
 * seat that is switched off, gone, or taken since refuses and says which.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/errors';
import { seatsOf } from '../../../shared/seating/layout';
import type { Database } from '../../../db/schema/database';
import * as repo from '../../../db/repositories/seating';
import { findDelegateRows, listDelegateRows } from '../../../db/repositories/delegate';
import { findConference } from '../../../db/repositories/conference';
import type { ServiceContext } from '../kernel/context';
import { rowToHall } from './halls';

type Db = Kysely<Database>;
const same = (a?: repo.AssignmentRow, b?: repo.AssignmentRow) =>
  a?.seat_id === b?.seat_id && a?.locked === b?.locked && a?.reason === b?.reason;

/** Runs a seating write in one transaction and journals what it changed. */
export async function journaled<T>(
  ctx: ServiceContext,
  conferenceId: string,
  label: string,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const planBefore = await repo.findPlan(trx, conferenceId);
    const before = await repo.listAssignments(trx, conferenceId);
    const out = await fn(trx);
    const planAfter = await repo.findPlan(trx, conferenceId);
    const after = await repo.listAssignments(trx, conferenceId);
    const b = new Map(before.map((r) => [r.delegate_id, r]));
    const a = new Map(after.map((r) => [r.delegate_id, r]));
    const touched = [...new Set([...b.keys(), ...a.keys()])].filter((id) => !same(b.get(id), a.get(id)));
    const planChanged = planBefore?.hall_id !== planAfter?.hall_id || planBefore?.rules !== planAfter?.rules;
    const t = new Set(touched);
    await repo.pushSeatingUndo(
      trx,
      conferenceId,
      label,
      {
        ...(planChanged ? { plan: planBefore ? { hall_id: planBefore.hall_id, rules: planBefore.rules } : null } : {}),
        rows: before.filter((r) => t.has(r.delegate_id)),
        touched,
      },
      ctx.now(),
    );
    return out;
  });
}

/** The seats of the conference's hall (after the plan is put back), or null without a plan. */
async function seatsNow(trx: Db, conferenceId: string) {
  const plan = await repo.findPlan(trx, conferenceId);
  const hall = plan && (await repo.findHall(trx, plan.hall_id));
  return hall ? new Map(seatsOf(rowToHall(hall)).map((s) => [s.id, s])) : null;
}

export async function undoSeating(ctx: ServiceContext, conferenceId: string) {
  if (!(await findConference(ctx.store.db, conferenceId))) throw notFound('hội nghị', conferenceId);
  return ctx.store.db.transaction().execute(async (trx) => {
    const e = await repo.popSeatingUndo(trx, conferenceId);
    if (!e) return { undone: null };
    const p = e.payload;
    if (p.plan === null) await repo.deletePlan(trx, conferenceId);
    else if (p.plan) await repo.savePlan(trx, conferenceId, p.plan.hall_id, p.plan.rules, ctx.now());
    const current = await repo.listAssignments(trx, conferenceId);
    const touched = new Set(p.touched === 'all' ? [...current, ...p.rows].map((r) => r.delegate_id) : p.touched);
    // Delegates deleted since cannot get their seat back here (the delegate undo brings it back with them).
    const alive = new Set((await listDelegateRows(trx, conferenceId)).map((d) => d.id));
    const back = p.rows.filter((r) => alive.has(r.delegate_id));
    const seats = await seatsNow(trx, conferenceId);
    const holders = new Map(current.filter((r) => !touched.has(r.delegate_id)).map((r) => [r.seat_id, r.delegate_id]));
    const names = new Map(
      (await findDelegateRows(trx, [...back.map((r) => r.delegate_id), ...holders.values()])).map((d) => [
        d.id,
        `“${d.full_name || d.position}”`,
      ]),
    );
    const problems: string[] = [];
    for (const r of back) {
      const s = seats?.get(r.seat_id);
      if (!s || s.disabled)
        problems.push(`ghế cũ của ${names.get(r.delegate_id)} không còn dùng được trong hội trường`);
      else if (holders.has(r.seat_id))
        problems.push(
          `ghế ${s.short} của ${names.get(r.delegate_id)} nay đã xếp cho ${names.get(holders.get(r.seat_id)!)}`,
        );
    }
    if (problems.length) {
      const shown =
        problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; và ${problems.length - 5} chỗ khác` : '');
      throw new AppError('CONFLICT', `Không hoàn tác được “${e.label}”: ${shown}. Chưa thay đổi gì.`, {
        conflicts: problems,
      });
    }
    await repo.deleteAssignments(trx, [...touched]);
    await repo.insertAssignments(trx, back);
    return { undone: e.label };
  });
}
