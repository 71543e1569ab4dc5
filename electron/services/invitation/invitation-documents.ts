/**
 * document.invitations: the selected delegates' invitations as one DOCX (one page each) or a ZIP of
 * one DOCX per delegate; every generation is logged as a batch, so the register can mark "what was
 * just printed" as sent.
 */
import { buildInvitations, type InvitationDoc } from '../../../shared/documents/invitation';
import { linesOf, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import type { ListRow } from './docx/delegate-list-docx';
import type { Delegate } from '../../../shared/models/delegate';
import { AppError } from '../../../shared/api/errors';
import { REPLY_LABELS, type RegisterEntry } from '../../../shared/models/invitation';
import { joinPositionUnit } from '../../../shared/text/position-unit';
import * as repo from '../../../db/repositories/invitation';
import { newId, type ServiceContext } from '../kernel/context';
import { getConference } from '../conference';
import { listDelegates } from '../delegate';
import { getInvitationSettings, getRegister } from './invitations';

export interface InvitationSelection {
  conferenceId: string;
  /** By hand (any order; printed in precedence order). */
  delegateIds?: string[];
  /** By section (thành phần). */
  categories?: string[];
  /** By register status. */
  status?: 'sent' | 'not_sent';
}

/** The selected delegates in precedence order; an unknown id is an error (nothing silently skipped). */
export async function selectDelegates(ctx: ServiceContext, s: InvitationSelection): Promise<Delegate[]> {
  let list = await listDelegates(ctx, s.conferenceId);
  if (s.delegateIds) {
    const want = new Set(s.delegateIds);
    const known = new Set(list.map((d) => d.id));
    const missing = [...want].filter((id) => !known.has(id));
    if (missing.length)
      throw new AppError('NOT_FOUND', `Không tìm thấy ${missing.length} đại biểu được chọn trong hội nghị này`, {
        missing,
      });
    list = list.filter((d) => want.has(d.id));
  }
  if (s.categories) {
    const cats = new Set(s.categories);
    list = list.filter((d) => cats.has(d.category));
  }
  if (s.status) {
    const sent = new Set(
      (await getRegister(ctx, s.conferenceId)).items.filter((e) => e.status === 'sent').map((e) => e.delegateId),
    );
    list = list.filter((d) => (s.status === 'sent') === sent.has(d.id));
  }
  return list;
}

/** Delegate id → seat label, from the conference's seating (empty when there is none). */
async function seatLabels(ctx: ServiceContext, conferenceId: string): Promise<Map<string, string>> {
  const { listSeating } = await import('../seating');
  const { items } = await listSeating(ctx, conferenceId);
  return new Map(items.map((i) => [i.delegateId, i.label]));
}

/** The invitation models for a selection (what both the DOCX and the print view render). */
export async function invitationModels(ctx: ServiceContext, s: InvitationSelection): Promise<InvitationDoc[]> {
  const conference = await getConference(ctx, s.conferenceId);
  const settings = await getInvitationSettings(ctx, s.conferenceId);
  const delegates = await selectDelegates(ctx, s);
  const year = Number((settings.issueDate ?? conference.startsAt ?? ctx.now()).slice(0, 4));
  return buildInvitations(
    settings,
    delegates,
    year,
    settings.showSeat ? await seatLabels(ctx, s.conferenceId) : undefined,
  );
}

/**
 * @example const { fileName, contentBase64 } = await invitationsDocument(ctx, { conferenceId, layout: 'combined' });
 */
export async function invitationsDocument(
  ctx: ServiceContext,
  s: InvitationSelection & { layout?: 'combined' | 'per-delegate' },
): Promise<{ fileName: string; contentBase64: string }> {
  const docs = await invitationModels(ctx, s);
  if (!docs.length) throw new AppError('BAD_INPUT', 'Không có đại biểu nào trong lựa chọn để in giấy mời');
  const { invitationsDocx, invitationsZip } = await import('./docx/invitation-docx');
  const perDelegate = s.layout === 'per-delegate';
  const buf = perDelegate ? await invitationsZip(docs) : await invitationsDocx(docs);
  const ids = docs.flatMap((d) => d.delegateIds);
  await ctx.store.db.transaction().execute((trx) => repo.recordPrints(trx, s.conferenceId, ids, newId(), ctx.now()));
  const fileName = perDelegate ? `Giấy mời - ${docs.length} tệp.zip` : `Giấy mời - ${docs.length} đại biểu.docx`;
  return { fileName, contentBase64: buf.toString('base64') };
}

/** The note column: the reply (and the register's note) on the invited list; the note on the confirmed. */
function listNote(e: RegisterEntry, kind: 'invited' | 'confirmed'): string {
  const reply = kind === 'invited' && e.reply !== 'none' ? REPLY_LABELS[e.reply] : '';
  return [reply, e.note.trim()].filter(Boolean).join('; ');
}

/**
 * "Danh sách đại biểu" (everyone invited) or "Danh sách xác nhận tham dự" (attending, with the
 * substitutes in place of whom they replace), grouped by section, in the decree's format.
 */
export async function delegateListDocument(
  ctx: ServiceContext,
  conferenceId: string,
  kind: 'invited' | 'confirmed' = 'invited',
): Promise<{ fileName: string; contentBase64: string }> {
  const conference = await getConference(ctx, conferenceId);
  const s = await getInvitationSettings(ctx, conferenceId);
  const register = await getRegister(ctx, conferenceId);
  const sections = new Map<string, ListRow[]>();
  const count = { invited: 0, attending: 0, substitute: 0, absent: 0, none: 0 };
  const bySection = new Map<string, typeof count>();
  for (const e of register.items) {
    count.invited++;
    count[e.reply === 'none' ? 'none' : e.reply]++;
    const c = bySection.get(e.category) ?? { invited: 0, attending: 0, substitute: 0, absent: 0, none: 0 };
    c.invited++;
    c[e.reply === 'none' ? 'none' : e.reply]++;
    bySection.set(e.category, c);
    if (kind === 'confirmed' && e.reply !== 'attending' && e.reply !== 'substitute') continue;
    const sub = kind === 'confirmed' ? e.substitute : null;
    const invited = [e.rank, e.fullName].filter(Boolean).join(' ') || joinPositionUnit(e.position, e.unit);
    const row: ListRow = sub
      ? {
          name: [sub.rank, sub.fullName].filter(Boolean).join(' ') || 'Người dự thay (chưa có tên)',
          position: sub.position,
          unit: sub.unit || e.unit,
          note: `Dự thay đồng chí ${invited}`,
        }
      : {
          name: [e.rank, e.fullName].filter(Boolean).join(' ') || e.position || 'Đại diện',
          position: e.fullName ? e.position : '',
          unit: e.unit,
          note: listNote(e, kind),
        };
    sections.set(e.category, [...(sections.get(e.category) ?? []), row]);
  }
  const sectionTotal = (cat: string, rows: ListRow[]) => {
    if (kind === 'invited') return `Cộng: ${rows.length} đại biểu`;
    const c = bySection.get(cat)!;
    return `Cộng: ${rows.length} đại biểu (tham dự ${c.attending}, dự thay ${c.substitute}; vắng ${c.absent}, chưa trả lời ${c.none})`;
  };
  const totals =
    kind === 'invited'
      ? [
          `Tổng cộng: ${count.invited} đại biểu`,
          `Đã trả lời tham dự ${count.attending}, cử người dự thay ${count.substitute}, vắng ${count.absent}, chưa trả lời ${count.none}.`,
        ]
      : [
          `Tổng cộng: ${count.attending + count.substitute} đại biểu tham dự / ${count.invited} đại biểu được mời`,
          `Tham dự: ${count.attending}; cử người dự thay: ${count.substitute}; vắng: ${count.absent}; chưa trả lời: ${count.none}.`,
        ];
  const year = Number((s.issueDate ?? conference.startsAt ?? ctx.now()).slice(0, 4));
  const header = {
    parentBody: upperVi(s.parentBody),
    issuingBody: upperVi(s.issuingBody),
    numberLine: '',
    placeDateLine: placeDateLine(s.placeName, s.issueDate, year),
  };
  const title = kind === 'invited' ? 'DANH SÁCH ĐẠI BIỂU' : 'DANH SÁCH XÁC NHẬN THAM DỰ';
  const { delegateListDocx } = await import('./docx/delegate-list-docx');
  const buf = await delegateListDocx(
    header,
    title,
    linesOf(s.summary),
    [...sections].map(([t, rows]) => ({ title: t, rows, total: sectionTotal(t, rows) })),
    totals,
  );
  const fileName = kind === 'invited' ? 'Danh sách đại biểu.docx' : 'Danh sách xác nhận tham dự.docx';
  return { fileName, contentBase64: buf.toString('base64') };
}
