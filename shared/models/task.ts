/** Tasks (nhiệm vụ chuẩn bị, follow-up of a conclusion) and the thông báo kết luận, as the contract carries them. */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Line = (max: number) => z.string().trim().max(max, `Quá dài (tối đa ${max} ký tự)`);

/** The deadline rule as stored (see shared/task/deadline.ts); the date is computed from it. */
export const Due = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: IsoDate }),
  z.object({
    kind: z.literal('month'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM'),
  }),
  z.object({ kind: z.literal('beforeConference'), days: z.number().int().min(1).max(366) }),
  z.object({ kind: z.literal('afterConference'), days: z.number().int().min(1).max(366) }),
]);

export const TASK_STATUS = ['todo', 'doing', 'done'] as const;
export const TASK_SOURCE = ['plan', 'conclusion', 'manual'] as const;
export const TASK_STATUS_LABELS: Record<(typeof TASK_STATUS)[number], string> = {
  todo: 'Chưa làm',
  doing: 'Đang làm',
  done: 'Xong',
};
export const TASK_SOURCE_LABELS: Record<(typeof TASK_SOURCE)[number], string> = {
  plan: 'Kế hoạch',
  conclusion: 'Kết luận',
  manual: 'Nhập tay',
};

/** A proposed task: what task.extract returns and task.createMany takes. */
export const TaskDraft = z.object({
  agency: Line(300).min(1, 'Nhập cơ quan chủ trì'),
  coordinating: z.array(Line(300)).max(40).default([]),
  content: z.string().trim().min(1, 'Nhập nội dung nhiệm vụ').max(8000, 'Nội dung quá dài (tối đa 8000 ký tự)'),
  due: Due.nullable().default(null),
  /** The deadline's words as written in the plan. */
  dueText: Line(300).default(''),
  /** Computed with the conference day (ignored on input). */
  dueDate: IsoDate.nullable().default(null),
  overseer: Line(300).default(''),
});
export type TaskDraft = z.infer<typeof TaskDraft>;

export const TaskFields = TaskDraft.omit({ dueDate: true }).extend({
  status: z.enum(TASK_STATUS).default('todo'),
  /** The day it was done; set to today when marked done without one. */
  doneDate: IsoDate.nullable().default(null),
  note: z.string().max(4000).default(''),
  source: z.enum(TASK_SOURCE).default('manual'),
});
export type TaskFields = z.infer<typeof TaskFields>;

export const Task = TaskFields.extend({
  id: z.string(),
  conferenceId: z.string(),
  position: z.number().int(),
  /** The notice's item the task came from (source "conclusion"). */
  conclusionItemId: z.string().nullable(),
  dueDate: IsoDate.nullable(),
  /** "31/07/2024 (15 ngày trước hội nghị)", "15 ngày trước hội nghị (chưa có ngày)", "". */
  dueLabel: z.string(),
  /** Not done and the due date has passed. */
  overdue: z.boolean(),
  /** Not done, due today or within 7 days. */
  dueSoon: z.boolean(),
  /** Days from today to the due date (negative = late), null without a date. */
  daysLeft: z.number().int().nullable(),
});
export type Task = z.infer<typeof Task>;

export const TaskList = z.object({
  items: z.array(Task),
  /** The conference day "YYYY-MM-DD" (null = not fixed yet) and today, as used for the dates. */
  conferenceDate: IsoDate.nullable(),
  today: IsoDate,
});
export type TaskList = z.infer<typeof TaskList>;

/** One agenda item of the notice: its title, who presented it, the conclusion text, its tasks. */
export const ConclusionItemDraft = z.object({
  title: z.string().trim().min(1, 'Nhập tên nội dung').max(2000),
  presenter: Line(300).default(''),
  text: z.string().max(50000).default(''),
  tasks: z.array(TaskDraft).max(200).default([]),
});
export type ConclusionItemDraft = z.infer<typeof ConclusionItemDraft>;

/** The notice's own fields (the rest comes from the conference). */
export const NoticeFields = z.object({
  /** "Số: 245/TB-VP": the number part; "" leaves room for the văn thư. */
  number: Line(50).default(''),
  /** "TB-VP"; "" = the conference's symbol with TB. */
  symbol: Line(50).default(''),
  issuedOn: IsoDate.nullable().default(null),
  /** The opening paragraph (date, meeting, chair, attendees); "" = composed from the conference. */
  opening: z.string().max(5000).default(''),
  recipients: z.array(Line(300)).max(40).default([]),
  signerAuthority: Line(200).default(''),
  signerTitle: Line(200).default(''),
  signerName: Line(200).default(''),
});
export type NoticeFields = z.infer<typeof NoticeFields>;

export const ConclusionItem = ConclusionItemDraft.omit({ tasks: true }).extend({
  id: z.string(),
  position: z.number().int(),
  tasks: z.array(Task),
});
export const ConclusionNotice = z.object({
  notice: NoticeFields.extend({ savedAt: z.string().nullable() }),
  items: z.array(ConclusionItem),
});
export type ConclusionNotice = z.infer<typeof ConclusionNotice>;
