/** How the MC says people: "Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1". */

export interface Person { salutation?: string; rank: string; fullName: string; position: string; unit: string }

const join = (...parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join(' ');

/** "Phó Tư lệnh Quân khu 1" — the unit is left out when the position already names it. */
export function positionUnit(p: Pick<Person, 'position' | 'unit'>): string {
  if (p.unit && p.position.toLocaleLowerCase('vi').includes(p.unit.toLocaleLowerCase('vi'))) return p.position;
  return join(p.position, p.unit);
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
  const t = title.trim();
  const u = unit.trim();
  if (!t) return u;
  if (!u || t.toLocaleLowerCase('vi').includes(u.toLocaleLowerCase('vi'))) return t;
  const words = t.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (u.toLocaleLowerCase('vi').startsWith(tail.toLocaleLowerCase('vi'))) return `${words.slice(0, i).join(' ')} ${u}`;
  }
  return `${t} ${u}`;
}
