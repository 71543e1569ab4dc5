/**
 * Tasks of a conference: the plan's assignments, a notice's follow-up, typed ones. The deadline is
 * stored as its rule; every read computes the date with the conference day as it is now, so a
 * relative deadline moves when the conference moves.
 */
import { notFound } from '../../../shared/api/errors';
import type { Task, TaskDraft, TaskFields } from '../../../shared/models/task';
import type { Due } from '../../../shared/task/deadline';
import { dueDateOf, dueLabel } from '../../../shared/task/deadline';
import { extractPlanTasks } from '../../../shared/task/extract-plan';
import { findConference } from '../../../db/repositories/conference';
import * as repo from '../../../db/repositories/task';
import { newId, type ServiceContext } from '../kernel/context';

/** The hall's local date "YYYY-MM-DD" of ctx.now(). */
export function localToday(ctx: ServiceContext): string {
  const d = new Date(ctx.now());
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The conference and its day ("YYYY-MM-DD" or null); throws when it does not exist. */
export async function conferenceDay(ctx: ServiceContext, conferenceId: string) {
  const c = await findConference(ctx.store.db, conferenceId);
  if (!c) throw notFound('hội nghị', conferenceId);
  return { conference: c, date: c.startsAt ? c.startsAt.slice(0, 10) : null };
}

const parseJson = <T>(s: string | null, fallback: T): T => {
  try {
    return s ? (JSON.parse(s) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** A stored row as the contract's Task, dates computed for `conferenceDate` and `today`. */
export function toTask(r: repo.TaskRow, conferenceDate: string | null, today: string): Task {
  const due = parseJson<Due | null>(r.due_json, null);
  const dueDate = dueDateOf(due, conferenceDate);
  const daysLeft = dueDate ? dayNumber(dueDate) - dayNumber(today) : null;
  const open = r.status !== 'done';
  return {
    id: r.id,
    conferenceId: r.conference_id,
    position: r.position,
    agency: r.agency,
    coordinating: parseJson<string[]>(r.coordinating_json, []),
    content: r.content,
    due,
    dueText: r.due_text,
    overseer: r.overseer,
    status: r.status as Task['status'],
    doneDate: r.done_date,
    note: r.note,
    source: r.source as Task['source'],
    conclusionItemId: r.conclusion_item_id,
    dueDate,
    dueLabel: dueLabel(due, conferenceDate),
    overdue: open && daysLeft !== null && daysLeft < 0,
    dueSoon: open && daysLeft !== null && daysLeft >= 0 && daysLeft <= 7,
    daysLeft,
  };
}

/** @example const { items, conferenceDate } = await listTasks(ctx, id); items.filter(t => t.overdue) */
export async function listTasks(ctx: ServiceContext, conferenceId: string) {
  const { date } = await conferenceDay(ctx, conferenceId);
  const today = localToday(ctx);
  const rows = await repo.listTaskRows(ctx.store.db, conferenceId);
  return { items: rows.map((r) => toTask(r, date, today)), conferenceDate: date, today };
}

/** Reads tasks from pasted text; writes nothing. */
export async function extractTasks(
  ctx: ServiceContext,
  conferenceId: string,
  text: string,
): Promise<{ items: TaskDraft[] }> {
  const { date } = await conferenceDay(ctx, conferenceId);
  return { items: extractPlanTasks(text, date) };
}

type NewTask = Omit<TaskFields, 'status' | 'doneDate' | 'note'> &
  Partial<Pick<TaskFields, 'status' | 'doneDate' | 'note'>>;

/** Rows for new tasks at the end of the list (positions from `position`). */
export function newTaskRows(
  ctx: ServiceContext,
  conferenceId: string,
  items: NewTask[],
  position: number,
  conclusionItemId: (i: number) => string | null = () => null,
): repo.TaskRow[] {
  const now = ctx.now();
  return items.map((t, i) => {
    const status = t.status ?? 'todo';
    return {
      id: newId(),
      conference_id: conferenceId,
      position: position + i,
      agency: t.agency,
      coordinating_json: JSON.stringify(t.coordinating),
      content: t.content,
      due_json: t.due ? JSON.stringify(t.due) : null,
      due_text: t.dueText,
      overseer: t.overseer,
      status,
      done_date: status === 'done' ? (t.doneDate ?? localToday(ctx)) : null,
      note: t.note ?? '',
      source: t.source,
      conclusion_item_id: conclusionItemId(i),
      created_at: now,
      updated_at: now,
    };
  });
}

/** Adds accepted drafts in one transaction. @example await createTasks(ctx, id, drafts.map(d => ({ ...d, source: 'plan' }))) */
export async function createTasks(
  ctx: ServiceContext,
  conferenceId: string,
  items: NewTask[],
): Promise<{ ids: string[] }> {
  await conferenceDay(ctx, conferenceId);
  return ctx.store.db.transaction().execute(async (trx) => {
    const rows = newTaskRows(ctx, conferenceId, items, await repo.nextTaskPosition(trx, conferenceId));
    await repo.insertTaskRows(trx, rows);
    return { ids: rows.map((r) => r.id) };
  });
}

async function taskById(ctx: ServiceContext, id: string): Promise<Task> {
  const row = await repo.findTaskRow(ctx.store.db, id);
  if (!row) throw notFound('nhiệm vụ', id);
  const { date } = await conferenceDay(ctx, row.conference_id);
  return toTask(row, date, localToday(ctx));
}

export async function createTask(ctx: ServiceContext, conferenceId: string, fields: TaskFields): Promise<Task> {
  const { ids } = await createTasks(ctx, conferenceId, [fields]);
  return taskById(ctx, ids[0]);
}

/** Patches a task; "done" without a date is done today, any other status clears the date. */
export async function updateTask(ctx: ServiceContext, id: string, patch: Partial<TaskFields>): Promise<Task> {
  const row = await repo.findTaskRow(ctx.store.db, id);
  if (!row) throw notFound('nhiệm vụ', id);
  const set: Partial<repo.TaskRow> = { updated_at: ctx.now() };
  if (patch.agency !== undefined) set.agency = patch.agency;
  if (patch.coordinating !== undefined) set.coordinating_json = JSON.stringify(patch.coordinating);
  if (patch.content !== undefined) set.content = patch.content;
  if (patch.due !== undefined) set.due_json = patch.due ? JSON.stringify(patch.due) : null;
  if (patch.dueText !== undefined) set.due_text = patch.dueText;
  if (patch.overseer !== undefined) set.overseer = patch.overseer;
  if (patch.note !== undefined) set.note = patch.note;
  if (patch.source !== undefined) set.source = patch.source;
  if (patch.doneDate !== undefined) set.done_date = patch.doneDate;
  if (patch.status !== undefined) {
    set.status = patch.status;
    if (patch.status === 'done') set.done_date = patch.doneDate ?? row.done_date ?? localToday(ctx);
    else set.done_date = null;
  }
  await repo.updateTaskRow(ctx.store.db, id, set);
  return taskById(ctx, id);
}

export async function deleteTasks(ctx: ServiceContext, ids: string[]): Promise<{ deleted: number }> {
  return { deleted: await repo.deleteTaskRows(ctx.store.db, ids) };
}
