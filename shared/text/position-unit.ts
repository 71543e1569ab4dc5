/**
 * THE rule for writing a position and a unit together ("Trưởng Ban Nội chính Tỉnh ủy"), used by the
 * letters, the lists, the name cards, the badges and the MC's script. Lists often keep them in two
 * columns that overlap ("Trưởng ban" | "Ban Nội chính Tỉnh ủy", "Chánh Văn phòng" | "Văn phòng Đoàn
 * ĐBQH", "Trưởng Công an xã" | "Xã Mẫu Sơn"); joined naively they double words and put a capital
 * "Xã" mid-line. Pure; one place so every document says the same.
 */
import { normalizeText } from './normalize';

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Administrative levels written in lower case before a place name mid-line ("UBND xã Mẫu Sơn"). */
const LEVELS = ['thành phố', 'thị trấn', 'thị xã', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'];

const isCapitalised = (w: string | undefined) => !!w && w[0] !== lower(w[0]);

/**
 * A unit as it reads after other words: a leading level word before a place name goes lower case
 * ("Xã Mẫu Sơn" → "xã Mẫu Sơn", "Thành phố Lạng Sơn" → "thành phố Lạng Sơn"); agency names keep
 * their capitals ("Tỉnh ủy", "Tỉnh đoàn", "Sở Tài chính", "Ban Nội chính").
 */
export function unitMidLine(unit: string): string {
  const u = normalizeText(unit);
  const words = u.split(' ');
  for (const level of LEVELS) {
    const n = level.split(' ').length;
    if (lower(words.slice(0, n).join(' ')) === level && isCapitalised(words[n])) {
      return [level, ...words.slice(n)].join(' ');
    }
  }
  return u;
}

/**
 * "Trưởng ban" + "Ban Nội chính Tỉnh ủy" → "Trưởng Ban Nội chính Tỉnh ủy";
 * "Chánh Văn phòng" + "Văn phòng Đoàn ĐBQH tỉnh" → "Chánh Văn phòng Đoàn ĐBQH tỉnh";
 * "Trưởng Công an xã" + "Xã Mẫu Sơn" → "Trưởng Công an xã Mẫu Sơn";
 * "Giám đốc Sở Tài chính" + "Sở Tài chính" → "Giám đốc Sở Tài chính";
 * "Chỉ huy trưởng" + "Bộ CHQS tỉnh" → "Chỉ huy trưởng Bộ CHQS tỉnh". Either part may be empty.
 */
export function joinPositionUnit(position: string | null | undefined, unit: string | null | undefined): string {
  const p = normalizeText(position).replace(/[\s,;–-]+$/, '');
  const u = normalizeText(unit).replace(/^[\s,;–-]+/, '');
  if (!u) return p;
  if (!p) return u;
  const lp = lower(p);
  const lu = lower(u);
  // The position already names the unit ("Giám đốc Sở Tài chính" | "Sở Tài chính").
  if (lp === lu || lp.endsWith(` ${lu}`) || lp.includes(lu)) return p;
  const pw = p.split(' ');
  const uw = u.split(' ');
  // The longest tail of the position that opens the unit is said once, as the unit writes it.
  for (let k = Math.min(pw.length, uw.length); k >= 1; k--) {
    const tail = lower(pw.slice(-k).join(' '));
    const open = lower(uw.slice(0, k).join(' '));
    // Two or more words may end inside the unit's word: "… Ban CHPTKV" + "Ban CHPTKV1 - Thất Khê".
    if (tail !== open && !(k >= 2 && open.startsWith(tail))) continue;
    const head = pw.slice(0, pw.length - k);
    if (head.length === 0) return u;
    return `${head.join(' ')} ${unitMidLine(u)}`;
  }
  return `${p} ${unitMidLine(u)}`;
}

/** "Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh": name, then the joined position and unit. */
export function nameWithRole(nameLine: string, position: string, unit: string): string {
  const role = joinPositionUnit(position, unit);
  const name = normalizeText(nameLine);
  return name && role ? `${name}, ${role}` : name || role;
}
