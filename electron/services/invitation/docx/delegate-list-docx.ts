/**
 * "Danh sách đại biểu" / "Danh sách xác nhận tham dự" as DOCX in the decree's format: the ND30
 * header, the title, then a bordered table (STT, Họ và tên, Chức vụ, Đơn vị, Ghi chú) grouped by
 * section with Roman numerals; the column headings repeat on every page.
 */
import type * as Docx from 'docx';
import { roman, type Nd30Header } from '../../../../shared/documents/nd30';
import { CONTENT_TWIP, FONT, nd30Header, nd30Page, nd30Styles, nd30Title } from '../../kernel/docx/nd30';

type D = typeof Docx;

export interface ListRow { name: string; position: string; unit: string; note: string }
export interface ListSection { title: string; rows: ListRow[] }

const COLS = [0.07, 0.27, 0.27, 0.27, 0.12].map((f) => Math.round(CONTENT_TWIP * f));

function cellOf(D: D, text: string, width: number, opts: { bold?: boolean; center?: boolean; span?: number } = {}) {
  return new D.TableCell({
    width: { size: width, type: D.WidthType.DXA }, columnSpan: opts.span,
    margins: { top: 40, bottom: 40, left: 80, right: 80 }, verticalAlign: D.VerticalAlignTable.CENTER,
    children: [new D.Paragraph({
      alignment: opts.center ? D.AlignmentType.CENTER : D.AlignmentType.LEFT,
      children: [new D.TextRun({ text, bold: opts.bold, size: 26, font: FONT })],
    })],
  });
}

/** @example await delegateListDocx(header, 'DANH SÁCH ĐẠI BIỂU', ['Dự Hội nghị …'], sections) */
export async function delegateListDocx(header: Nd30Header, title: string, summary: string[], sections: ListSection[]): Promise<Buffer> {
  const D = await import('docx');
  const head = new D.TableRow({
    tableHeader: true,
    children: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'].map((t, i) => cellOf(D, t, COLS[i], { bold: true, center: true })),
  });
  const rows: Docx.TableRow[] = [head];
  sections.forEach((s, si) => {
    rows.push(new D.TableRow({ cantSplit: true, children: [cellOf(D, `${roman(si + 1)}. ${s.title || 'Chưa phân thành phần'}`, CONTENT_TWIP, { bold: true, span: 5 })] }));
    s.rows.forEach((r, i) => rows.push(new D.TableRow({
      cantSplit: true,
      children: [cellOf(D, String(i + 1), COLS[0], { center: true }), cellOf(D, r.name, COLS[1]), cellOf(D, r.position, COLS[2]), cellOf(D, r.unit, COLS[3]), cellOf(D, r.note, COLS[4])],
    })));
  });
  const table = new D.Table({ width: { size: CONTENT_TWIP, type: D.WidthType.DXA }, columnWidths: COLS, layout: D.TableLayoutType.FIXED, rows });
  const doc = new D.Document({
    creator: 'ThuKy', title, styles: nd30Styles(13),
    sections: [{ properties: nd30Page(D), children: [nd30Header(D, header), ...nd30Title(D, title, summary), table] }],
  });
  return D.Packer.toBuffer(doc);
}
