/**
 * The DOCX parts of the check-in reports (./checkin-reports.ts): the Nghị định 30 frame (header,
 * title, the secretariat's signature), a bordered table, and the table of counts by section.
 */
import type * as Docx from 'docx';
import type { Conference } from '../../../shared/models/conference';
import { numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import { CONTENT_TWIP, FONT, nd30Foot, nd30Header, nd30Page, nd30Styles, nd30Title } from '../kernel/docx/nd30';
import type { countDoor } from './checkin-stats';

type D = typeof Docx;
// The host's local date: the hall's laptop runs on the hall's clock.
const localDate = () => new Date().toLocaleDateString('sv');

/** A bordered data table, 13 pt (or `size`), first row bold. */
export function grid(D: D, widths: number[], rows: string[][], size = 13) {
  const scale = CONTENT_TWIP / widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => Math.round(w * scale));
  return new D.Table({
    width: { size: CONTENT_TWIP, type: D.WidthType.DXA },
    columnWidths: cols,
    layout: D.TableLayoutType.FIXED,
    rows: rows.map(
      (cells, ri) =>
        new D.TableRow({
          children: cells.map(
            (text, ci) =>
              new D.TableCell({
                width: { size: cols[ci], type: D.WidthType.DXA },
                margins: { left: 60, right: 60 },
                // Borders on every cell: Word and LibreOffice both draw them whatever the table style says.
                borders: Object.fromEntries(
                  ['top', 'bottom', 'left', 'right'].map((k) => [
                    k,
                    { style: D.BorderStyle.SINGLE, size: 4, color: '000000' },
                  ]),
                ),
                children: [
                  new D.Paragraph({
                    alignment: ci === 0 && ri > 0 ? D.AlignmentType.LEFT : D.AlignmentType.CENTER,
                    children: [
                      new D.TextRun({ text, bold: ri === 0 || cells[0] === 'Tổng cộng', size: size * 2, font: FONT }),
                    ],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

export function frame(
  D: D,
  conf: Conference,
  title: string,
  summary: string[],
  body: (Docx.Paragraph | Docx.Table)[],
  to = '- Đồng chí chủ trì hội nghị;',
) {
  const header = nd30Header(D, {
    parentBody: upperVi(conf.parentBody),
    issuingBody: upperVi(conf.hostBody || 'BAN TỔ CHỨC HỘI NGHỊ'),
    numberLine: numberLine('', conf.documentSymbol ? conf.documentSymbol.replace(/^[A-ZĐ]+-/, 'BC-') : 'BC'),
    placeDateLine: placeDateLine(conf.placeName, localDate()),
  });
  // The head count goes from the secretariat to the chair: signed by the secretariat, not the body's signer.
  const foot = nd30Foot(D, { titleLines: ['TỔ THƯ KÝ HỘI NGHỊ'], signerName: '', recipients: [to, '- Lưu: VT, TK.'] });
  const doc = new D.Document({
    styles: nd30Styles(14),
    sections: [{ properties: nd30Page(D), children: [header, ...nd30Title(D, title, summary), ...body, foot] }],
  });
  return D.Packer.toBuffer(doc);
}

export const STAFF_LINE = 'Phục vụ, phóng viên, ban tổ chức (không tính vào quân số)';

export const sectionRows = (stats: ReturnType<typeof countDoor>) => [
  ['Thành phần', 'Mời', 'Có mặt', 'Vắng'],
  ...stats.bySection
    .filter((s) => !s.staff)
    .map((s) => [s.category || 'Khác', String(s.invited), String(s.present), String(s.invited - s.present)]),
  ['Tổng cộng', String(stats.invited), String(stats.present), String(stats.absent)],
  ...(stats.staffTotal ? [[STAFF_LINE, String(stats.staffTotal), String(stats.staffPresent), '']] : []),
];
