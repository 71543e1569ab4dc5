import type { Delegate } from '../../../shared/models/delegate';
import { foldDiacritics } from '../../../shared/text/normalize';
import { ApiError } from '../../api/client';

const HHMM = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
/** "07:42" in the hall's local time (one formatter: it is on the scan's path). */
export const hhmm = (iso: string) => HHMM.format(new Date(iso));
/** The host's own desk calls itself "admin": show it as the host machine. */
export const stationLabel = (s: string) => (s === 'admin' ? 'Máy chủ' : s);
/** "Đại tá Nguyễn Văn A", or the position for a placeholder. */
export const personName = (d: Pick<Delegate, 'fullName' | 'rank' | 'position'>) =>
  d.fullName ? [d.rank, d.fullName].filter(Boolean).join(' ') : d.position || '(chưa có tên)';
export const isBadgeCode = (s: string) => /^[0-9a-f]{12}$/i.test(s.trim());
export const OFFLINE_MESSAGE = 'Không kết nối được máy chủ ThuKy';
export const isOffline = (e: unknown) => e instanceof ApiError && e.message === OFFLINE_MESSAGE;

export interface Feedback {
  /** choose: several people match what was typed; nobody was checked in. */
  tone: 'ok' | 'repeat' | 'error' | 'queued' | 'choose';
  title: string;
  detail: string;
  at: string;
  /** The seat from the seating plan, when there is one ("Khu A, hàng 3, ghế 5"). */
  seat?: string;
  /** Who the feedback is about: the desk's "In thẻ" and "Sửa tên/chức vụ" act on this person. */
  delegate?: Delegate;
}
export interface Conflict {
  label: string;
  station: string;
  at: string;
}

/** Offline search over the last delegate list: every typed word must start a word of the entry. */
export function searchDelegates(delegates: Iterable<Delegate>, text: string, limit: number): Delegate[] {
  const words = foldDiacritics(text).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: Delegate[] = [];
  for (const d of delegates) {
    const key = foldDiacritics([d.fullName, d.rank, d.position, d.unit].join(' ')).split(/\s+/);
    if (words.every((w) => key.some((k) => k.startsWith(w)))) out.push(d);
    if (out.length >= limit) break;
  }
  return out;
}
