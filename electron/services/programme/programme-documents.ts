/**
 * The papers of the day, built from the store as data and rendered by documents/programme-docx.ts:
 * Chương trình hội nghị, Phụ lục phân công tham luận, Kịch bản điều hành, and the parts every paper
 * shares (header, signature, file name). The award papers are in award-documents.ts.
 */
import { dmy, linesOf, numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import { notFound } from '../../../shared/api/errors';
import type { Conference } from '../../../shared/models/conference';
import type { ScriptBlock } from '../../../shared/models/programme';
import { hOf, spanText } from '../../../shared/programme/schedule';
import { findConference } from '../../../db/repositories/conference';
import { renderDocx, type Block, type Cell, type DocSpec } from '../kernel/docx/blocks';
import { listAgenda } from './agenda';
import { scriptBlocksFor } from './mc-script';
import { listSpeeches } from './speeches';
import type { ServiceContext } from '../kernel/context';
import { downloadName } from '../../../shared/text/file-name';

export async function conf(ctx: ServiceContext, id: string): Promise<Conference> {
  const c = await findConference(ctx.store.db, id);
  if (!c) throw notFound('hội nghị', id);
  return c;
}

/** "GM-UBND" → "CTr-UBND": the conference's symbol with another document type. */
export const symbolAs = (c: Conference, type: string) =>
  c.documentSymbol.includes('-') ? `${type}-${c.documentSymbol.split('-').slice(1).join('-')}` : type;

const header = (c: Conference, type: string) => ({
  type: 'header' as const,
  header: {
    parentBody: upperVi(c.parentBody),
    issuingBody: upperVi(c.hostBody),
    numberLine: numberLine('', symbolAs(c, type)),
    placeDateLine: placeDateLine(c.placeName, null, Number((c.startsAt ?? '').slice(0, 4)) || undefined),
  },
});

const signature = (c: Conference): Block[] =>
  c.signerName
    ? [
        {
          type: 'foot',
          signature: {
            titleLines: [...linesOf(c.signerAuthority), ...linesOf(c.signerTitle)].map(upperVi),
            signerName: c.signerName,
            recipients: [],
          },
        },
      ]
    : [];

export const fileName = (stem: string, c: Conference) => downloadName([stem, c.title], 'docx');

export async function out(spec: DocSpec, name: string) {
  return { fileName: name, contentBase64: await renderDocx(spec) };
}

const line = (label: string, value: string): Block => ({
  type: 'para',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
  indent: true,
  after: 3,
});

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
    {
      type: 'table',
      table: { widths: [2.2, 5.2, 4.2], header: ['Thời gian', 'Nội dung', 'Người thực hiện'], rows, centred: [0] },
    },
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
  const due = speeches
    .map((s) => s.dueDate)
    .filter(Boolean)
    .sort()[0];
  const mins = speeches.map((s) => s.minutes);
  const blocks: Block[] = [
    { type: 'para', runs: [{ text: 'Phụ lục', bold: true }], align: 'center', after: 0 },
    {
      type: 'para',
      runs: [{ text: 'PHÂN CÔNG CHUẨN BỊ NỘI DUNG THAM LUẬN TẠI HỘI NGHỊ', bold: true }],
      align: 'center',
      after: 0,
    },
    {
      type: 'para',
      runs: [{ text: upperVi(c.title.replace(/^Hội nghị\s*/i, '')), bold: true }],
      align: 'center',
      after: 0,
    },
    {
      type: 'para',
      runs: [{ text: `(Kèm theo ${ref}${c.hostBody ? ` của ${c.hostBody}` : ''})`, italics: true }],
      align: 'center',
      after: 12,
    },
    {
      type: 'table',
      table: {
        widths: [0.8, 3.2, 8, 2.6],
        header: ['STT', 'Tên đơn vị', 'Nội dung tham luận', 'Ghi chú'],
        centred: [0, 3],
        rows: speeches.map((s) => [
          [[{ text: String(s.position) }]],
          [[{ text: s.unit }]],
          [[{ text: s.topic }]],
          [[{ text: s.presenterNote }]],
        ]),
      },
    },
    ...(speeches.length
      ? [
          {
            type: 'para' as const,
            before: 6,
            indent: true,
            runs: [
              { text: 'Lưu ý: ', bold: true, italics: true },
              {
                text: `các cơ quan, đơn vị được phân công chuẩn bị nội dung tham luận thời gian ${Math.min(...mins) === Math.max(...mins) ? `${mins[0]}` : `từ ${Math.min(...mins)}-${Math.max(...mins)}`} phút, gửi ${c.hostBody || 'Ban Tổ chức'} gồm cả văn bản và file mềm${due ? ` trước ngày ${dmy(due)}` : ''} để tổng hợp, in tài liệu.`,
                italics: true,
              },
            ],
          },
        ]
      : []),
  ];
  return out(
    { title: 'Phụ lục phân công tham luận', landscape: true, bodyPt: 14, tablePt: 13, blocks },
    fileName('Phu luc tham luan', c),
  );
}

/** Kịch bản điều hành: each programme item with its time and what the MC reads. */
export async function mcScriptDocx(
  ctx: ServiceContext,
  conferenceId: string,
  named?: string[],
  edited?: ScriptBlock[],
) {
  const c = await conf(ctx, conferenceId);
  const blocks = edited ?? (await scriptBlocksFor(ctx, conferenceId, named)).blocks;
  // Paragraphs, not a table: the opening block runs over a page and must be able to break.
  const body: Block[] = blocks.flatMap((b): Block[] => [
    {
      type: 'para',
      runs: [
        { text: b.time ? `${b.time} — ` : '', bold: true },
        { text: upperVi(b.heading), bold: true },
      ],
      align: 'left',
      before: 10,
      after: 4,
      keepNext: true,
    },
    ...b.text
      .split('\n')
      .filter((t) => t.trim())
      .map((t): Block => ({ type: 'para', runs: [{ text: t }], indent: !t.startsWith('- '), after: 3 })),
  ]);
  const doc: Block[] = [
    { type: 'title', title: 'KỊCH BẢN ĐIỀU HÀNH', lines: [c.title] },
    ...(c.startsAt ? [line('Thời gian', spanText(c.startsAt, c.endsAt))] : []),
    ...(c.venue ? [line('Địa điểm', c.venue)] : []),
    ...body,
  ];
  return out({ title: 'Kịch bản điều hành', bodyPt: 14, tablePt: 13, blocks: doc }, fileName('Kich ban dieu hanh', c));
}
