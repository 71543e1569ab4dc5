/**
 * The papers of the day, built from the store as data and rendered by documents/programme-docx.ts:
 * Chương trình hội nghị, Phụ lục phân công tham luận, Danh sách khen thưởng, Thứ tự trao thưởng,
 * Kịch bản điều hành.
 */
import { dmy, linesOf, numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import { notFound } from '../../../shared/api/errors';
import type { Conference } from '../../../shared/models/conference';
import type { ScriptBlock } from '../../../shared/models/programme';
import { hOf, spanText } from '../../../shared/programme/schedule';
import { writtenName } from '../../../shared/programme/spoken';
import { findConference } from '../../../db/repositories/conference';
import { renderDocx, type Block, type Cell, type DocSpec } from '../kernel/docx/blocks';
import { listAgenda } from './agenda';
import { listAwards } from './awards';
import { listDelegates } from '../delegate';
import { scriptBlocksFor } from './mc-script';
import { listSpeeches } from './speeches';
import type { ServiceContext } from '../kernel/context';
import { downloadName } from '../../../shared/text/file-name';

async function conf(ctx: ServiceContext, id: string): Promise<Conference> {
  const c = await findConference(ctx.store.db, id);
  if (!c) throw notFound('hội nghị', id);
  return c;
}

/** "GM-UBND" → "CTr-UBND": the conference's symbol with another document type. */
export const symbolAs = (c: Conference, type: string) => (c.documentSymbol.includes('-') ? `${type}-${c.documentSymbol.split('-').slice(1).join('-')}` : type);

const header = (c: Conference, type: string) => ({
  type: 'header' as const,
  header: {
    parentBody: upperVi(c.parentBody), issuingBody: upperVi(c.hostBody), numberLine: numberLine('', symbolAs(c, type)),
    placeDateLine: placeDateLine(c.placeName, null, Number((c.startsAt ?? '').slice(0, 4)) || undefined),
  },
});

const signature = (c: Conference): Block[] => (c.signerName
  ? [{ type: 'foot', signature: { titleLines: [...linesOf(c.signerAuthority), ...linesOf(c.signerTitle)].map(upperVi), signerName: c.signerName, recipients: [] } }]
  : []);

const fileName = (stem: string, c: Conference) => downloadName([stem, c.title], 'docx');

async function out(spec: DocSpec, name: string) {
  return { fileName: name, contentBase64: await renderDocx(spec) };
}

const line = (label: string, value: string): Block => ({ type: 'para', runs: [{ text: `${label}: `, bold: true }, { text: value }], indent: true, after: 3 });

/** Chương trình hội nghị: time | content | who, from the conference start. */
export async function programmeDocx(ctx: ServiceContext, conferenceId: string) {
  const c = await conf(ctx, conferenceId);
  const a = await listAgenda(ctx, conferenceId);
  const rows: Cell[][] = a.items.map((it) => [
    [[{ text: it.startsAt ? `${hOf(it.startsAt)} - ${hOf(it.endsAt)}` : `${it.minutes} phút` }]],
    [[{ text: it.title || '' }]],
    [[{ text: it.presenterLabel }]],
  ]);
  const blocks: Block[] = [
    header(c, 'CTr'),
    { type: 'title', title: 'CHƯƠNG TRÌNH', lines: [c.title] },
    ...(c.startsAt ? [line('Thời gian', spanText(c.startsAt, c.endsAt))] : []),
    ...(c.venue ? [line('Địa điểm', c.venue)] : []),
    ...(c.chair ? [line('Chủ trì', c.chair)] : []),
    { type: 'para', runs: [], after: 3 },
    { type: 'table', table: { widths: [2.2, 5.2, 4.2], header: ['Thời gian', 'Nội dung', 'Người thực hiện'], rows, centred: [0] } },
    ...signature(c),
  ];
  return out({ title: 'Chương trình hội nghị', bodyPt: 14, tablePt: 13, blocks }, fileName('Chuong trinh', c));
}

/** Phụ lục phân công chuẩn bị nội dung tham luận, landscape, as seed 000 lays it out. */
export async function speechAssignmentsDocx(ctx: ServiceContext, conferenceId: string, planRef?: string) {
  const c = await conf(ctx, conferenceId);
  const speeches = await listSpeeches(ctx, conferenceId);
  const year = (c.startsAt ?? '').slice(0, 4);
  const ref = planRef || `Kế hoạch số ${'\u00a0'.repeat(6)}/${symbolAs(c, 'KH')} ngày ${'\u00a0'.repeat(6)}/${year}`;
  const due = speeches.map((s) => s.dueDate).filter(Boolean).sort()[0];
  const mins = speeches.map((s) => s.minutes);
  const blocks: Block[] = [
    { type: 'para', runs: [{ text: 'Phụ lục', bold: true }], align: 'center', after: 0 },
    { type: 'para', runs: [{ text: 'PHÂN CÔNG CHUẨN BỊ NỘI DUNG THAM LUẬN TẠI HỘI NGHỊ', bold: true }], align: 'center', after: 0 },
    { type: 'para', runs: [{ text: upperVi(c.title.replace(/^Hội nghị\s*/i, '')), bold: true }], align: 'center', after: 0 },
    { type: 'para', runs: [{ text: `(Kèm theo ${ref}${c.hostBody ? ` của ${c.hostBody}` : ''})`, italics: true }], align: 'center', after: 12 },
    { type: 'table', table: {
      widths: [0.8, 3.2, 8, 2.6], header: ['STT', 'Tên đơn vị', 'Nội dung tham luận', 'Ghi chú'], centred: [0, 3],
      rows: speeches.map((s) => [[[{ text: String(s.position) }]], [[{ text: s.unit }]], [[{ text: s.topic }]], [[{ text: s.presenterNote }]]]),
    } },
    ...(speeches.length ? [{ type: 'para' as const, before: 6, indent: true, runs: [
      { text: 'Lưu ý: ', bold: true, italics: true },
      { text: `các cơ quan, đơn vị được phân công chuẩn bị nội dung tham luận thời gian ${Math.min(...mins) === Math.max(...mins) ? `${mins[0]}` : `từ ${Math.min(...mins)}-${Math.max(...mins)}`} phút, gửi ${c.hostBody || 'Ban Tổ chức'} gồm cả văn bản và file mềm${due ? ` trước ngày ${dmy(due)}` : ''} để tổng hợp, in tài liệu.`, italics: true },
    ] }] : []),
  ];
  return out({ title: 'Phụ lục phân công tham luận', landscape: true, bodyPt: 14, tablePt: 13, blocks }, fileName('Phu luc tham luan', c));
}

/** Danh sách khen thưởng: one part per decision (tập thể, then cá nhân), each on its own page. */
export async function awardListDocx(ctx: ServiceContext, conferenceId: string, decisionId?: string) {
  const c = await conf(ctx, conferenceId);
  const { decisions } = await listAwards(ctx, conferenceId);
  const chosen = decisions.filter((d) => !decisionId || d.id === decisionId);
  if (decisionId && !chosen.length) throw notFound('quyết định khen thưởng', decisionId);
  const blocks: Block[] = chosen.flatMap((d, i): Block[] => {
    const col = d.recipients.filter((r) => r.kind === 'collective');
    const ind = d.recipients.filter((r) => r.kind === 'individual');
    const kem = `(Kèm theo Quyết định số ${d.number || '\u00a0'.repeat(6)} ngày ${d.date ? dmy(d.date) : '\u00a0'.repeat(10)} của ${d.authority})`;
    return [
      ...(i > 0 ? [{ type: 'pageBreak' } as Block] : []),
      { type: 'para', runs: [{ text: 'DANH SÁCH', bold: true }], align: 'center', after: 0 },
      { type: 'para', runs: [{ text: `Tập thể, cá nhân được tặng ${d.form} của ${d.authority}`, bold: true }], align: 'center', after: 0 },
      ...(d.reason ? [{ type: 'para', runs: [{ text: d.reason, bold: true }], align: 'center', after: 0 } as Block] : []),
      { type: 'para', runs: [{ text: kem, italics: true }], align: 'center', after: 12 },
      ...(col.length ? [
        { type: 'para', runs: [{ text: `I. TẬP THỂ (${col.length} tập thể)`, bold: true }], align: 'left', keepNext: true } as Block,
        { type: 'table', table: { widths: [1.1, 5, 6], header: ['STT', 'Tên tập thể', 'Thành tích'], centred: [0],
          rows: col.map((r, k) => [[[{ text: String(k + 1) }]], [[{ text: r.name }]], [[{ text: r.achievement }]]]) } } as Block,
      ] : []),
      ...(ind.length ? [
        { type: 'para', runs: [{ text: `${col.length ? 'II' : 'I'}. CÁ NHÂN (${ind.length} cá nhân)`, bold: true }], align: 'left', before: 6, keepNext: true } as Block,
        { type: 'table', table: { widths: [1.1, 5, 6], header: ['STT', 'Họ và tên, cấp bậc, chức vụ, đơn vị', 'Thành tích'], centred: [0],
          rows: ind.map((r, k) => [[[{ text: String(k + 1) }]], [[{ text: writtenName({ rank: r.rank, fullName: r.name, position: r.position, unit: r.unit }) }]], [[{ text: r.achievement }]]]) } } as Block,
      ] : []),
    ];
  });
  return out({ title: 'Danh sách khen thưởng', bodyPt: 14, tablePt: 13, blocks }, fileName('Danh sach khen thuong', c));
}

/** Thứ tự lên nhận thưởng per batch, for the stage manager: who presents, who goes up, who is absent. */
export async function awardLineupDocx(ctx: ServiceContext, conferenceId: string) {
  const c = await conf(ctx, conferenceId);
  const aw = await listAwards(ctx, conferenceId);
  const recs = new Map(aw.decisions.flatMap((d) => d.recipients.map((r) => [r.id, r] as const)));
  const people = new Map((await listDelegates(ctx, conferenceId)).map((d) => [d.id, d]));
  // A collective's receiver: the linked delegate (its representative), else the name typed, else its leader.
  const receiver = (r: { delegateId: string | null; receiverText: string }) => {
    const d = r.delegateId ? people.get(r.delegateId) : undefined;
    return d ? (d.fullName ? writtenName(d) : d.position) : r.receiverText || 'Đại diện lãnh đạo đơn vị';
  };
  const hasSeats = [...recs.values()].some((r) => r.seat);
  const lineupRows = (ids: string[], seats: boolean): Cell[][] => ids.map((id, k) => {
    const r = recs.get(id)!;
    const who = r.kind === 'collective' ? r.name : writtenName({ rank: r.rank, fullName: r.name, position: r.position, unit: r.unit });
    const status = r.present === null ? '' : r.present ? 'Có' : r.absentAction === 'representative' ? 'Vắng (đại diện nhận)' : 'Vắng';
    const cells: Cell[] = [[[{ text: String(k + 1) }]], [[{ text: who }]], [[{ text: r.kind === 'collective' ? receiver(r) : 'Bản thân' }]]];
    if (seats) cells.push([[{ text: r.seat ?? '' }]]);
    cells.push([[{ text: status }]]);
    return cells;
  });
  const blocks: Block[] = [
    { type: 'title', title: 'THỨ TỰ LÊN NHẬN THƯỞNG', lines: [c.title] },
    ...aw.batches.flatMap((b): Block[] => [
      { type: 'para', runs: [{ text: `Đợt ${b.no}`, bold: true }, { text: ` — lãnh đạo trao: ${b.presenterLabel || '…'}` }], align: 'left', before: 8 },
      // With a seating plan the stage manager also gets where each one sits (to call them from the aisle).
      { type: 'table', table: hasSeats
        ? { widths: [0.7, 5.2, 2.8, 2.4, 1.6], header: ['TT', 'Tập thể/cá nhân', 'Người nhận', 'Chỗ ngồi', 'Có mặt'], centred: [0, 3, 4], rows: lineupRows(b.recipientIds, true) }
        : { widths: [0.7, 6.5, 3.5, 2], header: ['TT', 'Tập thể/cá nhân', 'Người nhận', 'Có mặt'], centred: [0, 3], rows: lineupRows(b.recipientIds, false) } },
    ]),
  ];
  return out({ title: 'Thứ tự trao thưởng', bodyPt: 14, tablePt: 13, blocks }, fileName('Thu tu trao thuong', c));
}

/** Kịch bản điều hành: each programme item with its time and what the MC reads. */
export async function mcScriptDocx(ctx: ServiceContext, conferenceId: string, named?: string[], edited?: ScriptBlock[]) {
  const c = await conf(ctx, conferenceId);
  const blocks = edited ?? (await scriptBlocksFor(ctx, conferenceId, named)).blocks;
  // Paragraphs, not a table: the opening block runs over a page and must be able to break.
  const body: Block[] = blocks.flatMap((b): Block[] => [
    { type: 'para', runs: [{ text: b.time ? `${b.time} — ` : '', bold: true }, { text: upperVi(b.heading), bold: true }], align: 'left', before: 10, after: 4, keepNext: true },
    ...b.text.split('\n').filter((t) => t.trim()).map((t): Block => ({ type: 'para', runs: [{ text: t }], indent: !t.startsWith('- '), after: 3 })),
  ]);
  const doc: Block[] = [
    { type: 'title', title: 'KỊCH BẢN ĐIỀU HÀNH', lines: [c.title] },
    ...(c.startsAt ? [line('Thời gian', spanText(c.startsAt, c.endsAt))] : []),
    ...(c.venue ? [line('Địa điểm', c.venue)] : []),
    ...body,
  ];
  return out({ title: 'Kịch bản điều hành', bodyPt: 14, tablePt: 13, blocks: doc }, fileName('Kich ban dieu hanh', c));
}
