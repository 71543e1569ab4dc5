/**
 * Awards (khen thưởng): decisions, their recipients (tập thể / cá nhân), counts against the plan,
 * and the ceremony's batches (đợt) with the leader who presents each; absentees from check-in.
 */
import { AppError, notFound } from '../../../shared/api/errors';
import type {
  AwardOverview,
  Batch,
  DecisionFields,
  Recipient,
  RecipientFields,
} from '../../../shared/models/programme';
import { planBatches } from '../../../shared/programme/batches';
import { findConference } from '../../../db/repositories/conference';
import * as repo from '../../../db/repositories/programme';
import { presenterLabel } from './agenda';
import { listDelegates } from '../delegate';
import { checkedInIds } from './programme-presence';
import { listSeating } from '../seating';
import { newId, type ServiceContext } from '../kernel/context';

async function requireConference(ctx: ServiceContext, id: string) {
  if (!(await findConference(ctx.store.db, id))) throw notFound('hội nghị', id);
}

const toRecipient = (r: repo.RecipientRow, present: Set<string> | null, seats: Map<string, string>): Recipient => ({
  id: r.id,
  decisionId: r.decision_id,
  order: r.position,
  kind: r.kind as Recipient['kind'],
  name: r.name,
  rank: r.rank,
  position: r.position_title,
  unit: r.unit,
  achievement: r.achievement,
  receiverText: r.receiver_text,
  delegateId: r.delegate_id,
  absentAction: r.absent_action as Recipient['absentAction'],
  batchNo: r.batch_no,
  present: present && r.delegate_id ? present.has(r.delegate_id) : null,
  seat: r.delegate_id ? (seats.get(r.delegate_id) ?? null) : null,
});

/** delegateId → seat label; empty when the conference has no seating plan (or it cannot be read). */
async function seatLabels(ctx: ServiceContext, conferenceId: string): Promise<Map<string, string>> {
  try {
    return new Map((await listSeating(ctx, conferenceId)).items.map((s) => [s.delegateId, s.label]));
  } catch {
    // Seating is optional for awards: a broken or missing hall must not hide the award lists.
    return new Map();
  }
}

/** Everything the awards tab shows: decisions with recipients and counts, batches, check-in or not. */
export async function listAwards(ctx: ServiceContext, conferenceId: string): Promise<AwardOverview> {
  await requireConference(ctx, conferenceId);
  const db = ctx.store.db;
  const present = checkedInIds(ctx, conferenceId);
  const recs = await repo.listRecipientRows(db, conferenceId);
  const byId = new Map((await listDelegates(ctx, conferenceId)).map((d) => [d.id, d]));
  const seats = await seatLabels(ctx, conferenceId);
  const decisions = (await repo.listDecisionRows(db, conferenceId)).map((d) => {
    const recipients = recs.filter((r) => r.decision_id === d.id).map((r) => toRecipient(r, present, seats));
    return {
      id: d.id,
      conferenceId: d.conference_id,
      position: d.position,
      number: d.number,
      date: d.date,
      authority: d.authority,
      form: d.form,
      reason: d.reason,
      plannedCollectives: d.planned_collectives,
      plannedIndividuals: d.planned_individuals,
      collectives: recipients.filter((r) => r.kind === 'collective').length,
      individuals: recipients.filter((r) => r.kind === 'individual').length,
      recipients,
    };
  });
  const batches: Batch[] = (await repo.listBatchRows(db, conferenceId)).map((b) => ({
    no: b.no,
    presenterDelegateId: b.presenter_delegate_id,
    presenterText: b.presenter_text,
    presenterLabel: presenterLabel(b.presenter_delegate_id, b.presenter_text, byId),
    recipientIds: recs.filter((r) => r.batch_no === b.no).map((r) => r.id),
  }));
  return { decisions, batches, hasCheckins: present !== null };
}

export async function createDecision(
  ctx: ServiceContext,
  conferenceId: string,
  f: DecisionFields,
): Promise<{ id: string }> {
  await requireConference(ctx, conferenceId);
  const id = newId();
  const now = ctx.now();
  const n = (await repo.listDecisionRows(ctx.store.db, conferenceId)).length;
  await repo.insertDecisionRow(ctx.store.db, {
    id,
    conference_id: conferenceId,
    position: n + 1,
    number: f.number,
    date: f.date,
    authority: f.authority,
    form: f.form,
    reason: f.reason,
    planned_collectives: f.plannedCollectives,
    planned_individuals: f.plannedIndividuals,
    created_at: now,
    updated_at: now,
  });
  return { id };
}

export async function updateDecision(
  ctx: ServiceContext,
  id: string,
  p: Partial<DecisionFields>,
): Promise<{ id: string }> {
  if (!(await repo.findDecisionRow(ctx.store.db, id))) throw notFound('quyết định khen thưởng', id);
  const set: Record<string, unknown> = { updated_at: ctx.now() };
  const cols = {
    number: 'number',
    date: 'date',
    authority: 'authority',
    form: 'form',
    reason: 'reason',
    plannedCollectives: 'planned_collectives',
    plannedIndividuals: 'planned_individuals',
  } as const;
  for (const [k, c] of Object.entries(cols))
    if (p[k as keyof DecisionFields] !== undefined) set[c] = p[k as keyof DecisionFields];
  await repo.updateDecisionRow(ctx.store.db, id, set);
  return { id };
}

export async function deleteDecision(ctx: ServiceContext, id: string): Promise<{ deleted: number }> {
  if (!(await repo.findDecisionRow(ctx.store.db, id))) throw notFound('quyết định khen thưởng', id);
  await repo.deleteDecisionRow(ctx.store.db, id);
  return { deleted: 1 };
}

const RCOLS = {
  kind: 'kind',
  name: 'name',
  rank: 'rank',
  position: 'position_title',
  unit: 'unit',
  achievement: 'achievement',
  receiverText: 'receiver_text',
  delegateId: 'delegate_id',
  absentAction: 'absent_action',
} as const;

/** Adds recipients at the end of a decision's list. @example await createRecipients(ctx, decisionId, [{kind:'individual', name:'Nguyễn Văn An', …}]) */
export async function createRecipients(
  ctx: ServiceContext,
  decisionId: string,
  list: RecipientFields[],
): Promise<{ ids: string[] }> {
  const d = await repo.findDecisionRow(ctx.store.db, decisionId);
  if (!d) throw notFound('quyết định khen thưởng', decisionId);
  for (const r of list) await checkDelegate(ctx, d.conference_id, r.delegateId);
  const now = ctx.now();
  return ctx.store.db.transaction().execute(async (trx) => {
    const start = await repo.maxRecipientPosition(trx, decisionId);
    const rows = list.map((r, i): repo.RecipientRow => ({
      id: newId(),
      decision_id: decisionId,
      position: start + i + 1,
      kind: r.kind,
      name: r.name,
      rank: r.rank,
      position_title: r.position,
      unit: r.unit,
      achievement: r.achievement,
      receiver_text: r.receiverText,
      delegate_id: r.delegateId,
      absent_action: r.absentAction,
      batch_no: null,
      created_at: now,
      updated_at: now,
    }));
    await repo.insertRecipientRows(trx, rows);
    return { ids: rows.map((r) => r.id) };
  });
}

async function checkDelegate(ctx: ServiceContext, conferenceId: string, delegateId: string | null | undefined) {
  if (!delegateId) return;
  const d = await ctx.store.db
    .selectFrom('delegates')
    .select('conference_id')
    .where('id', '=', delegateId)
    .executeTakeFirst();
  if (!d || d.conference_id !== conferenceId)
    throw new AppError('BAD_INPUT', `Đại biểu mã "${delegateId}" không thuộc hội nghị này`);
}

export async function updateRecipient(
  ctx: ServiceContext,
  id: string,
  p: Partial<RecipientFields>,
): Promise<{ id: string }> {
  const r = await repo.findRecipientRow(ctx.store.db, id);
  if (!r) throw notFound('người/tập thể được khen thưởng', id);
  const d = await repo.findDecisionRow(ctx.store.db, r.decision_id);
  await checkDelegate(ctx, d!.conference_id, p.delegateId);
  const set: Record<string, unknown> = { updated_at: ctx.now() };
  for (const [k, c] of Object.entries(RCOLS))
    if (p[k as keyof RecipientFields] !== undefined) set[c] = p[k as keyof RecipientFields];
  await repo.updateRecipientRow(ctx.store.db, id, set);
  return { id };
}

export async function deleteRecipient(ctx: ServiceContext, id: string): Promise<{ deleted: number }> {
  if (!(await repo.findRecipientRow(ctx.store.db, id))) throw notFound('người/tập thể được khen thưởng', id);
  await repo.deleteRecipientRow(ctx.store.db, id);
  return { deleted: 1 };
}

/**
 * Splits the recipients into batches of at most `maxPerBatch` (see planBatches), numbering them
 * 1..n; a batch keeps the presenting leader it had. Absentees marked "skip" are left out.
 */
export async function planAwardBatches(
  ctx: ServiceContext,
  conferenceId: string,
  maxPerBatch: number,
): Promise<AwardOverview> {
  await requireConference(ctx, conferenceId);
  const present = checkedInIds(ctx, conferenceId);
  await ctx.store.db.transaction().execute(async (trx) => {
    const recs = await repo.listRecipientRows(trx, conferenceId);
    const groups = planBatches(
      recs.map((r) => ({
        id: r.id,
        decisionId: r.decision_id,
        kind: r.kind as 'collective' | 'individual',
        skip: r.absent_action === 'skip' && !!present && !!r.delegate_id && !present.has(r.delegate_id),
      })),
      maxPerBatch,
    );
    for (const r of recs) await repo.updateRecipientRow(trx, r.id, { batch_no: null });
    for (let i = 0; i < groups.length; i++) {
      for (const id of groups[i]) await repo.updateRecipientRow(trx, id, { batch_no: i + 1 });
      const had = (await repo.listBatchRows(trx, conferenceId)).find((b) => b.no === i + 1);
      if (!had)
        await repo.upsertBatchRow(trx, {
          conference_id: conferenceId,
          no: i + 1,
          presenter_delegate_id: null,
          presenter_text: '',
        });
    }
    await repo.deleteBatchesFrom(trx, conferenceId, groups.length + 1);
  });
  return listAwards(ctx, conferenceId);
}

export async function updateBatch(
  ctx: ServiceContext,
  conferenceId: string,
  no: number,
  presenterDelegateId: string | null,
  presenterText: string,
) {
  await checkDelegate(ctx, conferenceId, presenterDelegateId);
  const had = (await repo.listBatchRows(ctx.store.db, conferenceId)).some((b) => b.no === no);
  if (!had) throw new AppError('NOT_FOUND', `Không có đợt trao thưởng số ${no}; hãy chia đợt trước`);
  await repo.upsertBatchRow(ctx.store.db, {
    conference_id: conferenceId,
    no,
    presenter_delegate_id: presenterDelegateId,
    presenter_text: presenterText,
  });
  return listAwards(ctx, conferenceId);
}
