/**
 * The fast path for many invitations of the same shape: invitations from one form differ only in the
 * addressee line (and, per unit, the "cử N đồng chí" line, and the QR image). Serialising 180
 * sections through the docx object model costs seconds; instead one invitation is rendered by the
 * normal renderer with markers in those places, and its XML is repeated with each invitation's
 * texts — the way a template engine (docxtemplater) works, but from our own renderer, so the
 * layout cannot differ. Returns null when the invitations do not share one shape (the caller then
 * renders section by section).
 */
import { SEAT_LABEL, type InvitationDoc } from '../../../../shared/documents/invitation';
import { qrPng } from '../../kernel/qr-png';

const ADDR = '@@THUKY_ADDRESSEE@@';
const COUNT = '@@THUKY_COUNT@@';
const SEAT = '@@THUKY_SEAT@@';
const isSeat = (p: InvitationDoc['body'][number]) => p.kind === 'item' && p.label === SEAT_LABEL;
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isCount = (text: string) => /^Đề nghị .+ cử \d+ đồng chí tham dự\.?(\.\/\.)?$/.test(text);

/** The invitation with its per-addressee texts replaced by markers: equal shapes = one template. */
function templateOf(doc: InvitationDoc): InvitationDoc {
  return {
    ...doc,
    key: '',
    delegateIds: [],
    fileStem: '',
    qrCode: doc.qrCode ? 'QR' : null,
    body: doc.body.map((p) =>
      p.kind === 'addressee'
        ? { ...p, text: ADDR }
        : isSeat(p)
          ? { ...p, text: SEAT }
          : p.kind === 'item' && isCount(p.text)
            ? { ...p, text: COUNT }
            : p,
    ),
  };
}

const variableTexts = (doc: InvitationDoc) => ({
  addressee: doc.body.find((p) => p.kind === 'addressee')?.text ?? '',
  count: doc.body.find((p) => p.kind === 'item' && isCount(p.text))?.text ?? '',
  seat: doc.body.find(isSeat)?.text ?? '',
});

/**
 * @param render renders invitations section by section (the normal renderer) — used for the template.
 */
export async function fastInvitationsDocx(
  docs: InvitationDoc[],
  render: (docs: InvitationDoc[]) => Promise<Buffer>,
): Promise<Buffer | null> {
  if (docs.length < 2) return null;
  const template = templateOf(docs[0]);
  const shape = JSON.stringify(template);
  if (!docs.every((d) => JSON.stringify(templateOf(d)) === shape)) return null;
  // The count line ends the content ("./.") only when it is last; the marker keeps the same place.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await render([template]));
  const xml = await zip.file('word/document.xml')!.async('string');
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const close = xml.lastIndexOf('</w:body>');
  const body = xml.slice(open, close);
  const sectAt = body.lastIndexOf('<w:sectPr');
  if (open < 8 || close < 0 || sectAt < 0 || !body.includes(ADDR)) return null;
  const content = body.slice(0, sectAt);
  const sectPr = body.slice(sectAt);
  const embed = /r:embed="([^"]+)"/.exec(content)?.[1];
  if (template.qrCode && !embed) return null;

  const parts: string[] = [];
  const rels: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    const v = variableTexts(docs[i]);
    let piece = content
      .split(ADDR)
      .join(escapeXml(v.addressee))
      .split(COUNT)
      .join(escapeXml(v.count))
      .split(SEAT)
      .join(escapeXml(v.seat));
    if (template.qrCode && embed) {
      const rid = `rIdThukyQr${i}`;
      zip.file(`word/media/thuky-qr-${i}.png`, await qrPng(docs[i].qrCode ?? ''));
      rels.push(`<Relationship Id="${rid}" Type="${IMAGE_REL}" Target="media/thuky-qr-${i}.png"/>`);
      piece = piece
        .split(`r:embed="${embed}"`)
        .join(`r:embed="${rid}"`)
        .replace(/<wp:docPr id="\d+"/g, `<wp:docPr id="${1000 + i}"`);
    }
    parts.push(piece, i < docs.length - 1 ? `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` : '');
  }
  zip.file('word/document.xml', `${xml.slice(0, open)}${parts.join('')}${sectPr}${xml.slice(close)}`);
  if (rels.length) {
    const relsXml = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', relsXml.replace('</Relationships>', `${rels.join('')}</Relationships>`));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
