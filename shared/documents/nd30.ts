/**
 * The fixed parts of an administrative document per Nghị định 30/2020/NĐ-CP, as data (no renderer):
 * the two-column header, the number/symbol and place/date line, the signature block and "Nơi nhận".
 * electron/services/documents/nd30.ts renders them to DOCX; print views render them to HTML.
 * Reuse these for any document (kế hoạch, chương trình, báo cáo): only the body differs.
 */

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Header, number line and place/date line: everything above the document type. */
export interface Nd30Header {
  /** Cơ quan chủ quản, capitals, regular; "" when none. */
  parentBody: string;
  /** Cơ quan ban hành, capitals, bold, with the short rule under it. May hold "\n". */
  issuingBody: string;
  /** "Số: 15/GM-UBND" or "Số:      /GM-UBND". */
  numberLine: string;
  /** "Lạng Sơn, ngày 05 tháng 01 năm 2026" (italic). */
  placeDateLine: string;
}

/** Signature block (right) and Nơi nhận (left) at the foot of the document. */
export interface Nd30Signature {
  /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": bold capitals, one entry per line. */
  titleLines: string[];
  /** The signer's name, bold; printed below room for the signature and seal. */
  signerName: string;
  /** Lines under "Nơi nhận:" (11 pt), e.g. ["- Như trên;", "- Lưu: VT, PTM."]. Empty = no Nơi nhận. */
  recipients: string[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The place and date line. The decree: a day below 10 and the months 1 and 2 take a leading zero.
 * Without a date the day and month stay blank for the văn thư (the year is still printed).
 * @example placeDateLine('Lạng Sơn', '2026-01-05') → "Lạng Sơn, ngày 05 tháng 01 năm 2026"
 * @example placeDateLine('Lạng Sơn', '2025-10-08') → "Lạng Sơn, ngày 08 tháng 10 năm 2025"
 * @example placeDateLine('Lạng Sơn', null, 2025) → "Lạng Sơn, ngày      tháng      năm 2025"
 */
export function placeDateLine(placeName: string, isoDate: string | null, fallbackYear?: number): string {
  const place = placeName.trim() ? `${placeName.trim()}, ` : '';
  if (!isoDate) {
    const blank = '\u00a0'.repeat(6);
    return `${place}ngày ${blank}tháng ${blank}năm ${fallbackYear ?? ''}`.trimEnd();
  }
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const day = d < 10 ? pad2(d) : String(d);
  const month = m <= 2 ? pad2(m) : String(m);
  return `${place}ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * "Số: 15/GM-UBND"; a blank number leaves room for the văn thư.
 * @example numberLine('', 'GM-UBND') → "Số:       /GM-UBND"
 */
export function numberLine(num: string, symbol: string): string {
  const n = num.trim() || '\u00a0'.repeat(7);
  return symbol.trim() ? `Số: ${n}/${symbol.trim()}` : `Số: ${n}`;
}

/** Capitals as the decree writes the header (Vietnamese-aware upper case). */
export const upperVi = (s: string) => s.toLocaleUpperCase('vi');

/** Split a multi-line field into trimmed, non-empty lines. */
export const linesOf = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Weekday of a local date "YYYY-MM-DD" in Vietnamese (computed in UTC: no time-zone drift). */
export function weekdayVi(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/**
 * "07 giờ 30 phút, thứ Tư, ngày 08/10/2025" from "2025-10-08T07:30" (the giấy mời's Thời gian).
 * @example timeLine('2025-10-08T07:30') → "07 giờ 30 phút, thứ Tư, ngày 08/10/2025"
 */
export function timeLine(localDateTime: string | null): string {
  if (!localDateTime) return '';
  const [date, time] = localDateTime.split('T');
  const [y, m, d] = date.split('-');
  const when = `ngày ${d}/${m}/${y}`;
  const clock = time ? `${time.slice(0, 2)} giờ ${time.slice(3, 5)} phút, ` : '';
  return `${clock}${weekdayVi(date)}, ${when}`;
}

/** "08/10/2025" from "2025-10-08". */
export const dmy = (isoDate: string) => isoDate.slice(0, 10).split('-').reverse().join('/');

/**
 * Roman numerals for section headings of lists ("I. Khách mời", "II. Đại biểu tỉnh").
 * @example roman(4) → "IV"
 */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
