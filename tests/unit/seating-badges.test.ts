/** Badge type from data (never from a job title) and the badge's conference line (never cut mid-phrase). */
import { describe, expect, it } from 'vitest';
import { badgeTitle, badgeTypeOf, sectionBadgeType } from '../../shared/seating/names';

describe('badge type', () => {
  it('comes from the delegate, else the section setting, else the section name', () => {
    expect(badgeTypeOf({ category: 'Phóng viên, phục vụ', badgeType: 'Ban tổ chức' })).toBe('Ban tổ chức');
    expect(badgeTypeOf({ category: 'Tổ giúp việc', badgeType: '' }, { 'Tổ giúp việc': 'Phục vụ' })).toBe('Phục vụ');
    expect(sectionBadgeType('Khách mời Quân khu 1')).toBe('Khách mời');
    expect(sectionBadgeType('Cơ quan báo chí')).toBe('Phóng viên');
    expect(sectionBadgeType('Ban Tổ chức hội nghị')).toBe('Ban tổ chức');
    // An assistant or a clerk in a delegates' section is a delegate: the title is not read.
    expect(badgeTypeOf({ category: 'Đại biểu Bộ CHQS tỉnh', badgeType: '' })).toBe('Đại biểu');
  });
});

describe('badge title', () => {
  it('uses the short title, else the title up to a natural end', () => {
    expect(badgeTitle({ title: 'x', shortTitle: 'Hội nghị sơ kết Đề án 223' })).toBe('Hội nghị sơ kết Đề án 223');
    expect(
      badgeTitle({
        title:
          'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh về xây dựng khu vực phòng thủ tỉnh giai đoạn 2020 - 2025',
      }),
    ).toBe('Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND');
    expect(badgeTitle({ title: 'Hội nghị tổng kết công tác Quốc phòng địa phương năm 2023' })).toBe(
      'Hội nghị tổng kết công tác Quốc phòng địa phương năm 2023',
    );
  });
});

describe('seat box names', () => {
  it('show a placeholder by its whole unit in short office form, never a cut piece', async () => {
    const { shortName } = await import('../../shared/seating/names');
    expect(shortName({ fullName: '', position: 'Đại diện lãnh đạo', unit: 'Sở Tư pháp' })).toBe('Sở Tư pháp');
    expect(shortName({ fullName: '', position: 'Đại diện lãnh đạo', unit: 'Viện Kiểm sát nhân dân tỉnh' })).toBe(
      'VKSND tỉnh',
    );
  });

  it('show a named person as rank and given name, else the whole name — never the last two words', async () => {
    const { shortName } = await import('../../shared/seating/names');
    expect(shortName({ fullName: 'Nguyễn Văn Quân', rank: 'Đại tá', position: 'Chính ủy', unit: 'Bộ CHQS tỉnh' })).toBe(
      'Đại tá Quân',
    );
    expect(shortName({ fullName: 'Nguyễn Văn Khải', rank: '', position: 'Giám đốc', unit: 'Sở Tư pháp' })).toBe(
      'Nguyễn Văn Khải',
    );
    expect(shortName({ fullName: '  Hoàng   Quang Kiên ', position: 'Phóng viên', unit: 'Báo Quân khu 1' })).toBe(
      'Hoàng Quang Kiên',
    );
  });
});
