/**
 * The thông báo kết luận: its items (title, who presented, the conclusion) and the tasks they assign.
 * Saving replaces the notice's items; their tasks replace the previous notice's tasks only (plan and
 * typed tasks stay), and a task that comes back unchanged (same agency and content) keeps its status.
 */
import type { ConclusionItemDraft, ConclusionNotice, NoticeFields } from '../../../shared/models/task';
import { extractConclusions } from '../../../shared/task/extract-conclusions';
import * as repo from '../../../db/repositories/task';
import { newId, type ServiceContext } from '../kernel/context';
import { conferenceDay, localToday, newTaskRows, toTask } from '../task';

const parseList = (s: string): string[] => {
  try {
    return JSON.parse(s) as string[];
  } catch {
    return [];
  }
};

/** Reads a pasted notice; writes nothing. */
export async function extractNotice(ctx: ServiceContext, conferenceId: string, text: string) {
  const { date } = await conferenceDay(ctx, conferenceId);
  return extractConclusions(text, date);
}

/** @example const { notice, items } = await getNotice(ctx, id); items[0].tasks[0].dueLabel */
export async function getNotice(ctx: ServiceContext, conferenceId: string): Promise<ConclusionNotice> {
  const { date } = await conferenceDay(ctx, conferenceId);
  const db = ctx.store.db;
  const today = localToday(ctx);
  const row = await repo.findNoticeRow(db, conferenceId);
  const tasks = (await repo.listConclusionTaskRows(db, conferenceId)).map((r) => toTask(r, date, today));
  const items = (await repo.listConclusionItemRows(db, conferenceId)).map((r) => ({
    id: r.id,
    position: r.position,
    title: r.title,
    presenter: r.presenter,
    text: r.text,
    tasks: tasks.filter((t) => t.conclusionItemId === r.id),
  }));
  return {
    notice: {
      number: row?.number ?? '',
      symbol: row?.symbol ?? '',
      issuedOn: row?.issued_on ?? null,
      opening: row?.opening ?? '',
      recipients: row ? parseList(row.recipients_json) : [],
      signerAuthority: row?.signer_authority ?? '',
      signerTitle: row?.signer_title ?? '',
      signerName: row?.signer_name ?? '',
      savedAt: row?.saved_at ?? null,
    },
    items,
  };
}

const key = (agency: string, content: string) =>
  `${agency.trim().toLocaleLowerCase('vi')}\u0000${content.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')}`;

/** Replaces the notice in one transaction. */
export async function saveNotice(
  ctx: ServiceContext,
  conferenceId: string,
  notice: Partial<NoticeFields> | undefined,
  items: ConclusionItemDraft[],
): Promise<ConclusionNotice> {
  await conferenceDay(ctx, conferenceId);
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await repo.findNoticeRow(trx, conferenceId);
    const kept = new Map(
      (await repo.listConclusionTaskRows(trx, conferenceId)).map((r) => [key(r.agency, r.content), r]),
    );
    await repo.deleteConclusionItems(trx, conferenceId);
    const itemRows = items.map((it, i) => ({
      id: newId(),
      conference_id: conferenceId,
      position: i + 1,
      title: it.title,
      presenter: it.presenter,
      text: it.text,
    }));
    await repo.insertConclusionItemRows(trx, itemRows);
    const flat = items.flatMap((it, i) => it.tasks.map((t) => ({ t, itemId: itemRows[i].id })));
    const position = await repo.nextTaskPosition(trx, conferenceId);
    const rows = newTaskRows(
      ctx,
      conferenceId,
      flat.map(({ t }) => {
        const old = kept.get(key(t.agency, t.content));
        return {
          ...t,
          source: 'conclusion' as const,
          status: old?.status as 'todo' | undefined,
          doneDate: old?.done_date ?? null,
          note: old?.note ?? '',
        };
      }),
      position,
      (i) => flat[i].itemId,
    );
    await repo.insertTaskRows(trx, rows);
    const n = notice ?? {};
    await repo.upsertNoticeRow(trx, {
      conference_id: conferenceId,
      number: n.number ?? before?.number ?? '',
      symbol: n.symbol ?? before?.symbol ?? '',
      issued_on: n.issuedOn !== undefined ? n.issuedOn : (before?.issued_on ?? null),
      opening: n.opening ?? before?.opening ?? '',
      recipients_json: n.recipients ? JSON.stringify(n.recipients) : (before?.recipients_json ?? '[]'),
      signer_authority: n.signerAuthority ?? before?.signer_authority ?? '',
      signer_title: n.signerTitle ?? before?.signer_title ?? '',
      signer_name: n.signerName ?? before?.signer_name ?? '',
      saved_at: ctx.now(),
    });
  });
  return getNotice(ctx, conferenceId);
}
