/**
 * An agency's name inside a sentence. The header prints the inviting body in capitals ("ỦY BAN NHÂN
 * DÂN TỈNH LẠNG SƠN"); the body text writes it as a name ("Ủy ban nhân dân tỉnh Lạng Sơn trân trọng
 * kính mời:"): the type word and its function words capitalised, a level word before a place name in
 * lower case, the place name in title case, abbreviations kept. Pure.
 */
import { normalizeText } from './normalize';

const lower = (s: string) => s.toLocaleLowerCase('vi');
const cap = (w: string) => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w);

/** Names written with their own capitals (lower case key → as written). Longest first. */
const PHRASES: [string, string][] = (
  [
    ['ủy ban mặt trận tổ quốc việt nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['bộ chỉ huy bộ đội biên phòng', 'Bộ Chỉ huy Bộ đội Biên phòng'],
    ['bộ chỉ huy quân sự', 'Bộ Chỉ huy Quân sự'],
    ['ban chỉ huy quân sự', 'Ban Chỉ huy Quân sự'],
    ['đảng ủy quân sự', 'Đảng ủy Quân sự'],
    ['ủy ban nhân dân', 'Ủy ban nhân dân'],
    ['hội đồng nhân dân', 'Hội đồng nhân dân'],
    ['đoàn đại biểu quốc hội', 'Đoàn đại biểu Quốc hội'],
    ['bộ tư lệnh', 'Bộ Tư lệnh'],
    ['quân khu', 'Quân khu'],
    ['văn phòng', 'Văn phòng'],
    ['công an', 'Công an'],
    ['tỉnh ủy', 'Tỉnh ủy'],
    ['huyện ủy', 'Huyện ủy'],
    ['thành ủy', 'Thành ủy'],
    ['đảng ủy', 'Đảng ủy'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Agency types whose next word is capitalised ("Sở Tài chính", "Ban Nội chính", "Bộ Quốc phòng"). */
const TYPES = new Set([
  'sở',
  'ban',
  'phòng',
  'cục',
  'chi cục',
  'bộ',
  'trung tâm',
  'trường',
  'viện',
  'hội',
  'liên đoàn',
  'báo',
  'đài',
]);
const LEVELS = ['thành phố', 'thị trấn', 'thị xã', 'xã', 'phường', 'huyện', 'quận', 'tỉnh'];
const ABBR = /^(UBND|HĐND|MTTQ|CHQS|BCH|BĐBP|ĐBQH|TW|QK\d*|CT-XH|VN|\d+)$/;

/** True when the text has letters and none of them is lower case ("BỘ CHỈ HUY QUÂN SỰ TỈNH"). */
const allCaps = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');

/**
 * "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân dân tỉnh Lạng Sơn"; "SỞ NGOẠI VỤ" → "Sở Ngoại vụ";
 * "BỘ CHỈ HUY QUÂN SỰ TỈNH" → "Bộ Chỉ huy Quân sự tỉnh"; "UBND TỈNH" → "UBND tỉnh". A name already
 * typed in mixed case is kept as typed (lines joined).
 */
export function bodyNameInText(name: string): string {
  const n = normalizeText(name.replace(/\r?\n/g, ' '));
  if (!allCaps(n)) return n;
  const raw = n.split(' ');
  const words = raw.map((w) => (ABBR.test(w) ? w : lower(w)));
  const out: string[] = [];
  let i = 0;
  let afterLevel = false;
  while (i < words.length) {
    if (afterLevel) {
      out.push(ABBR.test(words[i]) ? words[i] : cap(words[i]));
      i++;
      continue;
    }
    const phrase = PHRASES.find(([k]) => words.slice(i, i + k.split(' ').length).join(' ') === k);
    if (phrase) {
      out.push(phrase[1]);
      i += phrase[0].split(' ').length;
      continue;
    }
    const level = LEVELS.find((l) => words.slice(i, i + l.split(' ').length).join(' ') === l);
    if (level && i + level.split(' ').length < words.length) {
      out.push(level);
      i += level.split(' ').length;
      afterLevel = true;
      continue;
    }
    const type = [...TYPES].find((t) => words.slice(i, i + t.split(' ').length).join(' ') === t);
    if (type && i === 0) {
      const k = type.split(' ').length;
      out.push(cap(type));
      if (words[i + k]) out.push(cap(words[i + k]));
      i += k + 1;
      continue;
    }
    out.push(words[i]);
    i++;
  }
  const text = out.join(' ');
  return cap(text);
}
