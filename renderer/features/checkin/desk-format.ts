import type { Delegate } from '../../../shared/models/delegate';

/** "07:42" in the hall's local time. */
export const hhmm = (iso: string) => new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
/** The host's own desk calls itself "admin": show it as the host machine. */
export const stationLabel = (s: string) => (s === 'admin' ? 'Máy chủ' : s);
/** "Đại tá Nguyễn Văn A", or the position for a placeholder. */
export const personName = (d: Pick<Delegate, 'fullName' | 'rank' | 'position'>) =>
  d.fullName ? [d.rank, d.fullName].filter(Boolean).join(' ') : d.position || '(chưa có tên)';
export const isBadgeCode = (s: string) => /^[0-9a-f]{12}$/i.test(s.trim());
export const OFFLINE_MESSAGE = 'Không kết nối được máy chủ ThuKy';
