/** No internal names on the data page: backup reasons, table names, audited actions and ids are shown in words. */
import { describe, expect, it } from 'vitest';
import { changeLines, reasonLabel, tableLabel } from '../../renderer/features/safety/labels';

describe('data page words', () => {
  it('names every backup reason and every stored table in Vietnamese, never by its code', () => {
    expect(reasonLabel('door-open')).toBe('Khi mở cửa điểm danh (trước lượt đầu tiên)');
    expect(reasonLabel('some-new-reason')).toBe('Khác');
    for (const t of [
      'seat_assignments',
      'seating_plans',
      'award_recipients',
      'checkin_walk_ins',
      'mc_script_edits',
      'conclusion_items',
    ]) {
      expect(tableLabel(t)).not.toMatch(/_/);
    }
    expect(tableLabel('seat_assignments')).toBe('Chỗ ngồi đã xếp');
    expect(tableLabel('x_future')).toBe('Dữ liệu khác');
  });
  it('writes a bulk change by the delegates\\u2019 names, not their ids', () => {
    const id = '0f3c9a1e-7b2d-4c55-9e11-2a7d4b8c6f00';
    const lines = changeLines(
      { [id]: { category: 'Khách mời' } },
      { category: 'Đại biểu tỉnh' },
      new Map([[id, 'Nguyễn Văn An']]),
    );
    expect(lines).toEqual(['Nguyễn Văn An: Thành phần Khách mời → Thành phần Đại biểu tỉnh']);
    expect(lines.join('')).not.toContain(id.slice(0, 8));
  });
});
