/** invitation.* and document.invitations / document.delegateList procedures (issue #3: Giấy mời). */
import { z } from 'zod';
import {
  INVITATION_STATUS,
  InvitationSettings,
  InvitationSettingsFields,
  REPLIES,
  Register,
  RegisterEntry,
  SENT_METHODS,
  Substitute,
} from '../../models/invitation';
import { patchOf } from '../../models/patch';
import { ADMIN, ConferenceRef, FileOut, Id, Items, def } from '../define';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** Which delegates: by hand (ids), by section, by register status; none = everyone. */
export const InvitationSelection = ConferenceRef.extend({
  delegateIds: z.array(Id).min(1, 'Chưa chọn đại biểu nào').max(20000).optional(),
  categories: z.array(z.string()).max(100).optional(),
  status: z.enum(INVITATION_STATUS).optional(),
});

const Para = z.object({
  kind: z.enum(['lead', 'addressee', 'item', 'note']),
  label: z.string().optional(),
  text: z.string(),
});
/** shared/documents/invitation.ts InvitationDoc, for the print view. */
export const InvitationDocSchema = z.object({
  key: z.string(),
  delegateIds: z.array(z.string()),
  fileStem: z.string(),
  header: z.object({
    parentBody: z.string(),
    issuingBody: z.string(),
    numberLine: z.string(),
    placeDateLine: z.string(),
  }),
  title: z.string(),
  summary: z.string(),
  body: z.array(Para),
  signature: z.object({ titleLines: z.array(z.string()), signerName: z.string(), recipients: z.array(z.string()) }),
  bodySize: z.union([z.literal(13), z.literal(14)]),
  qrCode: z.string().nullable(),
  envelope: z
    .object({ senderAddress: z.string(), recipientAddress: z.string() })
    .default({ senderAddress: '', recipientAddress: '' }),
});

export const invitationProcedures = {
  'invitation.settings.get': def({
    input: ConferenceRef,
    output: InvitationSettings,
    roles: ADMIN,
    mutates: false,
    summary: 'Mẫu giấy mời của hội nghị (chưa lưu thì lấy mặc định từ hội nghị)',
  }),
  'invitation.settings.update': def({
    input: ConferenceRef.extend(patchOf(InvitationSettingsFields).shape),
    output: InvitationSettings,
    roles: ADMIN,
    mutates: true,
    summary: 'Lưu mẫu giấy mời (chỉ các trường gửi lên)',
  }),
  'invitation.register': def({
    input: ConferenceRef,
    output: Register,
    roles: ADMIN,
    mutates: false,
    summary: 'Sổ theo dõi giấy mời: gửi, trả lời, người dự thay, số liệu theo thành phần, hạn gửi',
  }),
  'invitation.mark': def({
    input: ConferenceRef.extend({
      delegateIds: z.array(Id).min(1, 'Chưa chọn đại biểu nào').max(20000),
      status: z.enum(INVITATION_STATUS),
      sentAt: IsoDate.optional(),
      method: z.enum(SENT_METHODS).optional(),
    }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Đánh dấu đã gửi (ngày, hình thức) hoặc chưa gửi cho nhiều đại biểu',
  }),
  'invitation.reply': def({
    input: z.object({
      delegateId: Id,
      reply: z.enum(REPLIES),
      substitute: Substitute.optional(),
      note: z.string().max(2000).optional(),
    }),
    output: RegisterEntry.extend({ conferenceId: z.string() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Ghi trả lời của đại biểu: tham dự, vắng, cử người dự thay',
  }),
  'invitation.models': def({
    input: InvitationSelection,
    output: Items(InvitationDocSchema),
    roles: ADMIN,
    mutates: false,
    summary: 'Nội dung các giấy mời đã dựng (cho bản in trực tiếp)',
  }),
  'document.invitations': def({
    input: InvitationSelection.extend({ layout: z.enum(['combined', 'per-delegate']).default('combined') }),
    output: FileOut,
    roles: ADMIN,
    mutates: true,
    summary: 'Giấy mời .docx (mỗi giấy một trang) hoặc .zip (mỗi đại biểu một tệp); ghi lại đợt in',
  }),
  'document.delegateList': def({
    input: ConferenceRef.extend({ kind: z.enum(['invited', 'confirmed']).default('invited') }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Danh sách đại biểu (hoặc danh sách xác nhận tham dự) .docx theo thành phần, đánh số La Mã',
  }),
} as const;
