/** dnd-kit screen-reader texts in Vietnamese, plus a modifier that keeps drags vertical. */
import type { Announcements, Modifier, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Delegate } from '../../../shared/models/delegate';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'Để đổi thứ tự: nhấn Space để nhấc dòng, dùng phím mũi tên lên hoặc xuống để di chuyển, ' +
    'nhấn Space lần nữa để thả, hoặc Escape để hủy.',
};

/** `view()` gives the rows in their current order when the announcement is made. */
export function makeAnnouncements(view: () => Delegate[]): Announcements {
  const info = (id: UniqueIdentifier) => {
    const rows = view();
    const i = rows.findIndex((d) => d.id === id);
    const d = rows[i];
    const name = d ? d.fullName || d.position || 'dòng chưa có tên' : 'dòng';
    return { name, pos: i + 1, total: rows.length };
  };
  return {
    onDragStart({ active }) {
      const a = info(active.id);
      return (
        `Đã nhấc ${a.name}, đang ở vị trí ${a.pos} trên ${a.total}. ` +
        'Dùng phím mũi tên để di chuyển, Space để thả, Escape để hủy.'
      );
    },
    onDragOver({ active, over }) {
      const a = info(active.id);
      if (!over) return `${a.name} không còn ở trên danh sách.`;
      return `${a.name} được đưa tới vị trí ${info(over.id).pos} trên ${a.total}.`;
    },
    onDragEnd({ active, over }) {
      const a = info(active.id);
      if (!over) return `Đã thả ${a.name} ngoài danh sách, thứ tự không đổi.`;
      return `Đã thả ${a.name} vào vị trí ${info(over.id).pos} trên ${a.total}.`;
    },
    onDragCancel({ active }) {
      const a = info(active.id);
      return `Đã hủy kéo. ${a.name} trở về vị trí ${a.pos}.`;
    },
  };
}

/** Rows only move up and down. */
export const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });
