/**
 * What a screen reader hears while a delegate is dragged on the seating plan, in Vietnamese and by
 * name and seat label (dnd-kit's defaults are English and read the internal ids).
 */
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import type { SeatingModel } from './useSeating';

export function seatAnnouncements(m: SeatingModel): Announcements {
  const who = (data: Record<string, unknown> | undefined) => {
    const d = data?.delegateId ? m.byId.get(String(data.delegateId)) : undefined;
    return d ? [d.rank, d.fullName].filter(Boolean).join(' ') || d.position || 'đại biểu chưa có tên' : 'đại biểu';
  };
  const where = (id: UniqueIdentifier | undefined) => {
    if (id === undefined) return null;
    const s = String(id);
    if (s === 'unassigned') return 'danh sách chưa xếp chỗ';
    const seat = m.seats.find((x) => `s:${x.id}` === s);
    return seat ? `ghế ${seat.label}` : null;
  };
  return {
    onDragStart: ({ active }) => `Đã nhấc ${who(active.data.current)}.`,
    onDragOver: ({ active, over }) => {
      const w = where(over?.id);
      return w ? `${who(active.data.current)} đang ở trên ${w}.` : `${who(active.data.current)} không ở trên ghế nào.`;
    },
    onDragEnd: ({ active, over }) => {
      const w = where(over?.id);
      return w
        ? `Đã đặt ${who(active.data.current)} vào ${w}.`
        : `Đã thả ${who(active.data.current)}, chỗ ngồi không đổi.`;
    },
    onDragCancel: ({ active }) => `Đã hủy kéo ${who(active.data.current)}, chỗ ngồi không đổi.`,
  };
}
