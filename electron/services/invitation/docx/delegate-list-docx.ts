/**
 * "Danh sách đại biểu" / "Danh sách xác nhận tham dự" as DOCX in the decree's format: the ND30
 * header, the title, then a bordered table (STT, Họ và tên, Chức vụ, Đơn vị, Ghi chú) grouped by
 * section with Roman numerals, a "Cộng" row under each section and the totals under the table; the
 * column headings repeat on every page.
 */
import type * as Docx from 'docx';
import { roman, type Nd30Header } from '../../../../shared/documents/nd30';
import { CONTENT_TWIP, FONT, nd30Header, nd30Page, nd30Styles, nd30Title } from '../../kernel/docx/nd30';

type D = typeof Docx;

export interface ListRow {
  name: string;
  position: string;
  unit: string;
  note: string;
}
export interface ListSection {
  title: string;
  rows: ListRow[];
  /** "Cộng: 12 đại biểu" (default: the row count). */ total?: string;
}

// The note column is wide enough for "Cử người dự thay" and "Dự thay đồng chí …".
const COLS = [0.06, 0.25, 0.23, 0.25, 0.21].map((f) => Math.round(CONTENT_TWIP * f));

function cellOf(
  D: D,
  text: string,
  width: number,
  opts: { bold?: boolean; center?: boolean; right?: boolean; span?: number } = {},
) {
  return new D.TableCell({
    width: { size: width, type: D.WidthType.DXA },
    columnSpan: opts.span,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: D.VerticalAlignTable.CENTER,
    children: [
      new D.Paragraph({
        alignment: opts.center ? D.AlignmentType.CENTER : opts.right ? D.AlignmentType.RIGHT : D.AlignmentType.LEFT,
        children: [new D.TextRun({ text, bold: opts.bold, size: 26, font: FONT })],
      }),
    ],
  });
}

/** @example await delegateListDocx(header, 'DANH SÁCH ĐẠI BIỂU', ['Dự Hội nghị …'], sections) */
export async function delegateListDocx(
  header: Nd30Header,
  title: string,
  summary: string[],
  sections: ListSection[],
  totals: string[] = [],
): Promise<Buffer> {
  const D = await import('docx');
  const head = new D.TableRow({
    tableHeader: true,
    children: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'].map((t, i) =>
      cellOf(D, t, COLS[i], { bold: true, center: true }),
    ),
  });
  const rows: Docx.TableRow[] = [head];
  sections.forEach((s, si) => {
    rows.push(
      new D.TableRow({
        cantSplit: true,
        children: [
          cellOf(D, `${roman(si + 1)}. ${s.title || 'Chưa phân thành phần'}`, CONTENT_TWIP, { bold: true, span: 5 }),
        ],
      }),
    );
    s.rows.forEach((r, i) =>
      rows.push(
        new D.TableRow({
          cantSplit: true,
          children: [
            cellOf(D, String(i + 1), COLS[0], { center: true }),
            cellOf(D, r.name, COLS[1]),
            cellOf(D, r.position, COLS[2]),
            cellOf(D, r.unit, COLS[3]),
            cellOf(D, r.note, COLS[4]),
          ],
        }),
      ),
    );
    rows.push(
      new D.TableRow({
        cantSplit: true,
        children: [
          cellOf(D, s.total ?? `Cộng: ${s.rows.length} đại biểu`, CONTENT_TWIP, { bold: true, span: 5, right: true }),
        ],
      }),
    );
  });
  const after = totals.map(
    (t, i) =>
      new D.Paragraph({
        spacing: { before: i === 0 ? 160 : 40 },
        children: [new D.TextRun({ text: t, bold: i === 0, size: 26, font: FONT })],
      }),
  );
  const table = new D.Table({
    width: { size: CONTENT_TWIP, type: D.WidthType.DXA },
    columnWidths: COLS,
    layout: D.TableLayoutType.FIXED,
    rows,
  });
  const doc = new D.Document({
    creator: 'ThuKy',
    title,
    styles: nd30Styles(13),
    sections: [
      { properties: nd30Page(D), children: [nd30Header(D, header), ...nd30Title(D, title, summary), table, ...after] },
    ],
  });
  return D.Packer.toBuffer(doc);
}
