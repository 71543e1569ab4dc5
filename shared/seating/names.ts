/** How a seated person is written on a seat, a name card and a badge. Pure. */
import { foldDiacritics } from '../text/normalize';
import type { BadgeType } from '../models/delegate';

export interface PersonText { fullName: string; rank: string; position: string; unit: string; category: string }
export interface SubstituteText { fullName: string; rank: string; position: string; unit: string }

/** The person who actually sits there: the substitute (cử người dự thay) if the register names one. */
export function seatedPerson(d: PersonText, sub?: SubstituteText | null): PersonText & { substitute: boolean } {
  if (!sub || !sub.fullName) return { ...d, substitute: false };
  return { fullName: sub.fullName, rank: sub.rank, position: sub.position || d.position, unit: sub.unit || d.unit, category: d.category, substitute: true };
}

/** The office's short forms of agency names, for the seat boxes ("Viện Kiểm sát nhân dân tỉnh" → "VKSND tỉnh"). */
const AGENCY_SHORT: [RegExp, string][] = [
  [/^Ủy ban nhân dân\b/iu, 'UBND'], [/^Hội đồng nhân dân\b/iu, 'HĐND'], [/^Viện Kiểm sát nhân dân\b/iu, 'VKSND'],
  [/^Tòa án nhân dân\b/iu, 'TAND'], [/^Ban Chỉ huy quân sự\b/iu, 'Ban CHQS'], [/^Bộ Chỉ huy quân sự\b/iu, 'Bộ CHQS'],
  [/^Ủy ban Mặt trận Tổ quốc Việt Nam\b/iu, 'UBMTTQ'], [/^Ủy ban MTTQ Việt Nam\b/iu, 'UBMTTQ'],
];

/**
 * Short form for a seat on the plan: the last two words of the name ("Văn Khải"), or for a
 * placeholder the whole unit in its short office form ("Sở Tư pháp", "VKSND tỉnh"), never a cut
 * piece of it; the seat box shrinks it to fit.
 */
export function shortName(d: Pick<PersonText, 'fullName' | 'unit' | 'position'>): string {
  const words = d.fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length) return words.slice(-2).join(' ');
  let unit = (d.unit || d.position || '—').trim();
  for (const [re, short] of AGENCY_SHORT) unit = unit.replace(re, short);
  return unit;
}

/**
 * The name card's main line in the pieces it may break between: rank / name, or, for a placeholder,
 * position / unit ("Đại diện lãnh đạo" / "Sở Tài chính"). A name is never split.
 */
export function cardSegments(d: PersonText, withRank: boolean): string[] {
  if (!d.fullName) return [d.position, d.unit].filter(Boolean);
  return withRank && d.rank ? [d.rank, d.fullName] : [d.fullName];
}

/** The name card's main line: "Đại tá Nguyễn Văn An", or the placeholder's position and unit. */
export function cardName(d: PersonText, withRank: boolean): string {
  if (!d.fullName) return [d.position, d.unit].filter(Boolean).join(' ');
  return withRank && d.rank ? `${d.rank} ${d.fullName}` : d.fullName;
}

export const BADGE_COLOURS: Record<BadgeType, string> = {
  'Đại biểu': '#b91c1c', 'Khách mời': '#1d4ed8', 'Phóng viên': '#15803d', 'Phục vụ': '#a16207', 'Ban tổ chức': '#7c3aed',
};

/** The type a section's name says, when the conference has not set one: never from a job title. */
export function sectionBadgeType(category: string): BadgeType {
  const c = foldDiacritics(category);
  if (/khach moi/.test(c)) return 'Khách mời';
  if (/ban to chuc|to thu ky|thu ky hoi nghi/.test(c)) return 'Ban tổ chức';
  if (/phong vien|bao chi/.test(c)) return 'Phóng viên';
  if (/phuc vu/.test(c)) return 'Phục vụ';
  return 'Đại biểu';
}

/** A delegate's badge type: their own, else their section's (as set for the conference, else by its name). */
export function badgeTypeOf(d: { category: string; badgeType?: string }, sectionBadges: Record<string, BadgeType> = {}): BadgeType {
  return (d.badgeType || sectionBadges[d.category] || sectionBadgeType(d.category)) as BadgeType;
}

/** Not counted as invited in the head count and never proposed for the stage: staff, press, organisers. */
export const isStaffType = (t: BadgeType) => t === 'Phóng viên' || t === 'Phục vụ' || t === 'Ban tổ chức';

/**
 * The conference's line on a badge: the short title if set, else the title up to a natural end
 * (before "giai đoạn", a date, a comma), never cut mid-phrase.
 * @example badgeTitle({ title: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh về …', shortTitle: '' }) → 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND'
 */
export function badgeTitle(c: { title: string; shortTitle?: string }): string {
  if (c.shortTitle?.trim()) return c.shortTitle.trim();
  const t = c.title.trim();
  const cut = t.search(/,| ngày \d| giai đoạn | của (UBND|HĐND|Ủy ban|Bộ|Tỉnh ủy)| về /u);
  return cut > 12 ? t.slice(0, cut).trim() : t;
}

/** Section colours for the chart's legend, in order of first appearance. */
export const SECTION_PALETTE = ['#bfdbfe', '#fecaca', '#bbf7d0', '#fde68a', '#ddd6fe', '#f5d0fe', '#a5f3fc', '#e5e7eb', '#fed7aa', '#d9f99d'];
