/** How the MC says people: "Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1". */

import { joinPositionUnit } from '../text/position-unit';

export interface Person {
  salutation?: string;
  rank: string;
  fullName: string;
  position: string;
  unit: string;
}

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');

/** "Phó Tư lệnh Quân khu 1" — the one rule (shared/text/position-unit): no doubled words. */
export function positionUnit(p: Pick<Person, 'position' | 'unit'>): string {
  return joinPositionUnit(p.position, p.unit);
}

/** "Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh" (lists); a placeholder reads "Đại diện …". */
export function writtenName(p: Person): string {
  if (!p.fullName) {
    const pu = positionUnit(p);
    return /^đại diện/i.test(pu) ? pu : join('Đại diện', pu.charAt(0).toLocaleLowerCase('vi') + pu.slice(1));
  }
  const pu = positionUnit(p);
  return pu ? `${join(p.rank, p.fullName)}, ${pu}` : join(p.rank, p.fullName);
}

/** The spoken form: "Đồng chí Đại tá …" (or the delegate's own salutation, e.g. "Bà"). */
export function spokenName(p: Person): string {
  const sal = p.salutation?.trim() || 'Đồng chí';
  if (!p.fullName) return `${sal} ${writtenName(p).replace(/^Đại diện/, 'đại diện')}`;
  return `${sal} ${writtenName(p)}`;
}

/**
 * Joins a title and a unit where they overlap: "Chỉ huy trưởng Ban CHPTKV" + "Ban CHPTKV1 - Thất Khê"
 * → "Chỉ huy trưởng Ban CHPTKV1 - Thất Khê"; "Lãnh đạo Sở" + "Sở Xây dựng" → "Lãnh đạo Sở Xây dựng".
 */
export function titleOfUnit(title: string, unit: string): string {
  return joinPositionUnit(title, unit);
}
