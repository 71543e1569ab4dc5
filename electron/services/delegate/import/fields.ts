/**
 * Field repairs for imported rows: splitting "Chức vụ, đơn vị" into position and unit, and
 * phone numbers that lost their leading 0 or carry +84.
 */
import { normalizeText } from '../../../../shared/text/normalize';

/** Words that start a unit name ("Giám đốc | Sở Xây dựng"). Capitalised words match as written. */
const UNIT_WORDS = [
  'Tổng công ty',
  'Công ty',
  'Tập đoàn',
  'Chi nhánh',
  'Ngân hàng',
  'Kho bạc',
  'Bảo hiểm',
  'Điện lực',
  'Bưu điện',
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'HĐND',
  'MTTQ',
  'Mặt trận',
  'Hội đồng',
  'Hội',
  'Liên đoàn',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Thành ủy',
  'Thành uỷ',
  'Quận ủy',
  'Thị ủy',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  'Chi bộ',
  'Bộ Chỉ huy',
  'Bộ Tư lệnh',
  'Bộ đội',
  'Bộ',
  'Ban',
  'Sở',
  'Cục',
  'Tổng cục',
  'Chi cục',
  'Quân khu',
  'Quân đoàn',
  'Quân chủng',
  'Binh chủng',
  'Sư đoàn',
  'Trung đoàn',
  'Lữ đoàn',
  'Tiểu đoàn',
  'Đoàn',
  'Công an',
  'Cảnh sát',
  'Đồn',
  'Trạm',
  'Đội',
  'Văn phòng',
  'Phòng',
  'Báo',
  'Đài',
  'Trường',
  'Học viện',
  'Đại học',
  'Bệnh viện',
  'Trung tâm',
  'Viện kiểm sát',
  'Viện',
  'Tòa án',
  'Toà án',
  'TAND',
  'VKSND',
  'Thanh tra',
  'Kiểm toán',
  'Hải quan',
  'Hạt Kiểm lâm',
  'Cơ quan',
  'Khối',
  'Hợp tác xã',
];
/** Administrative words, usually lowercase inside a unit ("Chủ tịch | xã Yên Sơn"). */
const PLACE_WORDS = ['huyện', 'xã', 'phường', 'thị trấn', 'thành phố', 'tỉnh', 'quận', 'thị xã'];
/** "Bộ trưởng", "Đội phó", "Đoàn viên", "Báo cáo viên": the unit word is part of a position. */
const NOT_AFTER = /^\s+(trưởng|phó|viên|cáo)(?![\p{L}\p{N}])/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const UNIT_RE = new RegExp(`${BOUNDARY_BEFORE}(${alternation(UNIT_WORDS)})${BOUNDARY_AFTER}`, 'gu');
const UNIT_RE_ANY_CASE = new RegExp(UNIT_RE.source, 'giu');
const PLACE_RE = new RegExp(`${BOUNDARY_BEFORE}(${alternation(PLACE_WORDS)})${BOUNDARY_AFTER}`, 'giu');

const trimPunct = (s: string) => s.replace(/^[\s,;:\-–—]+|[\s,;:\-–—]+$/g, '');

/** Where the unit starts: the first unit word after at least one position word; -1 if none. */
function unitStart(text: string): { index: number; atStart: boolean } {
  const allCaps = text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text);
  const candidates: number[] = [];
  let atStart = false;
  for (const re of [allCaps ? UNIT_RE_ANY_CASE : UNIT_RE, PLACE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (NOT_AFTER.test(text.slice(m.index + m[0].length))) continue;
      if (m.index === 0) {
        atStart = true;
        continue;
      }
      candidates.push(m.index);
      break;
    }
  }
  return { index: candidates.length ? Math.min(...candidates) : -1, atStart };
}

/**
 * "Phó Tư lệnh Quân khu 2" → position "Phó Tư lệnh", unit "Quân khu 2". A line break in the cell
 * is taken as the split. No unit word: the whole text is the position; text that is only a unit
 * ("Sở Tài chính") is the unit.
 */
export function splitPositionUnit(raw: string): { position: string; unit: string } {
  const lines = raw
    .split(/\r\n|\r|\n/)
    .map(normalizeText)
    .filter(Boolean);
  if (lines.length >= 2) return { position: trimPunct(lines[0]), unit: trimPunct(lines.slice(1).join(' ')) };
  const text = normalizeText(raw);
  if (!text) return { position: '', unit: '' };
  const { index, atStart } = unitStart(text);
  if (index > 0) {
    const position = trimPunct(text.slice(0, index));
    if (position) return { position, unit: trimPunct(text.slice(index)) };
  }
  if (atStart) return { position: '', unit: trimPunct(text) };
  return { position: text, unit: '' };
}

/**
 * Repairs a phone cell: digits only, +84/84 → 0, a missing leading 0 added back (Excel drops it
 * when the number is stored as a number). Several numbers stay, joined by " / ".
 */
export function repairPhone(raw: string): { phone: string; fixes: string[] } {
  const text = normalizeText(raw);
  if (!text) return { phone: '', fixes: [] };
  const fixes = new Set<string>();
  const parts = text.split(/\s*(?:[/;,|]|\s-\s|\s{2,}|hoặc)\s*/u).filter(Boolean);
  const out = parts.map((part) => {
    const plus = part.trim().startsWith('+');
    let digits = part.replace(/[^\d]/g, '');
    if (!digits || digits.length < 6) return normalizeText(part);
    if (digits !== part.trim()) fixes.add('Bỏ dấu cách, dấu chấm trong số điện thoại');
    if ((plus || digits.length >= 11) && digits.startsWith('84') && digits.length >= 11 && digits.length <= 12) {
      digits = '0' + digits.slice(2);
      fixes.add('Đổi +84 thành 0 ở số điện thoại');
    } else if (!digits.startsWith('0') && (digits.length === 9 || digits.length === 10)) {
      digits = '0' + digits;
      fixes.add('Thêm số 0 đầu số điện thoại');
    }
    return digits;
  });
  return { phone: out.join(' / '), fixes: [...fixes] };
}
