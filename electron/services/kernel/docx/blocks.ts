/**
 * DOCX rendering of block documents on the decree's layout from ./nd30.ts (the programme area's
 * chương trình, phụ lục tham luận, khen thưởng, kịch bản; the task and conclusion documents).
 * Input is plain data built by each area; `docx` is loaded lazily.
 */
import type * as Docx from 'docx';
import type { Nd30Header, Nd30Signature } from '../../../../shared/documents/nd30';
import {
  A4_TWIP,
  CONTENT_TWIP,
  FONT,
  ND30_MARGINS_MM,
  nd30Foot,
  nd30Header,
  nd30Page,
  nd30Styles,
  nd30Title,
  para,
} from './nd30';

type D = typeof Docx;
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const pt = (p: number) => p * 2;

/** A run of text; "\n" splits it into lines of the same paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}
/** One cell: paragraphs of runs. */
export type Cell = Run[][];
export interface GridTable {
  /** Relative column widths (they are scaled to the page's text width). */
  widths: number[];
  header: string[];
  rows: Cell[][];
  /** Centre these columns (STT, times). */
  centred?: number[];
}

export type Block =
  | { type: 'header'; header: Nd30Header }
  | { type: 'title'; title: string; lines: string[] }
  | {
      type: 'para';
      runs: Run[];
      align?: 'left' | 'center' | 'justify';
      indent?: boolean;
      before?: number;
      after?: number;
      size?: number;
      keepNext?: boolean;
    }
  | { type: 'table'; table: GridTable }
  | { type: 'foot'; signature: Nd30Signature }
  | { type: 'pageBreak' };

export interface DocSpec {
  title: string;
  landscape?: boolean;
  bodyPt: number;
  tablePt: number;
  blocks: Block[];
}

function runs(D: D, rs: Run[], size: number): Docx.TextRun[] {
  return rs.flatMap((r) =>
    r.text.split('\n').map(
      (t, i) =>
        new D.TextRun({
          text: t,
          bold: r.bold,
          italics: r.italics,
          size: pt(size),
          font: FONT,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  );
}

const BORDER = { style: 'single' as const, size: 4, color: '000000' };

function grid(D: D, t: GridTable, width: number, size: number): Docx.Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => Math.round((w / total) * width));
  const cell = (paras: Cell, i: number, head: boolean) =>
    new D.TableCell({
      width: { size: cols[i], type: D.WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: head ? D.VerticalAlign.CENTER : D.VerticalAlign.TOP,
      children: (paras.length ? paras : [[]]).map(
        (p) =>
          new D.Paragraph({
            alignment: head || t.centred?.includes(i) ? D.AlignmentType.CENTER : D.AlignmentType.LEFT,
            spacing: { before: 20, after: 20 },
            children: runs(D, p, size),
          }),
      ),
    });
  const borders = {
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    insideHorizontal: BORDER,
    insideVertical: BORDER,
  };
  return new D.Table({
    width: { size: width, type: D.WidthType.DXA },
    columnWidths: cols,
    layout: D.TableLayoutType.FIXED,
    borders,
    rows: [
      new D.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.header.map((h, i) => cell([[{ text: h, bold: true }]], i, true)),
      }),
      ...t.rows.map((r) => new D.TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function block(D: D, b: Block, spec: DocSpec, width: number): (Docx.Paragraph | Docx.Table)[] {
  switch (b.type) {
    case 'header':
      return [nd30Header(D, b.header)];
    case 'title':
      return nd30Title(D, b.title, b.lines);
    // A paragraph between two tables: LibreOffice and Word merge adjacent tables (and lose the borders).
    // The blank line keeps with the signature block; the block itself never splits (nd30Foot).
    case 'foot':
      return [
        new D.Paragraph({ children: [], keepNext: true, keepLines: true }),
        nd30Foot(D, b.signature, spec.bodyPt),
      ];
    case 'table':
      return [grid(D, b.table, width, spec.tablePt)];
    case 'pageBreak':
      return [new D.Paragraph({ children: [new D.PageBreak()] })];
    case 'para': {
      const align =
        b.align === 'center'
          ? D.AlignmentType.CENTER
          : b.align === 'left'
            ? D.AlignmentType.LEFT
            : D.AlignmentType.JUSTIFIED;
      return [
        new D.Paragraph({
          alignment: align,
          indent: b.indent ? { firstLine: mm(10) } : undefined,
          keepNext: b.keepNext,
          spacing: { before: (b.before ?? 0) * 20, after: (b.after ?? 6) * 20 },
          children: runs(D, b.runs, b.size ?? spec.bodyPt),
        }),
      ];
    }
  }
}

/** Page properties: the decree's A4 portrait, or A4 landscape (wide tables) with the same margins. */
function page(D: D, landscape: boolean): Docx.ISectionPropertiesOptions {
  if (!landscape) return nd30Page(D);
  const m = ND30_MARGINS_MM;
  return {
    page: {
      size: { width: A4_TWIP.width, height: A4_TWIP.height, orientation: D.PageOrientation.LANDSCAPE },
      margin: {
        top: mm(m.top),
        bottom: mm(m.bottom),
        left: mm(m.left),
        right: mm(m.right),
        header: mm(10),
        footer: mm(10),
      },
    },
  };
}

/** Renders a spec to a .docx, base64. @example await renderDocx({ title: 'Chương trình', bodyPt: 14, tablePt: 13, blocks }) */
export async function renderDocx(spec: DocSpec): Promise<string> {
  const D = await import('docx');
  const width = spec.landscape ? A4_TWIP.height - mm(ND30_MARGINS_MM.left) - mm(ND30_MARGINS_MM.right) : CONTENT_TWIP;
  const children = spec.blocks.flatMap((b) => block(D, b, spec, width));
  const doc = new D.Document({
    creator: 'ThuKy',
    title: spec.title,
    styles: nd30Styles(spec.bodyPt),
    sections: [
      {
        properties: page(D, !!spec.landscape),
        children: children.length ? children : [para(D, { text: '', size: spec.bodyPt })],
      },
    ],
  });
  return D.Packer.toBase64String(doc);
}
