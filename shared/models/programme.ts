/** Programme (chương trình), speech assignments (tham luận) and awards (khen thưởng): what leaves the store. */
import { z } from 'zod';

export const AGENDA_KINDS = [
  'reception',
  'opening',
  'report',
  'speech',
  'address',
  'awards',
  'conclusion',
  'closing',
  'break',
  'video',
  'other',
] as const;
export const AgendaKind = z.enum(AGENDA_KINDS);
export type AgendaKind = z.infer<typeof AgendaKind>;

/** The office's words for each kind (the UI and the documents). */
export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  reception: 'Đón tiếp đại biểu',
  opening: 'Tuyên bố lý do, giới thiệu đại biểu',
  report: 'Báo cáo',
  speech: 'Tham luận',
  address: 'Phát biểu chỉ đạo',
  awards: 'Công bố quyết định và trao thưởng',
  conclusion: 'Kết luận hội nghị',
  closing: 'Bế mạc',
  break: 'Nghỉ giải lao',
  video: 'Trình chiếu phóng sự',
  other: 'Nội dung khác',
};

/** "HH:MM" (the hall's clock) or a full local "YYYY-MM-DDTHH:MM". */
export const ClockTime = z.string().regex(/^(\d{4}-\d{2}-\d{2}T)?\d{2}:\d{2}$/, 'Giờ phải có dạng HH:MM');

export const AgendaFields = z.object({
  kind: AgendaKind.default('other'),
  title: z.string().trim().max(500, 'Nội dung quá dài (tối đa 500 ký tự)').default(''),
  presenterDelegateId: z.string().nullable().default(null),
  presenterText: z.string().trim().max(300).default(''),
  minutes: z.number().int().min(0, 'Số phút không được âm').max(600, 'Tối đa 600 phút').default(10),
  /** What the MC says for this item (left empty: generated from the kind). */
  mcText: z.string().max(5000).default(''),
  speechId: z.string().nullable().default(null),
});
export type AgendaFields = z.infer<typeof AgendaFields>;

export const AgendaItem = AgendaFields.extend({
  id: z.string(),
  conferenceId: z.string(),
  position: z.number().int(),
  /** Computed from the conference start and the minutes of the items before; null without a start. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  /** The presenter as printed: the delegate's rank, name, position, or the free text. */
  presenterLabel: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AgendaList = z.object({
  items: z.array(AgendaItem),
  plannedMinutes: z.number().int(),
  /** Planned end of the last item; null without a conference start. */
  plannedEnd: z.string().nullable(),
  /** Minutes past the conference end (0 when it fits); null without both ends. */
  overrunMinutes: z.number().int().nullable(),
  /** Minutes late (+) or early (−) against the plan, from the last mark; null before the first mark. */
  delayMinutes: z.number().int().nullable(),
});
export type AgendaList = z.infer<typeof AgendaList>;

export const SPEECH_STATUSES = ['pending', 'paper', 'file'] as const;
export const SpeechStatus = z.enum(SPEECH_STATUSES);
export const SPEECH_STATUS_LABELS: Record<z.infer<typeof SpeechStatus>, string> = {
  pending: 'Chưa nộp',
  paper: 'Đã nộp bản giấy',
  file: 'Đã nộp file',
};

export const SpeechFields = z.object({
  unit: z.string().trim().min(1, 'Tên đơn vị không được để trống').max(300),
  topic: z.string().trim().max(2000).default(''),
  /** Ghi chú: who presents ("Lãnh đạo Sở", "Chỉ huy trưởng Ban CHPTKV"). */
  presenterNote: z.string().trim().max(300).default(''),
  presenterDelegateId: z.string().nullable().default(null),
  minutes: z.number().int().min(1).max(60).default(10),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Hạn nộp không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 20/09/2025')
    .nullable()
    .default(null),
  status: SpeechStatus.default('pending'),
  spoken: z.boolean().default(false),
  /** Order on the day among the spoken ones (1 = first); null = not spoken. */
  spokenOrder: z.number().int().min(1).nullable().default(null),
});
export type SpeechFields = z.infer<typeof SpeechFields>;

export const Speech = SpeechFields.extend({
  id: z.string(),
  conferenceId: z.string(),
  /** STT in the appendix. */
  position: z.number().int(),
  /** Not handed in (no file) and the due date has passed. */
  overdue: z.boolean(),
  /** The attached text file's name (speech.attach), if any. */
  attachmentName: z.string().nullable().optional(),
});
export type Speech = z.infer<typeof Speech>;

export const DecisionFields = z.object({
  number: z.string().trim().max(100).default(''),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  authority: z.string().trim().max(300).default('Chủ tịch UBND tỉnh'),
  form: z.string().trim().max(100).default('Bằng khen'),
  reason: z.string().trim().max(1000).default(''),
  plannedCollectives: z.number().int().min(0).max(1000).default(0),
  plannedIndividuals: z.number().int().min(0).max(1000).default(0),
});
export type DecisionFields = z.infer<typeof DecisionFields>;

export const RecipientKind = z.enum(['collective', 'individual']);
export const AbsentAction = z.enum(['', 'representative', 'skip']);
export const RecipientFields = z.object({
  kind: RecipientKind,
  /** Tập thể: the unit's name; cá nhân: the person's name. */
  name: z.string().trim().min(1, 'Tên tập thể/cá nhân không được để trống').max(300),
  rank: z.string().trim().max(50).default(''),
  position: z.string().trim().max(300).default(''),
  unit: z.string().trim().max(300).default(''),
  achievement: z.string().trim().max(1000).default(''),
  /** Tập thể: who receives on its behalf (free text when not a delegate). */
  receiverText: z.string().trim().max(300).default(''),
  delegateId: z.string().nullable().default(null),
  absentAction: AbsentAction.default(''),
});
export type RecipientFields = z.infer<typeof RecipientFields>;

export const Recipient = RecipientFields.extend({
  id: z.string(),
  decisionId: z.string(),
  /** Order in the decision's list (STT). */
  order: z.number().int(),
  batchNo: z.number().int().nullable(),
  /** Checked in? null when there is no check-in data (or no linked delegate). */
  present: z.boolean().nullable(),
  /** The linked delegate's seat ("Khu A, hàng 3, ghế 5") when seating exists (seating.list). */
  seat: z.string().nullable().optional(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Decision = DecisionFields.extend({
  id: z.string(),
  conferenceId: z.string(),
  position: z.number().int(),
  collectives: z.number().int(),
  individuals: z.number().int(),
  recipients: z.array(Recipient),
});
export type Decision = z.infer<typeof Decision>;

export const Batch = z.object({
  no: z.number().int(),
  presenterDelegateId: z.string().nullable(),
  presenterText: z.string(),
  presenterLabel: z.string(),
  recipientIds: z.array(z.string()),
});
export type Batch = z.infer<typeof Batch>;

export const AwardOverview = z.object({
  decisions: z.array(Decision),
  batches: z.array(Batch),
  hasCheckins: z.boolean(),
});
export type AwardOverview = z.infer<typeof AwardOverview>;

/** One block of the MC's script: a time, a heading and what the MC reads. */
export const ScriptBlock = z.object({ time: z.string(), heading: z.string(), text: z.string().max(20000) });
export type ScriptBlock = z.infer<typeof ScriptBlock>;
