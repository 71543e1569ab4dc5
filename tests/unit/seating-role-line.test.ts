/**
 * Name cards, badges, the seating list and chart, the seat tooltip and the check-in board write a
 * position and a unit by the one rule (shared/text/position-unit): no doubled words, no capital "Xã".
 */
import { describe, expect, it } from 'vitest';
import { cardName, cardSegments, roleLine } from '../../shared/seating/names';
import { positionUnit } from '../../shared/programme/spoken';

const person = (position: string, unit: string, fullName = 'Nguyễn Văn An') => ({
  fullName,
  rank: '',
  position,
  unit,
  category: '',
});

describe('role line on name cards, badges, lists and the chart', () => {
  it('joins position and unit without doubled words', () => {
    expect(roleLine(person('Trưởng ban', 'Ban Nội chính Tỉnh ủy'))).toBe('Trưởng Ban Nội chính Tỉnh ủy');
    expect(roleLine(person('Chánh Văn phòng', 'Văn phòng Đoàn ĐBQH tỉnh'))).toBe('Chánh Văn phòng Đoàn ĐBQH tỉnh');
    expect(roleLine(person('Giám đốc Sở Tài chính', 'Sở Tài chính'))).toBe('Giám đốc Sở Tài chính');
    expect(roleLine(person('Trưởng Công an xã', 'Xã Mẫu Sơn'))).toBe('Trưởng Công an xã Mẫu Sơn');
    expect(roleLine(person('Phó Tư lệnh', 'Quân khu 1'))).toBe('Phó Tư lệnh Quân khu 1');
    expect(roleLine(person('', 'Sở Tư pháp'))).toBe('Sở Tư pháp');
  });

  it('writes a placeholder by its unit only (its position is on the main line)', () => {
    expect(roleLine(person('Đại diện lãnh đạo', 'Sở Tư pháp', ''))).toBe('Sở Tư pháp');
  });

  it("joins a placeholder's main line by the rule and breaks it only between position and unit", () => {
    const p = person('Chánh Văn phòng', 'Văn phòng UBND tỉnh', '');
    expect(cardName(p, true)).toBe('Chánh Văn phòng UBND tỉnh');
    expect(cardSegments(p, true)).toEqual(['Chánh', 'Văn phòng UBND tỉnh']);
    const q = person('Đại diện lãnh đạo', 'Xã Mẫu Sơn', '');
    expect(cardName(q, true)).toBe('Đại diện lãnh đạo xã Mẫu Sơn');
    expect(cardSegments(q, true)).toEqual(['Đại diện lãnh đạo', 'xã Mẫu Sơn']);
    const r = person('Trưởng ban', 'Ban Nội chính Tỉnh ủy', '');
    expect(cardSegments(r, true)).toEqual(['Trưởng', 'Ban Nội chính Tỉnh ủy']);
    expect(cardSegments(r, true).join(' ')).toBe(cardName(r, true));
  });

  it('keeps rank and name as the named card pieces', () => {
    expect(cardSegments({ ...person('Chính ủy', 'Bộ CHQS tỉnh'), rank: 'Đại tá' }, true)).toEqual([
      'Đại tá',
      'Nguyễn Văn An',
    ]);
  });
});

describe("check-in board's absent leaders", () => {
  it('uses the same rule', () => {
    expect(positionUnit({ position: 'Trưởng ban', unit: 'Ban Nội chính Tỉnh ủy' })).toBe(
      'Trưởng Ban Nội chính Tỉnh ủy',
    );
    expect(positionUnit({ position: 'Chánh Văn phòng', unit: 'Văn phòng Đoàn ĐBQH tỉnh' })).toBe(
      'Chánh Văn phòng Đoàn ĐBQH tỉnh',
    );
  });
});
