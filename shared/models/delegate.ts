import { z } from 'zod';

/** Officer ranks, high to low (army and police use the same words). */
export const RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
] as const;

/** What a badge says the person is (thẻ đại biểu); set by section, editable per delegate. */
export const BADGE_TYPES = ['Đại biểu', 'Khách mời', 'Phóng viên', 'Phục vụ', 'Ban tổ chức'] as const;
export const BadgeType = z.enum(BADGE_TYPES);
export type BadgeType = z.infer<typeof BadgeType>;

/** The fields staff edit. fullName may be "" for a placeholder ("Đại diện lãnh đạo Sở Tài chính"). */
export const DelegateFields = z.object({
  fullName: z.string().max(200, 'Họ và tên quá dài (tối đa 200 ký tự)').default(''),
  rank: z.string().max(50).default(''),
  position: z.string().max(300, 'Chức vụ quá dài (tối đa 300 ký tự)').default(''),
  unit: z.string().max(300, 'Đơn vị quá dài (tối đa 300 ký tự)').default(''),
  category: z.string().max(200).default(''),
  salutation: z.string().max(50).default(''),
  phone: z.string().max(50).default(''),
  email: z.string().max(200).default(''),
  note: z.string().max(2000).default(''),
  /** Manual key for name sorting where the last-word rule is wrong; "" = use the given name. */
  sortKey: z.string().max(100).default(''),
  /** Postal address for the envelope ("" = unknown: the envelope carries the unit). */
  address: z.string().max(500, 'Địa chỉ quá dài (tối đa 500 ký tự)').default(''),
  /** The badge type; '' = the section's type (conference.sectionBadges, else from the section's name). */
  badgeType: z.enum(['', ...BADGE_TYPES]).default(''),
});
export type DelegateFields = z.infer<typeof DelegateFields>;
/** What a caller may pass: every field but the name optional. */
export type DelegateFieldsInput = z.input<typeof DelegateFields>;

/** A delegate as it leaves the store. precedence 1 is the most senior. */
export const Delegate = DelegateFields.extend({
  id: z.string(),
  conferenceId: z.string(),
  precedence: z.number().int().min(1),
  /** Stable, unguessable check-in code (the badge's QR, the door scanner). */
  code: z.string(),
});
export type Delegate = z.infer<typeof Delegate>;

export const DELEGATE_FIELD_LABELS: Record<keyof DelegateFields, string> = {
  fullName: 'Họ và tên',
  rank: 'Cấp bậc',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  category: 'Thành phần',
  salutation: 'Danh xưng',
  phone: 'Điện thoại',
  email: 'Email',
  note: 'Ghi chú',
  sortKey: 'Khóa sắp xếp tên',
  address: 'Địa chỉ',
  badgeType: 'Loại thẻ',
};
