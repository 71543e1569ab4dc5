/**
 * The DOCX renderer of the invitation model (shared/documents/invitation.ts). Each invitation is its
 * own section, so each starts a page and nothing follows the last one (no trailing blank page).
 * The print view renders the same model to HTML; keep the block order of invitationLines().
 */
import type * as Docx from 'docx';
import { linesOf } from '../../../../shared/documents/nd30';
import type { InvitationDoc, InvitationPara } from '../../../../shared/documents/invitation';
import { qrPng } from '../../kernel/qr-png';
import { fastInvitationsDocx } from './invitation-docx-fast';
import { FONT, nd30Foot, nd30Header, nd30Page, nd30Styles, nd30Title } from '../../kernel/docx/nd30';

type D = typeof Docx;

/** First-line indent 1 cm, 6 pt before each paragraph, justified (the decree's body rules). */
function bodyPara(D: D, p: InvitationPara, size: number): Docx.Paragraph {
  const runs: Docx.TextRun[] = [];
  if (p.label) runs.push(new D.TextRun({ text: `${p.label} `, size: size * 2, font: FONT }));
  runs.push(new D.TextRun({ text: p.text, size: size * 2, font: FONT, bold: p.kind === 'addressee' }));
  return new D.Paragraph({
    alignment: D.AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 120, after: 0, line: 264, lineRule: D.LineRuleType.AUTO },
    children: runs,
  });
}

async function qrParagraphs(D: D, code: string | null): Promise<Docx.Paragraph[]> {
  if (!code) return [];
  const png = await qrPng(code);
  return [
    new D.Paragraph({
      spacing: { before: 160 },
      children: [new D.ImageRun({ type: 'png', data: png, transformation: { width: 80, height: 80 } })],
    }),
  ];
}

/** The children of one invitation's section. */
export async function invitationChildren(D: D, doc: InvitationDoc): Promise<Array<Docx.Paragraph | Docx.Table>> {
  return [
    nd30Header(D, doc.header),
    ...nd30Title(D, doc.title, linesOf(doc.summary)),
    ...doc.body.map((p) => bodyPara(D, p, doc.bodySize)),
    new D.Paragraph({ spacing: { before: 120 }, children: [] }),
    nd30Foot(D, doc.signature, doc.bodySize, await qrParagraphs(D, doc.qrCode)),
  ];
}

/**
 * One DOCX holding every invitation, one per page. Invitations of one shape (the usual case) take
 * the template fast path (invitation-docx-fast.ts); the others are rendered section by section.
 * @example const buf = await invitationsDocx(buildInvitations(settings, delegates));
 */
export async function invitationsDocx(docs: InvitationDoc[]): Promise<Buffer> {
  return (await fastInvitationsDocx(docs, renderSections)) ?? renderSections(docs);
}

/** Every invitation as its own section through the docx object model. */
export async function renderSections(docs: InvitationDoc[]): Promise<Buffer> {
  const D = await import('docx');
  const size = docs[0]?.bodySize ?? 14;
  const sections = await Promise.all(
    docs.map(async (d) => ({ properties: nd30Page(D), children: await invitationChildren(D, d) })),
  );
  const document = new D.Document({
    creator: 'ThuKy',
    title: 'Giấy mời',
    styles: nd30Styles(size),
    sections: sections.length ? sections : [{ properties: nd30Page(D), children: [new D.Paragraph({ children: [] })] }],
  });
  return D.Packer.toBuffer(document);
}

/**
 * A ZIP of one DOCX per invitation, named "003 Nguyễn Văn A.docx" (precedence, then name) so the
 * files sort in protocol order.
 */
export async function invitationsZip(docs: InvitationDoc[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const used = new Set<string>();
  for (const d of docs) {
    let name = `${d.fileStem}.docx`;
    for (let i = 2; used.has(name); i++) name = `${d.fileStem} (${i}).docx`;
    used.add(name);
    zip.file(name, await invitationsDocx([d]));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
