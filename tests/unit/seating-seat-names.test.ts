/** The names tried in a seat box, most complete first (shared/seating/names.ts seatNameChoices). */
import { describe, expect, it } from 'vitest';
import { seatNameChoices } from '../../shared/seating/names';

const p = (fullName: string, rank = '', unit = 'Sở Tư pháp', position = 'Giám đốc') => ({
  fullName,
  rank,
  unit,
  position,
});

describe('seatNameChoices', () => {
  it('a ranked person: rank and given name (the rank never broken), then the given name', () => {
    expect(seatNameChoices(p('Mã Thế Tâm', 'Thiếu tướng'))).toEqual(['Thiếu\u00a0tướng Tâm', 'Tâm']);
  });
  it('an unranked person: full name, family + initials + given name, given name', () => {
    expect(seatNameChoices(p('Nguyễn Thị Hoàng Minh Nguyệt'))).toEqual([
      'Nguyễn Thị Hoàng Minh Nguyệt',
      'Nguyễn T. H. M. Nguyệt',
      'Nguyệt',
    ]);
    expect(seatNameChoices(p('Nguyễn Văn Việt'))).toEqual(['Nguyễn Văn Việt', 'Nguyễn V. Việt', 'Việt']);
    expect(seatNameChoices(p('Đinh Đức'))).toEqual(['Đinh Đức', 'Đức']);
  });
  it('a placeholder: the unit in its short form, never the last two words', () => {
    expect(seatNameChoices(p('', '', 'Viện Kiểm sát nhân dân tỉnh'))).toEqual(['VKSND tỉnh']);
  });
});
