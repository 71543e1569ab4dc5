/**
 * A giấy mời as data: the text blocks are built here once, then rendered by two renderers —
 * DOCX (electron/services/documents/invitation-docx.ts) and the print view
 * (renderer/features/invitation/print/). Both read only this model, so the texts cannot drift;
 * tests/unit/invitation-renderers.test.ts compares them line by line.
 */
import type { Conference } from '../models/conference';
import type { Delegate } from '../models/delegate';
import type { InvitationSettingsFields } from '../models/invitation';
import { bodyNameInText } from '../text/body-name';
import { delegateAddressee, rowAddressees, unitAddressees, type Addressee } from './invitation-addressees';
import {
  MOTTO,
  NATIONAL_TITLE,
  dmy,
  linesOf,
  numberLine,
  placeDateLine,
  timeLine,
  upperVi,
  type Nd30Header,
  type Nd30Signature,
} from './nd30';

export const INVITATION_TITLE = 'GIẤY MỜI';

export interface InvitationPara {
  /** lead: "… trân trọng kính mời:"; addressee: bold; item: "Chủ trì:"…; note: dress, contact… */
  kind: 'lead' | 'addressee' | 'item' | 'note';
  /** Printed before the text ("Chủ trì:"), regular weight. */
  label?: string;
  text: string;
}

export interface InvitationDoc {
  /** Delegate id, or "unit:<name>" for an invitation to an agency. */
  key: string;
  /** Ids of the delegates this invitation covers (one, or a unit's people). */
  delegateIds: string[];
  /** File name without extension for the per-delegate ZIP: "003 Nguyễn Văn A". */
  fileStem: string;
  header: Nd30Header;
  title: string;
  summary: string;
  body: InvitationPara[];
  signature: Nd30Signature;
  bodySize: 13 | 14;
  /** The delegate's check-in code to print as a QR, or null. */
  qrCode: string | null;
  /** For the envelope: the sender's address (form) and the recipient's (delegate, or the unit's). */
  envelope: { senderAddress: string; recipientAddress: string };
}

export {
  addresseeLine,
  delegateAddressee,
  placeholderLevel,
  positionAtUnit,
  rowAddressees,
  safeFileStem,
  unitAddressees,
  type Addressee,
} from './invitation-addressees';

/** End the content with "./." as the decree requires. */
const closeContent = (s: string) => (s.endsWith('./.') ? s : `${s.replace(/[.;:,]$/, '')}./.`);
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

function bodyOf(s: InvitationSettingsFields, a: Addressee): InvitationPara[] {
  const out: InvitationPara[] = [
    // The inviting body as a name in a sentence, not the header's capitals.
    { kind: 'lead', text: `${s.inviter.trim() ? `${bodyNameInText(s.inviter)} trân trọng` : 'Trân trọng'} kính mời:` },
    { kind: 'addressee', text: a.line },
  ];
  if (s.eventText) out.push({ kind: 'item', label: 'Tới dự', text: sentence(s.eventText) });
  if (a.count)
    out.push({
      kind: 'item',
      text: `Đề nghị ${a.line} cử ${String(a.count).padStart(2, '0')} đồng chí ${a.level ? `${a.level} ` : ''}tham dự.`,
    });
  if (s.chair) out.push({ kind: 'item', label: 'Chủ trì:', text: sentence(s.chair) });
  if (s.timeText) out.push({ kind: 'item', label: 'Thời gian:', text: sentence(s.timeText) });
  if (s.venue) out.push({ kind: 'item', label: 'Địa điểm:', text: sentence(s.venue) });
  if (a.seat) out.push({ kind: 'item', label: SEAT_LABEL, text: sentence(a.seat) });
  for (const n of linesOf(s.notes)) out.push({ kind: 'note', text: sentence(n) });
  const contact = contactSentence(s);
  if (contact) out.push({ kind: 'note', text: contact });
  const last = out[out.length - 1];
  out[out.length - 1] = { ...last, text: closeContent(last.text) };
  return out;
}

/** "Đề nghị đại biểu xác nhận tham dự với đồng chí X (điện thoại …) trước ngày dd/mm/yyyy." */
function contactSentence(s: InvitationSettingsFields): string {
  if (!s.contactName && !s.contactPhone && !s.replyBy) return '';
  const who = s.contactName ? ` với đồng chí ${s.contactName}` : '';
  const phone = s.contactPhone ? ` (điện thoại ${s.contactPhone})` : '';
  const by = s.replyBy ? ` trước ngày ${dmy(s.replyBy)}` : '';
  return `Đề nghị đại biểu xác nhận tham dự${who}${phone}${by}.`;
}

/** The invitation for one addressee. `year` fills a blank date line ("năm 2025"). */
export function buildInvitation(s: InvitationSettingsFields, a: Addressee, year?: number): InvitationDoc {
  return {
    key: a.key,
    delegateIds: a.delegateIds,
    fileStem: a.fileStem,
    header: {
      parentBody: upperVi(s.parentBody),
      issuingBody: upperVi(s.issuingBody),
      numberLine: numberLine(s.number, s.symbol),
      placeDateLine: placeDateLine(s.placeName, s.issueDate, year),
    },
    title: INVITATION_TITLE,
    summary: s.summary,
    body: bodyOf(s, a),
    signature: {
      titleLines: [...linesOf(s.signerAuthority), ...linesOf(s.signerTitle)].map(upperVi),
      signerName: s.signerName,
      recipients: linesOf(s.recipients),
    },
    bodySize: s.bodySize,
    qrCode: a.qrCode,
    envelope: { senderAddress: s.senderAddress, recipientAddress: a.address ?? '' },
  };
}

export const SEAT_LABEL = 'Vị trí:';

/**
 * Every invitation for the selected delegates (already in precedence order). `seats` (delegate id →
 * seat label) adds the "Vị trí:" line when the form asks for it; per-unit invitations have none.
 */
export function buildInvitations(
  s: InvitationSettingsFields,
  delegates: Delegate[],
  year?: number,
  seats?: ReadonlyMap<string, string>,
): InvitationDoc[] {
  const withSeat = (a: Addressee) => ({
    ...a,
    seat: s.showSeat && a.delegateIds.length === 1 && !a.count ? seats?.get(a.delegateIds[0]) : undefined,
  });
  const addressees =
    s.addressing === 'unit'
      ? unitAddressees(delegates)
      : s.addressing === 'row'
        ? rowAddressees(delegates, s.showQr).map(withSeat)
        : delegates.map((d) => withSeat(delegateAddressee(d, s.showQr)));
  return addressees.map((a) => buildInvitation(s, a, year));
}

/** The text of a paragraph as printed: label, a space, text. */
export const paraText = (p: InvitationPara) => (p.label ? `${p.label} ${p.text}` : p.text);

/**
 * Every printed line in document order (header left, header right, number, date, title, body,
 * Nơi nhận, signature) — the order both renderers lay their blocks out in.
 */
export function invitationLines(doc: InvitationDoc): string[] {
  const h = doc.header;
  return [
    ...linesOf(h.parentBody),
    ...linesOf(h.issuingBody),
    NATIONAL_TITLE,
    MOTTO,
    h.numberLine,
    h.placeDateLine,
    doc.title,
    ...linesOf(doc.summary),
    ...doc.body.map(paraText),
    ...(doc.signature.recipients.length ? ['Nơi nhận:', ...doc.signature.recipients] : []),
    ...doc.signature.titleLines,
    doc.signature.signerName,
  ].filter((l) => l.trim() !== '');
}

/** Break a long body name before its locality, as offices print it ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"). */
export function breakBodyName(name: string): string {
  const n = name.trim();
  if (n.includes('\n') || n.length <= 24) return n;
  const m = /^(.+?)\s+((?:tỉnh|huyện|thành phố|xã|phường|quân khu)\s.+)$/iu.exec(n);
  return m ? `${m[1]}\n${m[2]}` : n;
}

/** The form's defaults, from the conference (what a secretary would type anyway). */
export function defaultInvitationSettings(c: Conference): InvitationSettingsFields {
  return {
    parentBody: c.parentBody,
    issuingBody: breakBodyName(c.hostBody),
    number: '',
    symbol: c.documentSymbol || 'GM',
    placeName: c.placeName,
    issueDate: null,
    summary: c.title ? `Dự ${c.title}` : '',
    inviter: bodyNameInText(c.hostBody),
    eventText: c.title,
    chair: c.chair,
    timeText: timeLine(c.startsAt),
    venue: c.venue,
    notes: '',
    senderAddress: '',
    contactName: '',
    contactPhone: '',
    replyBy: null,
    signerAuthority: c.signerAuthority,
    signerTitle: c.signerTitle,
    signerName: c.signerName,
    recipients: '- Như trên;\n- Lưu: VT.',
    addressing: 'row',
    showQr: false,
    showSeat: false,
    bodySize: 14,
  };
}
