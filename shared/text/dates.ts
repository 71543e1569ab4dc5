/**
 * Dates and times as Vietnamese offices type and read them: dd/mm/yyyy and 24-hour HH:MM, whatever the
 * browser's or the OS's language. The store keeps ISO ("2025-09-20", "07:30", "2025-09-20T07:30");
 * these pure functions convert both ways and say in Vietnamese what is wrong with a typed value.
 */

export type Parsed = { ok: true; value: string } | { ok: false; error: string };

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * "20/09/2025", "20-9-2025", "20.09.25", "20092025" → "2025-09-20". "" → "". Two-digit years are
 * 20xx. An already ISO value ("2025-09-20") is accepted too (pasted from a file).
 */
export function parseDateVi(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: '' };
  let d: number, m: number, y: number;
  const iso = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const vn = t.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/);
  const digits = t.match(/^(\d{2})(\d{2})(\d{4})$/);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (digits) [d, m, y] = [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  else return { ok: false, error: `Ngày "${t}" không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 20/09/2025` };
  if (y < 100) y += 2000;
  if (m < 1 || m > 12) return { ok: false, error: `Tháng ${m} không có: tháng phải từ 1 đến 12 (ngày/tháng/năm)` };
  if (y < 1900 || y > 2200) return { ok: false, error: `Năm ${y} không hợp lệ (ngày/tháng/năm, ví dụ 20/09/2025)` };
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return { ok: false, error: `Tháng ${m}/${y} không có ngày ${d} (chỉ có ${max} ngày)` };
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
}

/** "7:30", "07.30", "7h30", "7 giờ 30", "0730", "7" → "07:30" / "07:00" (24 giờ). "" → "". */
export function parseTimeVi(text: string): Parsed {
  const t = text.trim().toLowerCase();
  if (t === '') return { ok: true, value: '' };
  const m =
    t.match(/^(\d{1,2})\s*(?:[:.h]|giờ)\s*(\d{1,2})?\s*(?:phút|p)?$/) ??
    t.match(/^(\d{1,2})()$/) ??
    t.match(/^(\d{2})(\d{2})$/);
  if (!m)
    return {
      ok: false,
      error: `Giờ "${text.trim()}" không hợp lệ: ghi theo dạng giờ:phút (24 giờ), ví dụ 07:30 hoặc 14:00`,
    };
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 23) return { ok: false, error: `Giờ ${h} không có: giờ phải từ 0 đến 23 (ví dụ 14:00 cho 2 giờ chiều)` };
  if (min > 59) return { ok: false, error: `Phút ${min} không có: phút phải từ 0 đến 59` };
  return { ok: true, value: `${pad(h)}:${pad(min)}` };
}

/** "2025-09-20" (or "2025-09-20T07:30") → "20/09/2025"; anything else → "". */
export function formatDateVi(iso: string | null | undefined): string {
  const m = (iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "2025-09-20T07:30" or "07:30" → "07:30"; anything else → "". */
export function formatTimeVi(value: string | null | undefined): string {
  const m = (value ?? '').match(/(?:^|T)(\d{2}):(\d{2})/);
  return m ? `${m[1]}:${m[2]}` : '';
}

/** Today as ISO in the machine's local time (the hall's time). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A warning when an ISO date lies before today ("" when fine or empty). */
export function pastDateWarning(iso: string, now: Date = new Date()): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  return iso.slice(0, 10) < todayIso(now) ? `Ngày ${formatDateVi(iso)} đã qua — kiểm tra lại nếu không cố ý` : '';
}

/**
 * While typing: keep digits and separators; a "/" follows the day and the month as soon as they have
 * two digits ("20" → "20/", "20/09" → "20/09/"), digits typed or pasted without separators are split
 * ("20092025" → "20/09/2025"). Deleting never re-inserts. At most 10 characters.
 */
export function maskDateTyping(prev: string, next: string): string {
  const t = next.replace(/[^\d/.-]/g, '').replace(/([/.-])[/.-]+/g, '$1');
  if (/^\d{3,8}$/.test(t)) {
    return t.length <= 4 ? `${t.slice(0, 2)}/${t.slice(2)}` : `${t.slice(0, 2)}/${t.slice(2, 4)}/${t.slice(4)}`;
  }
  const grew = t.length > prev.length;
  if (grew && (/^\d{2}$/.test(t) || /^\d{1,2}[/.-]\d{2}$/.test(t))) return `${t}/`;
  return t.slice(0, 10);
}
