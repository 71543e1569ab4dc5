/**
 * Speech assignments (phân công tham luận): who prepares what, due when, handed in or not, and which
 * are spoken on the day in what order — those feed the programme (syncSpeechesToAgenda).
 */
import { AppError, notFound } from '../../../shared/api/errors';
import type { Speech, SpeechFields } from '../../../shared/models/programme';
import { findConference } from '../../../db/repositories/conference';
import * as repo from '../../../db/repositories/programme';
import { titleOfUnit } from '../../../shared/programme/spoken';
import { listAgenda, localNow } from './agenda';
import { newId, type ServiceContext } from '../kernel/context';
import { attachmentNames, removeSpeechFile } from './speech-attachments';

const toSpeech = (r: repo.SpeechRow, today: string): Speech => ({
  id: r.id,
  conferenceId: r.conference_id,
  position: r.position,
  unit: r.unit,
  topic: r.topic,
  presenterNote: r.presenter_note,
  presenterDelegateId: r.presenter_delegate_id,
  minutes: r.minutes,
  dueDate: r.due_date,
  status: r.status as Speech['status'],
  spoken: !!r.spoken,
  spokenOrder: r.spoken_order,
  overdue: r.status === 'pending' && !!r.due_date && r.due_date < today,
});

const COLS: Record<keyof SpeechFields, string> = {
  unit: 'unit',
  topic: 'topic',
  presenterNote: 'presenter_note',
  presenterDelegateId: 'presenter_delegate_id',
  minutes: 'minutes',
  dueDate: 'due_date',
  status: 'status',
  spoken: 'spoken',
  spokenOrder: 'spoken_order',
};

function columns(f: Partial<SpeechFields>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(COLS)) {
    const v = f[k as keyof SpeechFields];
    if (v !== undefined) out[col] = typeof v === 'boolean' ? Number(v) : v;
  }
  // Spoken without an order goes last; not spoken has no order.
  if (f.spoken === false) out.spoken_order = null;
  return out;
}

async function requireConference(ctx: ServiceContext, id: string) {
  if (!(await findConference(ctx.store.db, id))) throw notFound('hội nghị', id);
}

/** @example const { items } = await listSpeeches(ctx, conferenceId); items.filter(s => s.overdue) */
export async function listSpeeches(ctx: ServiceContext, conferenceId: string): Promise<Speech[]> {
  await requireConference(ctx, conferenceId);
  const today = localNow(ctx).slice(0, 10);
  const files = attachmentNames(ctx, conferenceId);
  return (await repo.listSpeechRows(ctx.store.db, conferenceId)).map((r) => ({
    ...toSpeech(r, today),
    attachmentName: files.get(r.id) ?? null,
  }));
}

async function nextSpokenOrder(ctx: ServiceContext, conferenceId: string) {
  const rows = await repo.listSpeechRows(ctx.store.db, conferenceId);
  return Math.max(0, ...rows.map((r) => r.spoken_order ?? 0)) + 1;
}

export async function createSpeech(ctx: ServiceContext, conferenceId: string, f: SpeechFields): Promise<Speech> {
  await requireConference(ctx, conferenceId);
  const id = newId();
  const now = ctx.now();
  const rows = await repo.listSpeechRows(ctx.store.db, conferenceId);
  const spokenOrder = f.spoken ? (f.spokenOrder ?? (await nextSpokenOrder(ctx, conferenceId))) : null;
  await repo.insertSpeechRow(ctx.store.db, {
    id,
    conference_id: conferenceId,
    position: rows.length + 1,
    unit: f.unit,
    topic: f.topic,
    presenter_note: f.presenterNote,
    presenter_delegate_id: f.presenterDelegateId,
    minutes: f.minutes,
    due_date: f.dueDate,
    status: f.status,
    spoken: Number(f.spoken),
    spoken_order: spokenOrder,
    created_at: now,
    updated_at: now,
  });
  return (await listSpeeches(ctx, conferenceId)).find((s) => s.id === id)!;
}

export async function updateSpeech(ctx: ServiceContext, id: string, patch: Partial<SpeechFields>): Promise<Speech> {
  const row = await repo.findSpeechRow(ctx.store.db, id);
  if (!row) throw notFound('tham luận', id);
  const set = columns(patch);
  if (patch.spoken === true && patch.spokenOrder === undefined && row.spoken_order === null) {
    set.spoken_order = await nextSpokenOrder(ctx, row.conference_id);
  }
  await repo.updateSpeechRow(ctx.store.db, id, { ...set, updated_at: ctx.now() });
  return (await listSpeeches(ctx, row.conference_id)).find((s) => s.id === id)!;
}

export async function deleteSpeech(ctx: ServiceContext, id: string): Promise<{ deleted: number }> {
  const row = await repo.findSpeechRow(ctx.store.db, id);
  if (!row) throw notFound('tham luận', id);
  await ctx.store.db.transaction().execute(async (trx) => {
    await repo.deleteSpeechRow(trx, id);
    await trx.updateTable('agenda_items').set({ speech_id: null }).where('speech_id', '=', id).execute();
    await repo.setPositions(
      trx,
      'speeches',
      (await repo.listSpeechRows(trx, row.conference_id)).map((r) => r.id),
    );
  });
  removeSpeechFile(ctx, row.conference_id, id);
  return { deleted: 1 };
}

/**
 * Puts the spoken speeches into the programme in their spoken order: the items that came from
 * speeches, and the generic "Tham luận" item they expand, are replaced where the first of them stood
 * (else after the last báo cáo, else at the end), so the day's time counts each speech once.
 */
export async function syncSpeechesToAgenda(ctx: ServiceContext, conferenceId: string) {
  await requireConference(ctx, conferenceId);
  const spoken = (await repo.listSpeechRows(ctx.store.db, conferenceId))
    .filter((s) => s.spoken)
    .sort((a, b) => (a.spoken_order ?? 1e9) - (b.spoken_order ?? 1e9) || a.position - b.position);
  if (!spoken.length)
    throw new AppError('BAD_INPUT', 'Chưa chọn tham luận nào trình bày tại hội nghị (cột "Trình bày")');
  const now = ctx.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    const rows = await repo.listAgendaRows(trx, conferenceId);
    // A generic "Tham luận" item (kind speech, no assignment) is what the speeches expand: it goes.
    const replaced = (r: (typeof rows)[number]) =>
      !!r.speech_id || (r.kind === 'speech' && !r.presenter_delegate_id && !r.presenter_text);
    const firstLinked = rows.findIndex(replaced);
    const lastReport = rows.map((r) => r.kind).lastIndexOf('report');
    const keep = rows.filter((r) => !replaced(r));
    let at =
      firstLinked >= 0
        ? rows.slice(0, firstLinked).filter((r) => !replaced(r)).length
        : lastReport >= 0
          ? keep.findIndex((r) => r === rows[lastReport]) + 1
          : keep.length;
    const old = new Map(rows.filter((r) => r.speech_id).map((r) => [r.speech_id!, r]));
    await repo.deleteAgendaRows(
      trx,
      rows.filter(replaced).map((r) => r.id),
    );
    const ids = keep.map((r) => r.id);
    for (const s of spoken) {
      const prev = old.get(s.id);
      const id = newId();
      await repo.insertAgendaRow(trx, {
        id,
        conference_id: conferenceId,
        position: 0,
        kind: 'speech',
        title: `Tham luận của ${s.unit}`,
        presenter_delegate_id: prev?.presenter_delegate_id ?? s.presenter_delegate_id,
        presenter_text: prev?.presenter_text ?? titleOfUnit(s.presenter_note, s.unit),
        minutes: s.minutes,
        mc_text: prev?.mc_text ?? '',
        speech_id: s.id,
        started_at: prev?.started_at ?? null,
        finished_at: prev?.finished_at ?? null,
        created_at: now,
        updated_at: now,
      });
      ids.splice(at++, 0, id);
    }
    await repo.setPositions(trx, 'agenda_items', ids);
  });
  return listAgenda(ctx, conferenceId);
}
