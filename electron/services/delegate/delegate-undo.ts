/**
 * Applying one undo entry of the delegate journal, exactly: rows the action touched get their
 * before-image back in place (UPDATE, never delete and re-insert, so the register, seats, check-ins
 * and links that hang on them stay put); rows it inserted are removed, but only when nothing has
 * come to hang on them since; rows it deleted come back with what hung on them. When the entry is
 * older than a change it would undo along with it, it refuses and says which, changing nothing.
 * No foreign-key cascade does any of this: every row is written or removed here by name.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/api/errors';
import { HallFields } from '../../../shared/models/hall';
import { seatsOf } from '../../../shared/seating/layout';
import type { Database } from '../../../db/schema/database';
import {
  deleteDelegateRows,
  insertDelegateRows,
  listDelegateRows,
  updateDelegateRow,
  type DelegateRow,
} from '../../../db/repositories/delegate';
import {
  captureDependents,
  currentLink,
  restoreDependents,
  seatHolders,
  type Dependents,
  type LinkTable,
} from '../../../db/repositories/delegate-dependents';
import { findHall, findPlan } from '../../../db/repositories/seating';
import type { UndoPayload } from '../../../db/repositories/delegate-undo';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const nameOf = (r: DelegateRow | undefined) =>
  r ? `“${r.full_name || r.position || 'đại biểu không tên'}”` : '“đại biểu đã xóa”';

const LINK_WORDS: Record<LinkTable, string> = {
  agenda_items: 'là người trình bày trong chương trình',
  speeches: 'được phân công tham luận',
  award_recipients: 'có tên trong danh sách khen thưởng',
  award_batches: 'được giao trao thưởng',
};

/** What has come to hang on rows the undo would delete, per delegate, in words. */
function hangs(d: Dependents): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: unknown, what: string) => {
    const k = String(id);
    if (!out.has(k)) out.set(k, new Set());
    out.get(k)!.add(what);
  };
  for (const r of d.owned.delegate_register) {
    if (r.invitation_status === 'sent') add(r.delegate_id, 'đã được đánh dấu gửi giấy mời');
    if (r.reply !== 'none') add(r.delegate_id, 'đã có phản hồi giấy mời');
    if (r.note || r.substitute_full_name) add(r.delegate_id, 'đã có ghi chú trong sổ giấy mời');
  }
  for (const r of d.owned.invitation_prints) add(r.delegate_id, 'đã được in giấy mời');
  for (const r of d.owned.seat_assignments) add(r.delegate_id, 'đã được xếp ghế');
  for (const r of d.owned.checkins) add(r.delegate_id, r.undone_at ? 'có lượt điểm danh (đã hủy)' : 'đã điểm danh');
  for (const r of d.owned.checkin_walk_ins) add(r.delegate_id, 'được thêm tại bàn điểm danh');
  for (const l of d.links) add(l.delegateId, LINK_WORDS[l.table]);
  return out;
}

/** Enabled seat ids of the conference's hall now, or null without a plan. */
async function enabledSeats(trx: Db, conferenceId: string): Promise<Map<string, string> | null> {
  const plan = await findPlan(trx, conferenceId);
  const hall = plan && (await findHall(trx, plan.hall_id));
  if (!hall) return null;
  const fields = HallFields.parse({ name: hall.name, ...(JSON.parse(hall.layout) as object) });
  return new Map(
    seatsOf(fields)
      .filter((s) => !s.disabled)
      .map((s) => [s.id, s.short]),
  );
}

/** Why the dependents of deleted rows cannot all go back now (a seat or a link taken since). */
async function returnConflicts(
  trx: Db,
  conferenceId: string,
  d: Dependents,
  byId: Map<string, DelegateRow>,
  images: Map<string, DelegateRow>,
) {
  const out: string[] = [];
  const seats = d.owned.seat_assignments as Row[];
  if (seats.length) {
    const valid = await enabledSeats(trx, conferenceId);
    const holders = await seatHolders(
      trx,
      conferenceId,
      seats.map((s) => String(s.seat_id)),
    );
    for (const s of seats) {
      const who = nameOf(images.get(String(s.delegate_id)));
      const label = valid?.get(String(s.seat_id));
      const holder = holders.get(String(s.seat_id));
      if (!label) out.push(`ghế của ${who} không còn trong hội trường đang dùng`);
      else if (holder && holder !== s.delegate_id)
        out.push(`ghế ${label} của ${who} đã xếp cho ${nameOf(byId.get(holder))}`);
    }
  }
  for (const l of d.links) {
    const now = await currentLink(trx, l);
    if (now && now !== l.delegateId)
      out.push(`${nameOf(images.get(l.delegateId))} ${LINK_WORDS[l.table]}, nay đã giao cho ${nameOf(byId.get(now))}`);
  }
  return out;
}

/** Columns of a before-image that differ from the row now (precedence aside: the order is restored as a whole). */
function changedColumns(img: DelegateRow, cur: DelegateRow): Partial<DelegateRow> {
  const set: Row = {};
  for (const [k, v] of Object.entries(img)) {
    if (k !== 'id' && k !== 'conference_id' && k !== 'precedence' && (cur as unknown as Row)[k] !== v) set[k] = v;
  }
  return set as Partial<DelegateRow>;
}

/**
 * The order back: rows of the before-image take their old places, rows it does not know (added
 * outside the journal since, e.g. a walk-in at the door) keep theirs, then 1..n again. Only rows
 * whose number changes are written.
 */
async function restoreOrder(trx: Db, conferenceId: string, images: DelegateRow[]) {
  const old = new Map(images.map((r) => [r.id, r.precedence]));
  const rows = await listDelegateRows(trx, conferenceId);
  const keyed = rows.map((r, i) => ({ r, p: old.get(r.id) ?? r.precedence, known: old.has(r.id) ? 0 : 1, i }));
  keyed.sort((a, b) => a.p - b.p || a.known - b.known || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) {
    if (keyed[i].r.precedence !== i + 1)
      await trx
        .updateTable('delegates')
        .set({ precedence: i + 1 })
        .where('id', '=', keyed[i].r.id)
        .execute();
  }
}

/** Undo one journal entry inside the caller's transaction; throws CONFLICT (and writes nothing) when it would lose later work. */
export async function applyUndo(trx: Db, conferenceId: string, label: string, payload: UndoPayload): Promise<void> {
  const current = await listDelegateRows(trx, conferenceId);
  const byId = new Map(current.map((r) => [r.id, r]));
  const images = new Map(payload.rows.map((r) => [r.id, r]));
  const createdSet = new Set(payload.createdIds);
  const created = payload.createdIds.filter((id) => byId.has(id));
  const returning = payload.rows.filter((r) => !byId.has(r.id) && !createdSet.has(r.id));

  const onCreated = await captureDependents(trx, created);
  const problems = [...hangs(onCreated)].map(([id, what]) => `${nameOf(byId.get(id))} ${[...what].join(', ')}`);
  if (payload.dependents)
    problems.push(...(await returnConflicts(trx, conferenceId, payload.dependents, byId, images)));
  if (problems.length) {
    const shown =
      problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; và ${problems.length - 5} việc khác` : '');
    throw new AppError(
      'CONFLICT',
      `Không hoàn tác được “${label}”: sau thao tác này ${shown}. Hoàn tác bây giờ sẽ làm mất những thay đổi đó, nên chưa thay đổi gì.`,
      { conflicts: problems },
    );
  }

  // Rows the action inserted: only empty register rows can hang on them (checked above); removed by name.
  for (let i = 0; i < created.length; i += 500) {
    await trx
      .deleteFrom('delegate_register')
      .where('delegate_id', 'in', created.slice(i, i + 500))
      .execute();
  }
  await deleteDelegateRows(trx, created);
  await insertDelegateRows(trx, returning);
  if (payload.dependents) await restoreDependents(trx, payload.dependents);
  for (const img of payload.rows) {
    const cur = byId.get(img.id);
    const set = cur ? changedColumns(img, cur) : {};
    if (Object.keys(set).length) await updateDelegateRow(trx, img.id, set);
  }
  await restoreOrder(trx, conferenceId, payload.rows);
}
