/** How a seated person is written on a seat, a name card and a badge. Pure. */
import { foldDiacritics } from '../text/normalize';

export interface PersonText { fullName: string; rank: string; position: string; unit: string; category: string }
export interface SubstituteText { fullName: string; rank: string; position: string; unit: string }

/** The person who actually sits there: the substitute (cử người dự thay) if the register names one. */
export function seatedPerson(d: PersonText, sub?: SubstituteText | null): PersonText & { substitute: boolean } {
  if (!sub || !sub.fullName) return { ...d, substitute: false };
  return { fullName: sub.fullName, rank: sub.rank, position: sub.position || d.position, unit: sub.unit || d.unit, category: d.category, substitute: true };
}

/** Short form for a seat on the plan: the last two words of the name, or the unit for a placeholder. */
export function shortName(d: Pick<PersonText, 'fullName' | 'unit' | 'position'>): string {
  const words = d.fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length) return words.slice(-2).join(' ');
  return (d.unit || d.position || '—').replace(/^(Sở|Ban|Ủy ban|UBND|Phòng)\s+/i, '').split(/\s+/).slice(0, 2).join(' ');
}

/** The name card's main line: "Đại tá Nguyễn Văn An", or the placeholder's position and unit. */
export function cardName(d: PersonText, withRank: boolean): string {
  if (!d.fullName) return [d.position, d.unit].filter(Boolean).join(' ');
  return withRank && d.rank ? `${d.rank} ${d.fullName}` : d.fullName;
}

export const BADGE_KINDS = ['Đại biểu', 'Khách mời', 'Phóng viên', 'Phục vụ'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];
export const BADGE_COLOURS: Record<BadgeKind, string> = {
  'Đại biểu': '#b91c1c', 'Khách mời': '#1d4ed8', 'Phóng viên': '#15803d', 'Phục vụ': '#a16207',
};

/** The badge category from the section name (and the position, for a mixed "Phóng viên, phục vụ" section). */
export function badgeKind(d: Pick<PersonText, 'category' | 'position'>): BadgeKind {
  const c = foldDiacritics(d.category.toLowerCase());
  const p = foldDiacritics(d.position.toLowerCase());
  if (c.includes('khach moi')) return 'Khách mời';
  if (p.includes('phuc vu') || p.includes('nhan vien')) return 'Phục vụ';
  if (c.includes('phong vien') || p.includes('phong vien') || p.includes('bien tap')) return 'Phóng viên';
  if (c.includes('phuc vu')) return 'Phục vụ';
  return 'Đại biểu';
}

/** Section colours for the chart's legend, in order of first appearance. */
export const SECTION_PALETTE = ['#bfdbfe', '#fecaca', '#bbf7d0', '#fde68a', '#ddd6fe', '#f5d0fe', '#a5f3fc', '#e5e7eb', '#fed7aa', '#d9f99d'];
