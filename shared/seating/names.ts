/** How a seated person is written on a seat, a name card and a badge. Pure. */
import { foldDiacritics } from '../text/normalize';
import { joinPositionUnit, unitMidLine } from '../text/position-unit';
import type { BadgeType } from '../models/delegate';

export interface PersonText {
  fullName: string;
  rank: string;
  position: string;
  unit: string;
  category: string;
}
export interface SubstituteText {
  fullName: string;
  rank: string;
  position: string;
  unit: string;
}

/** The person who actually sits there: the substitute (cử người dự thay) if the register names one. */
export function seatedPerson(d: PersonText, sub?: SubstituteText | null): PersonText & { substitute: boolean } {
  if (!sub || !sub.fullName) return { ...d, substitute: false };
  return {
    fullName: sub.fullName,
    rank: sub.rank,
    position: sub.position || d.position,
    unit: sub.unit || d.unit,
    category: d.category,
    substitute: true,
  };
}

/** The office's short forms of agency names, for the seat boxes ("Viện Kiểm sát nhân dân tỉnh" → "VKSND tỉnh"). */
const AGENCY_SHORT: [RegExp, string][] = [
  [/^Ủy ban nhân dân\b/iu, 'UBND'],
  [/^Hội đồng nhân dân\b/iu, 'HĐND'],
  [/^Viện Kiểm sát nhân dân\b/iu, 'VKSND'],
  [/^Tòa án nhân dân\b/iu, 'TAND'],
  [/^Ban Chỉ huy quân sự\b/iu, 'Ban CHQS'],
  [/^Bộ Chỉ huy quân sự\b/iu, 'Bộ CHQS'],
  [/^Ủy ban Mặt trận Tổ quốc Việt Nam\b/iu, 'UBMTTQ'],
  [/^Ủy ban MTTQ Việt Nam\b/iu, 'UBMTTQ'],
];

/**
 * Short form for a seat on the plan: what a reader recognises — rank and the given name ("Đại tá
 * Quân"), or without a rank the whole name (the seat box shrinks it); for a placeholder the whole
 * unit in its short office form ("Sở Tư pháp", "VKSND tỉnh"), never a cut piece of it.
 */
export function shortName(d: Pick<PersonText, 'fullName' | 'unit' | 'position'> & { rank?: string }): string {
  const words = d.fullName.trim().split(/\s+/).filter(Boolean);
  const rank = (d.rank ?? '').trim();
  if (words.length) return rank ? `${rank} ${words[words.length - 1]}` : words.join(' ');
  let unit = (d.unit || d.position || '—').trim();
  for (const [re, short] of AGENCY_SHORT) unit = unit.replace(re, short);
  return unit;
}

/**
 * The names to try in a seat box, most complete first; the box shows the first that fits at a
 * readable size (SeatCell). A ranked person as the hall addresses him, then his given name ("Đại tá
 * Nam" → "Nam"); an unranked one by the full name, then with the middle names as initials, which
 * keeps the family and given names a reader looks for on the wall ("Nguyễn Thị Thảo" → "Nguyễn T.
 * Thảo" → "Thảo"); a placeholder by its unit's short form.
 */
export function seatNameChoices(d: Pick<PersonText, 'fullName' | 'unit' | 'position'> & { rank?: string }): string[] {
  const words = d.fullName.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [shortName(d)];
  const given = words[words.length - 1];
  // The rank stays on one line ("Thiếu tá / Lực", never "Thiếu / tá Lực"): its spaces do not break.
  const rank = (d.rank ?? '').trim().replace(/ +/g, '\u00a0');
  if (rank) return [`${rank} ${given}`, given];
  if (words.length < 3) return [words.join(' '), given];
  return [
    words.join(' '),
    [words[0], ...words.slice(1, -1).map((w) => `${[...w][0].toLocaleUpperCase('vi')}.`), given].join(' '),
    given,
  ];
}

/**
 * A person's position and unit in one line by THE rule (shared/text/position-unit), for the name
 * cards, badges, lists and chart: "Trưởng Ban Nội chính Tỉnh ủy", never "Trưởng ban Ban Nội chính".
 * A placeholder (no name) is written by its unit only, its position being on the main line.
 */
export function roleLine(d: Pick<PersonText, 'fullName' | 'position' | 'unit'>): string {
  return d.fullName ? joinPositionUnit(d.position, d.unit) : (d.unit ?? '').trim();
}

/** A placeholder's position and unit joined by the rule, in the two pieces a line may break between. */
function placeholderSegments(position: string, unit: string): string[] {
  const joined = joinPositionUnit(position, unit);
  const mid = unitMidLine(unit);
  if (mid && joined.length > mid.length && joined.endsWith(` ${mid}`)) return [joined.slice(0, -mid.length - 1), mid];
  return joined ? [joined] : [];
}

/**
 * The name card's main line in the pieces it may break between: rank / name, or, for a placeholder,
 * position / unit ("Đại diện lãnh đạo" / "Sở Tài chính"). A name is never split.
 */
export function cardSegments(d: PersonText, withRank: boolean): string[] {
  if (!d.fullName) return placeholderSegments(d.position, d.unit);
  return withRank && d.rank ? [d.rank, d.fullName] : [d.fullName];
}

/** The name card's main line: "Đại tá Nguyễn Văn An", or the placeholder's position and unit. */
export function cardName(d: PersonText, withRank: boolean): string {
  if (!d.fullName) return joinPositionUnit(d.position, d.unit);
  return withRank && d.rank ? `${d.rank} ${d.fullName}` : d.fullName;
}

export const BADGE_COLOURS: Record<BadgeType, string> = {
  'Đại biểu': '#b91c1c',
  'Khách mời': '#1d4ed8',
  'Phóng viên': '#15803d',
  'Phục vụ': '#a16207',
  'Ban tổ chức': '#7c3aed',
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
export function badgeTypeOf(
  d: { category: string; badgeType?: string },
  sectionBadges: Record<string, BadgeType> = {},
): BadgeType {
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
export const SECTION_PALETTE = [
  '#bfdbfe',
  '#fecaca',
  '#bbf7d0',
  '#fde68a',
  '#ddd6fe',
  '#f5d0fe',
  '#a5f3fc',
  '#e5e7eb',
  '#fed7aa',
  '#d9f99d',
];
