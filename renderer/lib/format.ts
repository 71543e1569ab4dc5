import { format, isValid, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

const parseLocal = (s: string | null | undefined): Date | null => {
  if (!s) return null;
  const d = parseISO(s);
  return isValid(d) ? d : null;
};

const hasTime = (s: string) => s.includes('T');

/** "thứ Tư, 08/10/2025" */
export function formatDate(s: string | null | undefined): string {
  const d = parseLocal(s);
  if (!d) return '';
  return `${WEEKDAYS[d.getDay()]}, ${format(d, 'dd/MM/yyyy', { locale: vi })}`;
}

/** "07:30, thứ Tư, 08/10/2025" (or the date alone when no time was given). */
export function formatDateTime(s: string | null | undefined): string {
  const d = parseLocal(s);
  if (!d || !s) return '';
  return hasTime(s) ? `${format(d, 'HH:mm', { locale: vi })}, ${formatDate(s)}` : formatDate(s);
}

/** "07:30 – 11:30, thứ Tư, 08/10/2025"; across days: both full. */
export function formatRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return end ? `đến ${formatDateTime(end)}` : '';
  if (!end) return formatDateTime(start);
  const a = parseLocal(start);
  const b = parseLocal(end);
  if (a && b && hasTime(start) && hasTime(end) && start.slice(0, 10) === end.slice(0, 10)) {
    return `${format(a, 'HH:mm')} – ${format(b, 'HH:mm')}, ${formatDate(start)}`;
  }
  return `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

/** 1234 → "1.234" */
export const formatNumber = (n: number) => n.toLocaleString('vi-VN');
