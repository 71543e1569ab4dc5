/** Vietnamese words for the data page: backup reasons, audited actions, field names. */
import { DELEGATE_FIELD_LABELS } from '../../../shared/models/delegate';

export const REASON_LABELS: Record<string, string> = {
  manual: 'Sao lưu ngay',
  'at-start': 'Khi mở ứng dụng',
  'on-quit': 'Khi thoát',
  'before-import': 'Trước khi nhập danh sách',
  'before-thuky-import': 'Trước khi nhập tệp .thuky',
  'before-restore': 'Trước khi khôi phục',
  'before-hall-change': 'Trước khi đổi hội trường',
  'before-migration': 'Trước khi nâng cấp dữ liệu',
  checkin: 'Định kỳ khi điểm danh',
  'door-open': 'Khi mở cửa điểm danh (trước lượt đầu tiên)',
  other: 'Khác',
};

/** A backup's reason in words; an unknown one is never shown as its code. */
export const reasonLabel = (r: string) => REASON_LABELS[r] ?? 'Khác';

/** What each stored table holds, for the .thuky preview (no table names on screen). */
export const TABLE_LABELS: Record<string, string> = {
  conferences: 'Hội nghị',
  delegates: 'Đại biểu',
  delegate_register: 'Sổ theo dõi giấy mời',
  audit_log: 'Nhật ký thay đổi',
  checkins: 'Lượt điểm danh',
  checkin_stations: 'Bàn điểm danh',
  checkin_audit: 'Nhật ký điểm danh',
  checkin_walk_ins: 'Khách ngoài danh sách',
  invitation_settings: 'Mẫu giấy mời',
  invitation_prints: 'Lượt in giấy mời',
  agenda_items: 'Mục chương trình',
  speeches: 'Tham luận',
  award_decisions: 'Quyết định khen thưởng',
  award_recipients: 'Tập thể, cá nhân được khen',
  award_batches: 'Đợt trao thưởng',
  mc_script_edits: 'Kịch bản điều hành đã sửa',
  halls: 'Hội trường',
  seating_plans: 'Cách xếp chỗ',
  seat_assignments: 'Chỗ ngồi đã xếp',
  tasks: 'Nhiệm vụ',
  conclusion_items: 'Nội dung kết luận',
  conclusion_notices: 'Thông báo kết luận',
};
export const tableLabel = (name: string) => TABLE_LABELS[name] ?? 'Dữ liệu khác';

export const ACTION_LABELS: Record<string, string> = {
  'conference.create': 'Tạo hội nghị',
  'conference.createDemo': 'Tạo hội nghị mẫu',
  'conference.update': 'Sửa thông tin hội nghị',
  'conference.importFile': 'Nhập tệp .thuky',
  'delegate.create': 'Thêm đại biểu',
  'delegate.update': 'Sửa đại biểu',
  'delegate.bulkUpdate': 'Sửa hàng loạt',
  'delegate.delete': 'Xóa đại biểu',
  'delegate.reorder': 'Sắp xếp lại thứ tự',
  'delegate.sortSection': 'Sắp xếp trong nhóm',
  'delegate.undo': 'Hoàn tác',
  'delegate.import': 'Nhập danh sách',
  'backup.restore': 'Khôi phục bản sao lưu',
};

const CONFERENCE_FIELDS: Record<string, string> = {
  title: 'Tên hội nghị',
  kind: 'Loại',
  startsAt: 'Bắt đầu',
  endsAt: 'Kết thúc',
  venue: 'Địa điểm',
  chair: 'Chủ trì',
  archived: 'Lưu trữ',
  notes: 'Ghi chú',
};

const snakeToCamel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export function fieldLabel(key: string): string {
  const k = snakeToCamel(key);
  return (DELEGATE_FIELD_LABELS as Record<string, string>)[k] ?? CONFERENCE_FIELDS[k] ?? key;
}

export const formatBytes = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

/** "08:05:12, 22/11/2026" in this computer's local time. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}, ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const show = (v: unknown) =>
  v === '' || v === null || v === undefined ? '(trống)' : typeof v === 'string' ? v : JSON.stringify(v);

/** "Họ và tên: A → B" lines for an audit row; a short summary when there is no field diff. */
export function changeLines(before: unknown, after: unknown, names: Map<string, string> = new Map()): string[] {
  if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(before)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const flat = Object.keys(a).every((k) => k in b);
    if (flat) return Object.keys(a).map((k) => `${fieldLabel(k)}: ${show(b[k])} → ${show(a[k])}`);
    return Object.entries(b)
      .slice(0, 5)
      .map(
        ([id, v]) =>
          `${names.get(id) ?? 'Một đại biểu'}: ${Object.entries(v as Record<string, unknown>)
            .map(([k, x]) => `${fieldLabel(k)} ${show(x)}`)
            .join(', ')} → ${Object.entries(a)
            .map(([k, x]) => `${fieldLabel(k)} ${show(x)}`)
            .join(', ')}`,
      );
  }
  if (Array.isArray(before)) {
    return before
      .slice(0, 5)
      .map(
        (r) => `Đã xóa: ${show((r as Record<string, unknown>).full_name || (r as Record<string, unknown>).position)}`,
      );
  }
  // Generic rows hold {input, output}: show the simple input values, not ids or files.
  const input = (
    after && typeof after === 'object' && 'input' in after ? (after as { input: unknown }).input : after
  ) as Record<string, unknown> | null;
  if (!input || typeof input !== 'object') return [];
  return Object.entries(input)
    .filter(([k, v]) => !/id$|ids$|Ids$|contentBase64/.test(k) && v !== '' && v !== null && typeof v !== 'object')
    .slice(0, 4)
    .map(([k, v]) => `${fieldLabel(k)}: ${show(v)}`);
}
