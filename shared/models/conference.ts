import { z } from 'zod';
import { BadgeType } from './delegate';

/** Local date-time as the secretariat writes it: "2025-10-08T07:30" (no time zone: the hall's clock). */
export const LocalDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
    'Ngày giờ không hợp lệ: ghi giờ:phút (24 giờ) và ngày/tháng/năm, ví dụ 07:30 ngày 20/09/2025',
  );

/** Fields a secretary types for a conference (from the seeds' kế hoạch). */
export const ConferenceFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Tên hội nghị không được để trống')
    .max(500, 'Tên hội nghị quá dài (tối đa 500 ký tự)'),
  kind: z.string().trim().max(100).default(''),
  startsAt: LocalDateTime.nullable().default(null),
  endsAt: LocalDateTime.nullable().default(null),
  venue: z.string().trim().max(300).default(''),
  parentBody: z.string().trim().max(300).default(''),
  hostBody: z.string().trim().max(300).default(''),
  chair: z.string().trim().max(300).default(''),
  placeName: z.string().trim().max(100).default(''),
  documentSymbol: z.string().trim().max(50).default(''),
  signerAuthority: z.string().trim().max(200).default(''),
  signerTitle: z.string().trim().max(200).default(''),
  signerName: z.string().trim().max(200).default(''),
  backdropLines: z.array(z.string().trim().max(300)).max(10).default([]),
  notes: z.string().max(5000).default(''),
  /** The conference's name on badges ("HỘI NGHỊ SƠ KẾT 05 NĂM THỰC HIỆN ĐỀ ÁN 223"); '' = derived from the title. */
  shortTitle: z.string().trim().max(120).default(''),
  /** Badge type per section (thành phần); sections not listed take the type their name says. */
  sectionBadges: z.record(z.string(), BadgeType).default({}),
});
export type ConferenceFields = z.infer<typeof ConferenceFields>;

export const Conference = ConferenceFields.extend({
  id: z.string(),
  archived: z.boolean(),
  delegateCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conference = z.infer<typeof Conference>;
