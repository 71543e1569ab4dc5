import { describe, expect, it } from 'vitest';
import { joinPositionUnit, nameWithRole, unitMidLine } from '../../shared/text/position-unit';
import { addresseeLine } from '../../shared/documents/invitation';
import { writtenName, spokenName, titleOfUnit } from '../../shared/programme/spoken';

describe('joinPositionUnit — one rule for position + unit', () => {
  it.each([
    ['Trưởng ban', 'Ban Nội chính Tỉnh ủy', 'Trưởng Ban Nội chính Tỉnh ủy'],
    ['Chánh Văn phòng', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh'],
    ['Trưởng Công an xã', 'Xã Mẫu Sơn', 'Trưởng Công an xã Mẫu Sơn'],
    ['Chủ tịch UBND', 'Xã Mẫu Sơn', 'Chủ tịch UBND xã Mẫu Sơn'],
    ['Chủ tịch UBND', 'Thành phố Lạng Sơn', 'Chủ tịch UBND thành phố Lạng Sơn'],
    ['Bí thư', 'Tỉnh ủy Lạng Sơn', 'Bí thư Tỉnh ủy Lạng Sơn'],
    ['Bí thư Tỉnh ủy', 'Tỉnh ủy Lạng Sơn', 'Bí thư Tỉnh ủy Lạng Sơn'],
    ['Giám đốc Sở Tài chính', 'Sở Tài chính', 'Giám đốc Sở Tài chính'],
    ['Chỉ huy trưởng', 'Bộ CHQS tỉnh', 'Chỉ huy trưởng Bộ CHQS tỉnh'],
    ['Trưởng phòng', 'Phòng Tham mưu', 'Trưởng Phòng Tham mưu'],
    ['Chỉ huy trưởng Ban CHPTKV', 'Ban CHPTKV1 - Thất Khê', 'Chỉ huy trưởng Ban CHPTKV1 - Thất Khê'],
    ['Lãnh đạo Sở', 'Sở Xây dựng', 'Lãnh đạo Sở Xây dựng'],
    ['Phó Giám đốc', '', 'Phó Giám đốc'],
    ['', 'Sở Tài chính', 'Sở Tài chính'],
    ['Chánh  Văn phòng,', ' Văn phòng UBND tỉnh', 'Chánh Văn phòng UBND tỉnh'],
  ])('%s + %s → %s', (p, u, want) => {
    expect(joinPositionUnit(p, u)).toBe(want);
  });

  it('keeps agency capitals and lowers a level before a place name', () => {
    expect(unitMidLine('Tỉnh đoàn Lạng Sơn')).toBe('Tỉnh đoàn Lạng Sơn');
    expect(unitMidLine('Huyện Cao Lộc')).toBe('huyện Cao Lộc');
    expect(unitMidLine('Thị trấn Đồng Đăng')).toBe('thị trấn Đồng Đăng');
  });

  it('is the rule the letters, the lists and the MC use', () => {
    const d = {
      salutation: '',
      rank: '',
      fullName: 'Nguyễn Văn Hùng',
      position: 'Trưởng ban',
      unit: 'Ban Nội chính Tỉnh ủy',
    };
    expect(addresseeLine(d)).toBe('Đồng chí Nguyễn Văn Hùng, Trưởng Ban Nội chính Tỉnh ủy');
    expect(writtenName(d)).toBe('Nguyễn Văn Hùng, Trưởng Ban Nội chính Tỉnh ủy');
    expect(spokenName({ ...d, position: 'Trưởng Công an xã', unit: 'Xã Mẫu Sơn' })).toBe(
      'Đồng chí Nguyễn Văn Hùng, Trưởng Công an xã Mẫu Sơn',
    );
    expect(titleOfUnit('Chánh Văn phòng', 'Văn phòng Đoàn ĐBQH tỉnh')).toBe('Chánh Văn phòng Đoàn ĐBQH tỉnh');
    expect(nameWithRole('Đại tá Nguyễn Văn A', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh')).toBe(
      'Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh',
    );
  });
});
