/**
 * The invitation form (mẫu giấy mời) of a conference and the invitation register (sổ theo dõi).
 * Settings are stored once per conference; a field left as its default follows the conference.
 */
import { z } from 'zod';

const Line = (max = 500) => z.string().trim().max(max, `Quá dài (tối đa ${max} ký tự)`);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 20/09/2025');

/** Everything printed on a giấy mời, as the secretary edits it (Nghị định 30/2020, mẫu giấy mời). */
export const InvitationSettingsFields = z.object({
  parentBody: Line(300).default(''),
  issuingBody: Line(300).default(''),
  /** The number may stay blank: the văn thư writes it by hand when the invitation is registered. */
  number: Line(20).default(''),
  symbol: Line(50).default('GM'),
  placeName: Line(100).default(''),
  /** null = leave day and month blank for the văn thư ("ngày     tháng     năm 2025"). */
  issueDate: IsoDate.nullable().default(null),
  /** Trích yếu under GIẤY MỜI. */
  summary: Line(1000).default(''),
  /** "[inviter] trân trọng kính mời:" */
  inviter: Line(300).default(''),
  /** "Tới dự …" */
  eventText: Line(1000).default(''),
  chair: Line(500).default(''),
  timeText: Line(300).default(''),
  venue: Line(500).default(''),
  /** One note per line: dress, documents… */
  notes: z.string().max(3000).default(''),
  /** The sender's postal address, printed on the envelope under the issuing body. */
  senderAddress: Line(300).default(''),
  contactName: Line(200).default(''),
  contactPhone: Line(50).default(''),
  replyBy: IsoDate.nullable().default(null),
  signerAuthority: Line(200).default(''),
  /** One line per row: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: z.string().max(300).default(''),
  signerName: Line(200).default(''),
  /** Nơi nhận, one line per recipient ("- Như trên;", "- Lưu: VT, PTM."). */
  recipients: z.string().max(2000).default('- Như trên;\n- Lưu: VT.'),
  /**
   * 'row' (default): a named delegate gets his own letter, the placeholder rows of a unit one letter
   * to the unit ("Đề nghị … cử NN đồng chí …"); 'delegate': one per row; 'unit': one per agency.
   */
  addressing: z.enum(['row', 'delegate', 'unit']).default('row'),
  showQr: z.boolean().default(false),
  /** Print the delegate's seat ("Vị trí: Khu A, hàng 2, ghế 5") when the conference has seating. */
  showSeat: z.boolean().default(false),
  /** Body size in points (13–14 per the decree). */
  bodySize: z.union([z.literal(13), z.literal(14)]).default(14),
});
export type InvitationSettingsFields = z.infer<typeof InvitationSettingsFields>;

export const InvitationSettings = InvitationSettingsFields.extend({
  conferenceId: z.string(),
  /** false until the secretary saves the form once: the values are the conference's defaults. */
  saved: z.boolean(),
  /**
   * The fields the secretary typed (they differ from what the conference gives); every other field
   * follows the conference, so moving the conference moves the letters.
   */
  typed: z.array(z.string()).default([]),
  /** What the conference gives for each text field now (the form shows where a typed field differs). */
  conferenceValues: z.record(z.string(), z.string()).default({}),
});
export type InvitationSettings = z.infer<typeof InvitationSettings>;

export const INVITATION_STATUS = ['not_sent', 'sent'] as const;
export const SENT_METHODS = ['truc_tiep', 'buu_dien', 'he_thong_van_ban', 'dien_thoai'] as const;
export const REPLIES = ['none', 'attending', 'absent', 'substitute'] as const;

export const STATUS_LABELS: Record<(typeof INVITATION_STATUS)[number], string> = {
  not_sent: 'Chưa gửi',
  sent: 'Đã gửi',
};
export const METHOD_LABELS: Record<(typeof SENT_METHODS)[number], string> = {
  truc_tiep: 'Trực tiếp',
  buu_dien: 'Bưu điện',
  he_thong_van_ban: 'Hệ thống văn bản',
  dien_thoai: 'Điện thoại',
};
export const REPLY_LABELS: Record<(typeof REPLIES)[number], string> = {
  none: 'Chưa trả lời',
  attending: 'Tham dự',
  absent: 'Vắng',
  substitute: 'Cử người dự thay',
};

export const Substitute = z.object({
  /** May be blank: the unit said it sends someone but has not named him yet ("chưa có tên"). */
  fullName: Line(200).default(''),
  rank: Line(50).default(''),
  position: Line(300).default(''),
  unit: Line(300).default(''),
});
export type Substitute = z.infer<typeof Substitute>;

/** One line of the register: the delegate as invited, and what happened to the invitation. */
export const RegisterEntry = z.object({
  delegateId: z.string(),
  precedence: z.number().int(),
  fullName: z.string(),
  rank: z.string(),
  position: z.string(),
  unit: z.string(),
  category: z.string(),
  phone: z.string(),
  status: z.enum(INVITATION_STATUS),
  sentAt: z.string().nullable(),
  method: z.enum(SENT_METHODS).nullable(),
  reply: z.enum(REPLIES),
  substitute: Substitute.nullable(),
  note: z.string(),
  /** When an invitation for this delegate was last generated (DOCX). */
  printedAt: z.string().nullable(),
  /** The conference's signer or chair: shown, but not sent an invitation unless ticked. */
  hostRole: z.enum(['signer', 'chair']).nullable().default(null),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const CategoryCount = z.object({
  category: z.string(),
  total: z.number().int(),
  sent: z.number().int(),
  replied: z.number().int(),
  attending: z.number().int(),
  absent: z.number().int(),
  substituted: z.number().int(),
});
export type CategoryCount = z.infer<typeof CategoryCount>;

export const Register = z.object({
  items: z.array(RegisterEntry),
  byCategory: z.array(CategoryCount),
  /** The plans' rule: invitations go out 15 days before the conference. null without a start date. */
  dueBy: z.string().nullable(),
  /** Unsent invitations after dueBy. */
  late: z.number().int(),
  /** The delegates of the last generated DOCX, for "mark what was just printed as sent". */
  lastBatch: z.object({ at: z.string(), delegateIds: z.array(z.string()) }).nullable(),
});
export type Register = z.infer<typeof Register>;
