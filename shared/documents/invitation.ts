/**
 * A giấy mời as data: the text blocks are built here once, then rendered by two renderers —
 * DOCX (electron/services/documents/invitation-docx.ts) and the print view
 * (renderer/features/invitations/print/). Both read only this model, so the texts cannot drift;
 * tests/unit/invitation-renderers.test.ts compares them line by line.
 */
import type { Conference } from '../models/conference';
import type { Delegate } from '../models/delegate';
import type { InvitationSettingsFields } from '../models/invitation';
import { foldDiacritics } from '../text/normalize';
import { joinPositionUnit } from '../text/position-unit';
import { bodyNameInText } from '../text/body-name';
import {
  MOTTO, NATIONAL_TITLE, dmy, linesOf, numberLine, placeDateLine, timeLine, upperVi,
  type Nd30Header, type Nd30Signature,
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
}

/** One addressee: a person or an agency. */
export interface Addressee {
  key: string;
  delegateIds: string[];
  line: string;
  fileStem: string;
  qrCode: string | null;
  /** For an agency: how many people it is asked to send. */
  count?: number;
  /** The seat, when seating exists and the form asks for it: "Khu A, hàng 2, ghế 5". */
  seat?: string;
}

const capFirst = (s: string) => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);

/**
 * Position and unit as one phrase, without repeating a unit already in the position.
 * @example positionAtUnit('Chỉ huy trưởng', 'Bộ CHQS tỉnh') → "Chỉ huy trưởng Bộ CHQS tỉnh"
 */
export function positionAtUnit(position: string, unit: string): string {
  return joinPositionUnit(position, unit);
}

/**
 * How a delegate is addressed on the invitation: salutation, rank, name, then position and unit.
 * A placeholder (no name) is addressed by position and unit: "Lãnh đạo Sở Tài chính".
 * @example addresseeLine({salutation:'', rank:'Đại tá', fullName:'Nguyễn Văn A', position:'Chỉ huy trưởng', unit:'Bộ CHQS tỉnh'})
 *   → "Đồng chí Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh"
 */
export function addresseeLine(d: Pick<Delegate, 'salutation' | 'rank' | 'fullName' | 'position' | 'unit'>): string {
  const role = positionAtUnit(d.position, d.unit);
  if (!d.fullName.trim()) return capFirst(role);
  const who = [d.salutation.trim() || 'Đồng chí', d.rank.trim(), d.fullName.trim()].filter(Boolean).join(' ');
  return role ? `${who}, ${role}` : who;
}

/** A file name part without the characters Windows refuses. */
export const safeFileStem = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 90);

export function delegateAddressee(d: Delegate, withQr: boolean): Addressee {
  const who = d.fullName.trim() || positionAtUnit(d.position, d.unit) || 'Đại biểu';
  return {
    key: d.id, delegateIds: [d.id], line: addresseeLine(d),
    fileStem: safeFileStem(`${String(d.precedence).padStart(3, '0')} ${who}`),
    qrCode: withQr && d.code ? d.code : null,
  };
}

/** One addressee per unit, in the order of its most senior delegate; people without a unit stay personal. */
export function unitAddressees(delegates: Delegate[]): Addressee[] {
  const groups = new Map<string, Delegate[]>();
  const out: Array<Addressee & { order: number }> = [];
  for (const d of delegates) {
    if (!d.unit.trim()) { out.push({ ...delegateAddressee(d, false), order: d.precedence }); continue; }
    const k = foldDiacritics(d.unit).toLowerCase().replace(/\s+/g, ' ').trim();
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const [k, ds] of groups) {
    const first = ds.reduce((a, b) => (a.precedence <= b.precedence ? a : b));
    out.push({
      key: `unit:${k}`, delegateIds: ds.map((d) => d.id), line: capFirst(first.unit.trim()), count: ds.length,
      fileStem: safeFileStem(`${String(first.precedence).padStart(3, '0')} ${first.unit}`), qrCode: null, order: first.precedence,
    });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _o, ...a }) => a);
}

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
  if (a.count) out.push({ kind: 'item', text: `Đề nghị ${a.line} cử ${String(a.count).padStart(2, '0')} đồng chí tham dự.` });
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
    key: a.key, delegateIds: a.delegateIds, fileStem: a.fileStem,
    header: {
      parentBody: upperVi(s.parentBody), issuingBody: upperVi(s.issuingBody),
      numberLine: numberLine(s.number, s.symbol), placeDateLine: placeDateLine(s.placeName, s.issueDate, year),
    },
    title: INVITATION_TITLE,
    summary: s.summary,
    body: bodyOf(s, a),
    signature: {
      titleLines: [...linesOf(s.signerAuthority), ...linesOf(s.signerTitle)].map(upperVi),
      signerName: s.signerName, recipients: linesOf(s.recipients),
    },
    bodySize: s.bodySize,
    qrCode: a.qrCode,
  };
}

export const SEAT_LABEL = 'Vị trí:';

/**
 * Every invitation for the selected delegates (already in precedence order). `seats` (delegate id →
 * seat label) adds the "Vị trí:" line when the form asks for it; per-unit invitations have none.
 */
export function buildInvitations(
  s: InvitationSettingsFields, delegates: Delegate[], year?: number, seats?: ReadonlyMap<string, string>,
): InvitationDoc[] {
  const addressees = s.addressing === 'unit'
    ? unitAddressees(delegates)
    : delegates.map((d) => ({ ...delegateAddressee(d, s.showQr), seat: s.showSeat ? seats?.get(d.id) : undefined }));
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
    ...linesOf(h.parentBody), ...linesOf(h.issuingBody), NATIONAL_TITLE, MOTTO, h.numberLine, h.placeDateLine,
    doc.title, ...linesOf(doc.summary), ...doc.body.map(paraText),
    ...(doc.signature.recipients.length ? ['Nơi nhận:', ...doc.signature.recipients] : []),
    ...doc.signature.titleLines, doc.signature.signerName,
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
    parentBody: c.parentBody, issuingBody: breakBodyName(c.hostBody), number: '',
    symbol: c.documentSymbol || 'GM', placeName: c.placeName, issueDate: null,
    summary: c.title ? `Dự ${c.title}` : '', inviter: bodyNameInText(c.hostBody), eventText: c.title,
    chair: c.chair, timeText: timeLine(c.startsAt), venue: c.venue, notes: '',
    contactName: '', contactPhone: '', replyBy: null,
    signerAuthority: c.signerAuthority, signerTitle: c.signerTitle, signerName: c.signerName,
    recipients: '- Như trên;\n- Lưu: VT.', addressing: 'delegate', showQr: false, showSeat: false, bodySize: 14,
  };
}
