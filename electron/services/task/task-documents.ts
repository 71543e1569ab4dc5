/**
 * The preparation status report the plans ask for "trước ngày diễn ra Hội nghị 10 ngày" (tasks by
 * agency with their status; conclusion follow-up in its own part), and the task list as .xlsx.
 * DOCX through the decree's blocks (documents/nd30.ts via programme-docx's renderer).
 */
import { dmy, linesOf, numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import type { Conference } from '../../../shared/models/conference';
import { TASK_SOURCE_LABELS, TASK_STATUS_LABELS, type Task } from '../../../shared/models/task';
import { renderDocx, type Block, type Cell } from '../kernel/docx/blocks';
import type { ServiceContext } from '../kernel/context';
import { conferenceDay, listTasks } from './tasks';

const safe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60) || 'hoi-nghi';
/** "GM-UBND" → "BC-UBND". */
export const symbolAs = (c: Conference, type: string) =>
  c.documentSymbol.includes('-') ? `${type}-${c.documentSymbol.split('-').slice(1).join('-')}` : type;

/** "Xong (05/08/2025)", "Đang làm — quá hạn", "Chưa làm". */
export function statusText(t: Task): string {
  if (t.status === 'done') return `${TASK_STATUS_LABELS.done}${t.doneDate ? ` (${dmy(t.doneDate)})` : ''}`;
  return `${TASK_STATUS_LABELS[t.status]}${t.overdue ? ' - quá hạn' : ''}`;
}

/** Tasks grouped by agency, in the order agencies first appear. */
export function byAgency(tasks: Task[]): [string, Task[]][] {
  const groups = new Map<string, Task[]>();
  for (const t of tasks) groups.set(t.agency, [...(groups.get(t.agency) ?? []), t]);
  return [...groups];
}

/** The tasks table, grouped by agency (STT | Nhiệm vụ | Thời hạn | Tình hình thực hiện). */
export function taskTable(tasks: Task[]): Block {
  const rows: Cell[][] = [];
  for (const [agency, list] of byAgency(tasks)) {
    rows.push([[[{ text: '' }]], [[{ text: agency, bold: true }]], [[{ text: '' }]], [[{ text: '' }]]]);
    list.forEach((t, i) =>
      rows.push([
        [[{ text: String(i + 1) }]],
        [
          [{ text: t.content }],
          ...(t.coordinating.length ? [[{ text: `Phối hợp: ${t.coordinating.join(', ')}`, italics: true }]] : []),
        ],
        [[{ text: t.dueLabel || 'Không có hạn' }]],
        [[{ text: statusText(t) }], ...(t.note ? [[{ text: t.note, italics: true }]] : [])],
      ]),
    );
  }
  return {
    type: 'table',
    table: {
      widths: [0.9, 7.4, 2.6, 2.6],
      header: ['STT', 'Nhiệm vụ', 'Thời hạn', 'Tình hình thực hiện'],
      rows,
      centred: [0],
    },
  };
}

/** "tổng số 14 nhiệm vụ: đã xong 1, đang làm 0, chưa làm 13; quá hạn 5". */
export const countsText = (ts: Task[]) => {
  const n = (s: Task['status']) => ts.filter((t) => t.status === s).length;
  return `tổng số ${ts.length} nhiệm vụ: đã xong ${n('done')}, đang làm ${n('doing')}, chưa làm ${n('todo')}; quá hạn ${ts.filter((t) => t.overdue).length}`;
};

const para = (text: string, bold = false): Block => ({ type: 'para', runs: [{ text, bold }], indent: true, after: 6 });

/** @example const { fileName, contentBase64 } = await preparationReportDocx(ctx, id) */
export async function preparationReportDocx(ctx: ServiceContext, conferenceId: string) {
  const { conference: c, date } = await conferenceDay(ctx, conferenceId);
  const { items, today } = await listTasks(ctx, conferenceId);
  const plan = items.filter((t) => t.source !== 'conclusion');
  const follow = items.filter((t) => t.source === 'conclusion');
  const left = date ? Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000) : null;
  const when = date ? `ngày ${dmy(date)}${left !== null && left >= 0 ? ` (còn ${left} ngày)` : ''}` : 'chưa xác định';
  const blocks: Block[] = [
    {
      type: 'header',
      header: {
        parentBody: upperVi(c.parentBody),
        issuingBody: upperVi(c.hostBody),
        numberLine: numberLine('', symbolAs(c, 'BC')),
        placeDateLine: placeDateLine(c.placeName, null, Number(today.slice(0, 4))),
      },
    },
    {
      type: 'title',
      title: 'BÁO CÁO',
      lines: [`Tình hình công tác chuẩn bị tổ chức ${c.title.replace(/^Hội nghị/u, 'Hội nghị')}`],
    },
    para(
      `Thực hiện Kế hoạch tổ chức ${c.title}${c.hostBody ? `, ${c.hostBody}` : ''} báo cáo tình hình công tác chuẩn bị đến ngày ${dmy(today)} như sau:`,
    ),
    para(`1. Thời gian tổ chức Hội nghị: ${when}${c.venue ? `; địa điểm: ${c.venue}` : ''}.`, true),
    para(`2. Kết quả thực hiện các nhiệm vụ chuẩn bị: ${countsText(plan)}.`, true),
    ...(plan.length ? [taskTable(plan)] : [para('Chưa có nhiệm vụ nào được giao.')]),
    ...(follow.length
      ? [
          {
            type: 'para',
            runs: [{ text: `3. Theo dõi thực hiện kết luận: ${countsText(follow)}.`, bold: true }],
            indent: true,
            before: 12,
            after: 6,
          } as Block,
          taskTable(follow),
        ]
      : []),
    ...(c.signerName
      ? [
          {
            type: 'foot' as const,
            signature: {
              titleLines: [...linesOf(c.signerAuthority), ...linesOf(c.signerTitle)].map(upperVi),
              signerName: c.signerName,
              recipients: ['- Như trên;', '- Lưu: VT.'],
            },
          },
        ]
      : []),
  ];
  const contentBase64 = await renderDocx({ title: 'Báo cáo tình hình chuẩn bị', bodyPt: 14, tablePt: 12, blocks });
  return { fileName: `Bao cao chuan bi - ${safe(c.title)}.docx`, contentBase64 };
}

/** task.export: one row per task, by agency, the way a secretary would keep it in Excel. */
export async function exportTasks(ctx: ServiceContext, conferenceId: string) {
  const { conference: c } = await conferenceDay(ctx, conferenceId);
  const { items } = await listTasks(ctx, conferenceId);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThuKy';
  const ws = wb.addWorksheet('Nhiệm vụ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const font = { name: 'Times New Roman', size: 12 };
  ws.addRow(['DANH SÁCH NHIỆM VỤ']).font = { ...font, bold: true, size: 14 };
  ws.addRow([c.title]).font = { ...font, italic: true };
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Nội dung',
    'Thời hạn',
    'Hạn (ngày)',
    'Chỉ đạo, đôn đốc',
    'Trạng thái',
    'Ngày xong',
    'Nguồn',
    'Ghi chú',
  ]);
  header.font = { ...font, bold: true };
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  items.forEach((t, i) => {
    const row = ws.addRow([
      i + 1,
      t.agency,
      t.coordinating.join('; '),
      t.content,
      t.dueLabel,
      t.dueDate ? dmy(t.dueDate) : '',
      t.overseer,
      statusText(t),
      t.doneDate ? dmy(t.doneDate) : '',
      TASK_SOURCE_LABELS[t.source],
      t.note,
    ]);
    row.font = t.overdue ? { ...font, color: { argb: 'FFC00000' } } : font;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  [6, 24, 24, 60, 22, 12, 22, 16, 12, 12, 24].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const buf = await wb.xlsx.writeBuffer();
  return {
    fileName: `Nhiem vu - ${safe(c.title)}.xlsx`,
    contentBase64: Buffer.from(buf as ArrayBuffer).toString('base64'),
  };
}
