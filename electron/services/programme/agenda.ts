/**
 * The programme (chương trình): items in order, start times computed from the conference start,
 * the overrun against its end, and marks taken on the day (started / finished → running delay).
 */
import { AppError, notFound } from '../../../shared/api/errors';
import type { Delegate } from '../../../shared/models/delegate';
import type { AgendaFields, AgendaItem, AgendaList } from '../../../shared/models/programme';
import { onDay, schedule } from '../../../shared/programme/schedule';
import { writtenName } from '../../../shared/programme/spoken';
import { findConference } from '../../../db/repositories/conference';
import * as repo from '../../../db/repositories/programme';
import { listDelegates } from '../delegate';
import { newId, type ServiceContext } from '../kernel/context';

async function conferenceOrThrow(ctx: ServiceContext, id: string) {
  const c = await findConference(ctx.store.db, id);
  if (!c) throw notFound('hội nghị', id);
  return c;
}

async function itemOrThrow(ctx: ServiceContext, id: string) {
  const row = await repo.findAgendaRow(ctx.store.db, id);
  if (!row) throw notFound('mục chương trình', id);
  return row;
}

/** The presenter as printed: the delegate's rank, name and position, else the free text. */
export function presenterLabel(delegateId: string | null, text: string, byId: Map<string, Delegate>): string {
  const d = delegateId ? byId.get(delegateId) : undefined;
  return d ? writtenName(d) : text;
}

/** The hall's clock now, "YYYY-MM-DDTHH:MM" (the machine's local time). */
export function localNow(ctx: ServiceContext): string {
  const d = new Date(ctx.now());
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** @example const { items, overrunMinutes } = await listAgenda(ctx, conferenceId); */
export async function listAgenda(ctx: ServiceContext, conferenceId: string): Promise<AgendaList> {
  const conf = await conferenceOrThrow(ctx, conferenceId);
  const rows = await repo.listAgendaRows(ctx.store.db, conferenceId);
  const byId = new Map((await listDelegates(ctx, conferenceId)).map((d) => [d.id, d]));
  const s = schedule(
    rows.map((r) => ({ minutes: r.minutes, startedAt: r.started_at, finishedAt: r.finished_at })),
    conf.startsAt,
    conf.endsAt,
  );
  const items = rows.map((r, i): AgendaItem => ({
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    kind: r.kind as AgendaItem['kind'],
    title: r.title,
    presenterDelegateId: r.presenter_delegate_id,
    presenterText: r.presenter_text,
    minutes: r.minutes,
    mcText: r.mc_text,
    speechId: r.speech_id,
    startsAt: s.slots[i].startsAt,
    endsAt: s.slots[i].endsAt,
    presenterLabel: presenterLabel(r.presenter_delegate_id, r.presenter_text, byId),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  }));
  return {
    items,
    plannedMinutes: s.plannedMinutes,
    plannedEnd: s.plannedEnd,
    overrunMinutes: s.overrunMinutes,
    delayMinutes: s.delayMinutes,
  };
}

async function itemOf(ctx: ServiceContext, conferenceId: string, id: string): Promise<AgendaItem> {
  const item = (await listAgenda(ctx, conferenceId)).items.find((x) => x.id === id);
  if (!item) throw notFound('mục chương trình', id);
  return item;
}

async function checkPresenter(ctx: ServiceContext, conferenceId: string, delegateId: string | null | undefined) {
  if (!delegateId) return;
  const d = await ctx.store.db
    .selectFrom('delegates')
    .select('conference_id')
    .where('id', '=', delegateId)
    .executeTakeFirst();
  if (!d || d.conference_id !== conferenceId)
    throw new AppError(
      'BAD_INPUT',
      `Người trình bày (mã "${delegateId}") không có trong danh sách đại biểu của hội nghị này`,
    );
}

/** Adds an item at the end, or before the item now at `position` (1-based). */
export async function createAgendaItem(
  ctx: ServiceContext,
  conferenceId: string,
  fields: AgendaFields,
  position?: number,
): Promise<AgendaItem> {
  await conferenceOrThrow(ctx, conferenceId);
  await checkPresenter(ctx, conferenceId, fields.presenterDelegateId);
  const id = newId();
  const now = ctx.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    const ids = (await repo.listAgendaRows(trx, conferenceId)).map((r) => r.id);
    await repo.insertAgendaRow(trx, {
      id,
      conference_id: conferenceId,
      position: ids.length + 1,
      kind: fields.kind,
      title: fields.title,
      presenter_delegate_id: fields.presenterDelegateId,
      presenter_text: fields.presenterText,
      minutes: fields.minutes,
      mc_text: fields.mcText,
      speech_id: fields.speechId,
      started_at: null,
      finished_at: null,
      created_at: now,
      updated_at: now,
    });
    if (position && position <= ids.length) {
      ids.splice(position - 1, 0, id);
      await repo.setPositions(trx, 'agenda_items', ids);
    }
  });
  return itemOf(ctx, conferenceId, id);
}

export async function updateAgendaItem(
  ctx: ServiceContext,
  id: string,
  patch: Partial<AgendaFields>,
): Promise<AgendaItem> {
  const row = await itemOrThrow(ctx, id);
  await checkPresenter(ctx, row.conference_id, patch.presenterDelegateId);
  const set: Record<string, unknown> = { updated_at: ctx.now() };
  const cols: Record<keyof AgendaFields, string> = {
    kind: 'kind',
    title: 'title',
    presenterDelegateId: 'presenter_delegate_id',
    presenterText: 'presenter_text',
    minutes: 'minutes',
    mcText: 'mc_text',
    speechId: 'speech_id',
  };
  for (const [k, col] of Object.entries(cols))
    if (patch[k as keyof AgendaFields] !== undefined) set[col] = patch[k as keyof AgendaFields];
  await repo.updateAgendaRow(ctx.store.db, id, set);
  return itemOf(ctx, row.conference_id, id);
}

/** `orderedIds` must list every item of the conference exactly once. */
export async function reorderAgenda(
  ctx: ServiceContext,
  conferenceId: string,
  orderedIds: string[],
): Promise<AgendaList> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const have = (await repo.listAgendaRows(trx, conferenceId)).map((r) => r.id);
    const same =
      have.length === orderedIds.length &&
      new Set(orderedIds).size === have.length &&
      orderedIds.every((x) => have.includes(x));
    if (!same)
      throw new AppError('BAD_INPUT', `Thứ tự mới phải gồm đủ ${have.length} mục của chương trình, mỗi mục một lần`, {
        expected: have.length,
        got: orderedIds.length,
      });
    await repo.setPositions(trx, 'agenda_items', orderedIds);
  });
  return listAgenda(ctx, conferenceId);
}

export async function deleteAgendaItems(ctx: ServiceContext, ids: string[]): Promise<{ deleted: number }> {
  const rows = await Promise.all(ids.map((id) => itemOrThrow(ctx, id)));
  const confs = new Set(rows.map((r) => r.conference_id));
  if (confs.size !== 1) throw new AppError('BAD_INPUT', 'Các mục được chọn thuộc nhiều hội nghị khác nhau');
  const [conferenceId] = confs;
  await ctx.store.db.transaction().execute(async (trx) => {
    await repo.deleteAgendaRows(trx, ids);
    await repo.setPositions(
      trx,
      'agenda_items',
      (await repo.listAgendaRows(trx, conferenceId)).map((r) => r.id),
    );
  });
  return { deleted: ids.length };
}

/**
 * On the day: 'start' stamps the item (and finishes the one before, if still running), 'finish'
 * stamps its end, 'clear' removes both marks. `at` is "HH:MM" on the conference day; default now.
 */
export async function markAgendaItem(
  ctx: ServiceContext,
  id: string,
  event: 'start' | 'finish' | 'clear',
  at?: string,
): Promise<AgendaList> {
  const row = await itemOrThrow(ctx, id);
  const conf = await conferenceOrThrow(ctx, row.conference_id);
  const when = at ? onDay(conf.startsAt ?? localNow(ctx), at) : localNow(ctx);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (event === 'clear') return repo.updateAgendaRow(trx, id, { started_at: null, finished_at: null });
    if (event === 'finish')
      return repo.updateAgendaRow(trx, id, { finished_at: when, started_at: row.started_at ?? when });
    const rows = await repo.listAgendaRows(trx, row.conference_id);
    const prev = rows[rows.findIndex((r) => r.id === id) - 1];
    if (prev?.started_at && !prev.finished_at) await repo.updateAgendaRow(trx, prev.id, { finished_at: when });
    await repo.updateAgendaRow(trx, id, { started_at: when, finished_at: null });
  });
  return listAgenda(ctx, row.conference_id);
}
