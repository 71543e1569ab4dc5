/**
 * DOCX building blocks for Nghị định 30/2020/NĐ-CP (thể thức văn bản hành chính), generic for any
 * document type: page setup (A4, margins), the header table (parent/issuing body with the short rule,
 * national title and motto with its full-length rule, number line, italic place/date line), the
 * document type title, and the foot table (Nơi nhận 12 pt bold italic + 11 pt list on the left, the
 * signature block on the right). The texts come from shared/documents/nd30.ts models.
 *
 * The `docx` package is heavy: callers load it lazily and pass the module in.
 * @example
 *   const D = await import('docx');
 *   const children = [...nd30Header(D, header), nd30Title(D, 'KẾ HOẠCH', ['Tổ chức hội nghị…']), ...body, nd30Foot(D, signature)];
 *   new D.Document({ styles: nd30Styles(14), sections: [{ properties: nd30Page(D), children }] });
 */
import type * as Docx from 'docx';
import { MOTTO, NATIONAL_TITLE, linesOf, type Nd30Header, type Nd30Signature } from '../../../../shared/documents/nd30';

type D = typeof Docx;

/** Margins in mm, inside the decree's ranges (top/bottom 20–25, left 30–35, right 15–20). */
export const ND30_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const A4_TWIP = { width: 11906, height: 16838 } as const;
const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** The text width between the margins, in twips. */
export const CONTENT_TWIP = A4_TWIP.width - mm(ND30_MARGINS_MM.left) - mm(ND30_MARGINS_MM.right);
/** Header columns: left (bodies, number) and right (national title, date); the right fits the 12 pt title. */
const HEAD_COLS = [mm(63), CONTENT_TWIP - mm(63)] as const;
/** Foot columns: Nơi nhận (left) and signature (right). */
const FOOT_COLS = [Math.round(CONTENT_TWIP * 0.45), CONTENT_TWIP - Math.round(CONTENT_TWIP * 0.45)] as const;

export const FONT = 'Times New Roman';
const pt = (p: number) => p * 2; // docx sizes are half-points

/** Page properties for a section: A4 portrait and the decree's margins. */
export function nd30Page(D: D): Docx.ISectionPropertiesOptions {
  const m = ND30_MARGINS_MM;
  return {
    page: {
      size: { width: A4_TWIP.width, height: A4_TWIP.height, orientation: D.PageOrientation.PORTRAIT },
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

/** Document defaults: Times New Roman, black, the body size. */
export function nd30Styles(bodyPt: number): Docx.IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(bodyPt), color: '000000' },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
  };
}

// Advance widths (1/1000 em) of Times New Roman, base letters; enough to size the short rules.
const BOLD =
  'A722B667C722D722E667F611G778H778I389J500K778L667M944N722O778P611Q778R722S556T667U722V722W1000X722Y722Z667a500b556c444d556e444f333g500h556i278j333k556l278m833n556o500p556q556r444s389t333u556v500w722x500y500z444';
const REGULAR =
  'A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722W944X722Y722Z611a444b500c444d500e444f333g500h500i278j278k500l278m778n500o500p500q500r333s389t278u500v500w722x500y500z444';
const table = (s: string) => new Map([...s.matchAll(/([A-Za-z])(\d+)/g)].map((m) => [m[1], Number(m[2])]));
const WIDTHS = { bold: table(BOLD), regular: table(REGULAR) };

/**
 * Estimated printed width of a line in twips (Times New Roman). Vietnamese letters count as their base
 * letter (Đ as D): the tone marks do not change the advance width.
 */
export function textWidthTwip(text: string, sizePt: number, bold: boolean): number {
  const w = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const ch of text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))) {
    units += w.get(ch) ?? (ch === ' ' ? 250 : ch === '-' ? 333 : /\d/.test(ch) ? 500 : 400);
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/** A centred horizontal rule of `width` twips in a cell of `cellWidth`: an empty 2 pt paragraph with a top border. */
function rule(D: D, width: number, cellWidth: number): Docx.Paragraph {
  const side = Math.max(0, Math.round((cellWidth - width) / 2));
  return new D.Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 50, after: 0, line: 40, lineRule: D.LineRuleType.EXACT },
    border: { top: { style: D.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
  align?: 'center' | 'left' | 'right';
  before?: number;
  after?: number;
}

/** A paragraph of one run; `before`/`after` in points. */
export function para(D: D, l: Line): Docx.Paragraph {
  const align =
    l.align === 'left' ? D.AlignmentType.LEFT : l.align === 'right' ? D.AlignmentType.RIGHT : D.AlignmentType.CENTER;
  return new D.Paragraph({
    alignment: align,
    spacing: { before: (l.before ?? 0) * 20, after: (l.after ?? 0) * 20 },
    children: [new D.TextRun({ text: l.text, size: pt(l.size), bold: l.bold, italics: l.italics, font: FONT })],
  });
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(D: D, width: number, children: Docx.Paragraph[]): Docx.TableCell {
  return new D.TableCell({
    width: { size: width, type: D.WidthType.DXA },
    margins: NO_MARGINS,
    children: children.length ? children : [new D.Paragraph({ children: [] })],
  });
}

/** A borderless fixed-layout table: the decree's two-column blocks. */
export function layoutTable(D: D, cols: readonly number[], rows: Docx.Paragraph[][][], cantSplit = false): Docx.Table {
  return new D.Table({
    width: { size: cols.reduce((a, b) => a + b, 0), type: D.WidthType.DXA },
    columnWidths: [...cols],
    layout: D.TableLayoutType.FIXED,
    borders: D.TableBorders.NONE,
    rows: rows.map((cells) => new D.TableRow({ cantSplit, children: cells.map((c, i) => cell(D, cols[i], c)) })),
  });
}

/** Sizes (pt) of the header elements, inside the decree's ranges. */
export const HEADER_PT = {
  parentBody: 13,
  issuingBody: 13,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  placeDate: 14,
} as const;

/**
 * The header: parent body (regular capitals) and issuing body (bold capitals) over a short rule
 * (~45% of its line, the decree asks 1/3–1/2); the national title and the motto over a rule as long as
 * the motto; then "Số: …" left and the italic place/date line right, in the same columns.
 */
export function nd30Header(D: D, h: Nd30Header): Docx.Table {
  const [lw, rw] = HEAD_COLS;
  const issuing = linesOf(h.issuingBody);
  const widest = Math.max(0, ...issuing.map((l) => textWidthTwip(l, HEADER_PT.issuingBody, true)));
  const left = [
    ...linesOf(h.parentBody).map((text) => para(D, { text, size: HEADER_PT.parentBody })),
    ...issuing.map((text) => para(D, { text, size: HEADER_PT.issuingBody, bold: true })),
    ...(issuing.length ? [rule(D, Math.max(mm(15), Math.round(widest * 0.45)), lw)] : []),
  ];
  const right = [
    para(D, { text: NATIONAL_TITLE, size: HEADER_PT.nationalTitle, bold: true }),
    para(D, { text: MOTTO, size: HEADER_PT.motto, bold: true }),
    rule(D, textWidthTwip(MOTTO, HEADER_PT.motto, true), rw),
  ];
  const numberCell = [para(D, { text: h.numberLine, size: HEADER_PT.number, before: 6 })];
  const dateCell = [para(D, { text: h.placeDateLine, size: HEADER_PT.placeDate, italics: true, before: 6 })];
  return layoutTable(D, HEAD_COLS, [
    [left, right],
    [numberCell, dateCell],
  ]);
}

/** The document type (GIẤY MỜI, KẾ HOẠCH…) bold capitals 14 pt, and its summary lines bold. */
export function nd30Title(D: D, title: string, summaryLines: string[], sizePt = 14): Docx.Paragraph[] {
  return [
    para(D, { text: title, size: sizePt, bold: true, before: 18 }),
    ...summaryLines.map((text, i) =>
      para(D, { text, size: sizePt, bold: true, after: i === summaryLines.length - 1 ? 12 : 0 }),
    ),
  ];
}

/**
 * The foot: Nơi nhận (12 pt bold italic heading, 11 pt list) left; the signature block right — the
 * authority lines bold capitals (TM./KT./TL. + position), room for the signature and seal, the name bold.
 * `extraLeft` goes under Nơi nhận (e.g. a QR code).
 */
export function nd30Foot(D: D, s: Nd30Signature, sizePt = 14, extraLeft: Docx.Paragraph[] = []): Docx.Table {
  const left = s.recipients.length
    ? [
        para(D, { text: 'Nơi nhận:', size: 12, bold: true, italics: true, align: 'left', before: 6 }),
        ...s.recipients.map((text) => para(D, { text, size: 11, align: 'left' })),
      ]
    : [];
  const right = [
    ...s.titleLines.map((text, i) => para(D, { text, size: sizePt, bold: true, before: i === 0 ? 6 : 0 })),
    para(D, { text: s.signerName, size: sizePt, bold: true, before: 72 }),
  ];
  // One row that never splits: the signer's name never falls alone on the next page.
  return layoutTable(D, FOOT_COLS, [[[...left, ...extraLeft], right]], true);
}
