/**
 * Delegates: list, search, create, edit, delete, reorder, sort a section, undo.
 * Every write runs in one transaction and leaves a before-image in the undo journal.
 */
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../../shared/api/errors';
import type { Delegate, DelegateFields } from '../../../shared/models/delegate';
import { compareVietnameseNames } from '../../../shared/text/collate';
import { rankOrder } from '../../../shared/text/ranks';
import type { Database } from '../../../db/schema/database';
import * as repo from '../../../db/repositories/delegate';
import { popUndo, pushUndo } from '../../../db/repositories/delegate-undo';
import { captureDependents, type Dependents } from '../../../db/repositories/delegate-dependents';
import { findConference } from '../../../db/repositories/conference';
import type { ServiceContext } from '../kernel/context';
import { cleanFields, newDelegateRow, searchKeyOf } from './delegate-rows';
import { invalidateSearch, refreshSearch as refresh, searchIndex } from './search-cache';
import { applyUndo } from './delegate-undo';
import { endOfSection } from './delegate-placement';

export { invalidateSearch };

/**
 * What the search index is built from: every delegate, read 1,000 at a time with a turn of the
 * event loop between (a 20,000-row list in one read would hold the desks). A write between pages
 * makes the search cache drop the index built from them (search-cache.ts).
 */
async function loadForSearch(ctx: ServiceContext, conferenceId: string): Promise<Delegate[]> {
  await requireConference(ctx.store.db, conferenceId);
  const out: Delegate[] = [];
  for (let offset = 0; ; offset += 1000) {
    const rows = await repo.listDelegateRowsPage(ctx.store.db, conferenceId, offset, 1000);
    for (const r of rows) out.push(repo.rowToDelegate(r));
    if (rows.length < 1000) return out;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** After an import: the search index is rebuilt at once (in slices) if it was in use. */
export const refreshSearch = (ctx: ServiceContext, conferenceId: string) =>
  refresh(ctx, conferenceId, () => loadForSearch(ctx, conferenceId));

async function requireConference(db: Kysely<Database>, id: string) {
  if (!(await findConference(db, id))) throw notFound('hội nghị', id);
}

/** Run `fn` in a transaction that records an undo entry, then invalidate search. */
async function write<T>(
  ctx: ServiceContext,
  conferenceId: string,
  label: string,
  touchedIds: string[] | 'all',
  fn: (
    trx: Kysely<Database>,
    before: repo.DelegateRow[],
  ) => Promise<{ result: T; createdIds?: string[]; dependents?: Dependents }>,
): Promise<T> {
  const out = await ctx.store.db.transaction().execute(async (trx) => {
    const before =
      touchedIds === 'all'
        ? await repo.listDelegateRows(trx, conferenceId)
        : await repo.findDelegateRows(trx, touchedIds);
    const { result, createdIds = [], dependents } = await fn(trx, before);
    await pushUndo(trx, conferenceId, label, { rows: before, createdIds, dependents }, ctx.now());
    return result;
  });
  invalidateSearch(ctx, conferenceId);
  return out;
}

export async function listDelegates(ctx: ServiceContext, conferenceId: string): Promise<Delegate[]> {
  await requireConference(ctx.store.db, conferenceId);
  return (await repo.listDelegateRows(ctx.store.db, conferenceId)).map(repo.rowToDelegate);
}

/** @example await searchDelegates(ctx, confId, 'nguyen van son', 20) */
export async function searchDelegates(ctx: ServiceContext, conferenceId: string, query: string, limit: number) {
  const index = await searchIndex(ctx, conferenceId, () => loadForSearch(ctx, conferenceId));
  return index.search(query, limit);
}

async function getRow(db: Kysely<Database>, id: string) {
  const [row] = await repo.findDelegateRows(db, [id]);
  if (!row) throw notFound('đại biểu', id);
  return row;
}

export async function createDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  fields: DelegateFields,
  precedence?: number,
): Promise<Delegate> {
  await requireConference(ctx.store.db, conferenceId);
  // Added by hand: at the end of his own section (#14), unless the form says where.
  precedence ??= await endOfSection(ctx.store.db, conferenceId, fields.category);
  const now = ctx.now();
  return write(ctx, conferenceId, 'Thêm đại biểu', precedence ? 'all' : [], async (trx, before) => {
    const max = await repo.maxPrecedence(trx, conferenceId);
    const at = precedence ? Math.min(precedence, max + 1) : max + 1;
    const row = newDelegateRow(conferenceId, fields, max + 1, now);
    await repo.insertDelegateRows(trx, [row]);
    if (at <= max) {
      const ids = before.map((r) => r.id);
      ids.splice(at - 1, 0, row.id);
      await repo.setPrecedences(trx, ids, now);
      row.precedence = at;
    }
    return { result: repo.rowToDelegate(row), createdIds: [row.id] };
  });
}

export async function updateDelegate(
  ctx: ServiceContext,
  id: string,
  patch: Partial<DelegateFields>,
): Promise<Delegate> {
  const current = await getRow(ctx.store.db, id);
  const clean = cleanFields(patch);
  return write(ctx, current.conference_id, 'Sửa đại biểu', [id], async (trx) => {
    const merged = { ...repo.rowToDelegate(current), ...clean };
    const set = { ...repo.fieldsToColumns(clean), search_key: searchKeyOf(merged), updated_at: ctx.now() };
    await repo.updateDelegateRow(trx, id, set);
    return { result: repo.rowToDelegate(await getRow(trx, id)) };
  });
}

/** Every id must exist and belong to one conference; returns that conference. */
async function conferenceOf(db: Kysely<Database>, ids: string[]): Promise<string> {
  const rows = await repo.findDelegateRows(db, ids);
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw notFound('đại biểu', missing[0]);
  const confs = new Set(rows.map((r) => r.conference_id));
  if (confs.size > 1) throw new AppError('BAD_INPUT', 'Các đại biểu được chọn thuộc nhiều hội nghị khác nhau');
  return rows[0].conference_id;
}

export async function bulkUpdateDelegates(ctx: ServiceContext, ids: string[], patch: Partial<DelegateFields>) {
  const conferenceId = await conferenceOf(ctx.store.db, ids);
  const clean = cleanFields(patch);
  return write(ctx, conferenceId, `Sửa hàng loạt ${ids.length} đại biểu`, ids, async (trx, before) => {
    for (const row of before) {
      const merged = { ...repo.rowToDelegate(row), ...clean };
      await repo.updateDelegateRow(trx, row.id, {
        ...repo.fieldsToColumns(clean),
        search_key: searchKeyOf(merged),
        updated_at: ctx.now(),
      });
    }
    return { result: { updated: before.length } };
  });
}

export async function deleteDelegates(ctx: ServiceContext, ids: string[]) {
  const conferenceId = await conferenceOf(ctx.store.db, ids);
  return write(ctx, conferenceId, `Xóa ${ids.length} đại biểu`, 'all', async (trx, before) => {
    // What hangs on them goes with them (foreign keys); the undo puts it back from this copy.
    const dependents = await captureDependents(trx, ids);
    const deleted = await repo.deleteDelegateRows(trx, ids);
    const gone = new Set(ids);
    await repo.setPrecedences(
      trx,
      before.filter((r) => !gone.has(r.id)).map((r) => r.id),
      ctx.now(),
    );
    return { result: { deleted }, dependents };
  });
}

export async function reorderDelegates(ctx: ServiceContext, conferenceId: string, orderedIds: string[]) {
  await requireConference(ctx.store.db, conferenceId);
  return write(ctx, conferenceId, 'Đổi thứ tự', 'all', async (trx, before) => {
    const known = new Set(before.map((r) => r.id));
    const given = new Set(orderedIds);
    if (given.size !== orderedIds.length || given.size !== known.size || orderedIds.some((id) => !known.has(id))) {
      throw new AppError(
        'BAD_INPUT',
        `Danh sách thứ tự phải gồm đúng ${known.size} đại biểu của hội nghị, mỗi người một lần (nhận ${orderedIds.length})`,
      );
    }
    await repo.setPrecedences(trx, orderedIds, ctx.now());
    return { result: { updated: orderedIds.length } };
  });
}

/** Sort one section in place (its precedence slots stay where they are). */
export async function sortSection(ctx: ServiceContext, conferenceId: string, category: string, by: 'rank' | 'name') {
  await requireConference(ctx.store.db, conferenceId);
  const label = by === 'rank' ? 'Sắp xếp theo cấp bậc' : 'Sắp xếp theo tên';
  return write(ctx, conferenceId, label, 'all', async (trx, before) => {
    const slots = before.map((r, i) => (r.category === category ? i : -1)).filter((i) => i >= 0);
    if (!slots.length) throw new AppError('NOT_FOUND', `Không có đại biểu nào thuộc thành phần "${category}"`);
    const members = slots.map((i) => repo.rowToDelegate(before[i]));
    const byName = (a: Delegate, b: Delegate) => compareVietnameseNames(a, b);
    members.sort(
      by === 'rank'
        ? (a, b) => rankOrder(a.rank) - rankOrder(b.rank) || a.precedence - b.precedence
        : (a, b) => (!a.fullName ? 1 : 0) - (!b.fullName ? 1 : 0) || byName(a, b),
    );
    // The section is gathered where it starts, sorted (#14): a member left further down (added by
    // hand under a second header) joins it instead of taking a senior's place far away.
    const others = before.filter((r) => r.category !== category).map((r) => r.id);
    const ids = [...others.slice(0, slots[0]), ...members.map((m) => m.id), ...others.slice(slots[0])];
    await repo.setPrecedences(trx, ids, ctx.now());
    return { result: { updated: slots.length } };
  });
}

/**
 * Undo exactly the last change (see delegate/delegate-undo.ts); returns its label, or null if
 * nothing to undo. Refused with a CONFLICT, the entry kept, when later work would be lost.
 */
export async function undoLastChange(ctx: ServiceContext, conferenceId: string): Promise<{ undone: string | null }> {
  await requireConference(ctx.store.db, conferenceId);
  const label = await ctx.store.db.transaction().execute(async (trx) => {
    const entry = await popUndo(trx, conferenceId);
    if (!entry) return null;
    await applyUndo(trx, conferenceId, entry.label, entry.payload);
    return entry.label;
  });
  invalidateSearch(ctx, conferenceId);
  return { undone: label };
}
