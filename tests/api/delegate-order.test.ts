/**
 * The delegate list keeps its order (#14): a delegate added by hand lands at the end of his own
 * section, the rank typed in the name is split out and a phone without its 0 gets it back; a second
 * import puts each row in its existing section; sorting a section by rank never scatters it; search
 * ranks people with a typed rank first and ignores a typed "Đ/c".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

let core: Core;
let conferenceId: string;

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');
const order = async () =>
  (await call(core, 'delegate.list', { conferenceId })).items.map(
    (d) => `${d.category}|${d.rank ? `${d.rank} ` : ''}${d.fullName}`,
  );

beforeEach(async () => {
  core = await freshCore();
  conferenceId = (await call(core, 'conference.create', { title: 'Hội nghị' })).id;
  await call(core, 'delegate.import', {
    conferenceId,
    fileName: 'ds.csv',
    contentBase64: csv([
      'STT;Họ và tên;Chức vụ;Đơn vị;Thành phần',
      '1;Thiếu tướng Hoàng Quang Thắng;Phó Tư lệnh;Quân khu 1;Khách mời',
      '2;Đại tá Lê Văn Ba;Chính ủy;Bộ CHQS tỉnh;Khách mời',
      '3;Nguyễn Văn Sơn;Giám đốc;Sở Tài chính;Sở, ngành',
      '4;Trần Thị Hoa;Giám đốc;Sở Y tế;Sở, ngành',
      '5;Lý Văn Tạ;Chủ tịch;UBND xã Mẫu Sơn;Địa phương',
    ]),
  });
});

describe('a delegate added by hand', () => {
  it('lands at the end of his own section with the rank split out and the phone repaired', async () => {
    const d = await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Đ/c Thượng tá Phạm Văn Đài', category: 'Khách mời', phone: '912345678' },
    });
    expect(d).toMatchObject({ fullName: 'Phạm Văn Đài', rank: 'Thượng tá', phone: '0912345678', precedence: 3 });
    expect(await order()).toEqual([
      'Khách mời|Thiếu tướng Hoàng Quang Thắng',
      'Khách mời|Đại tá Lê Văn Ba',
      'Khách mời|Thượng tá Phạm Văn Đài',
      'Sở, ngành|Nguyễn Văn Sơn',
      'Sở, ngành|Trần Thị Hoa',
      'Địa phương|Lý Văn Tạ',
    ]);
    // A new section goes to the end; the form may still say where.
    const e = await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Vũ Văn Mới', category: 'Phóng viên' },
    });
    expect(e.precedence).toBe(7);
  });
});

describe('a second import', () => {
  it('puts each row in its existing section', async () => {
    await call(core, 'delegate.import', {
      conferenceId,
      fileName: 'bo-sung.csv',
      contentBase64: csv([
        'STT;Họ và tên;Chức vụ;Đơn vị;Thành phần',
        '1;Đỗ Văn Hải;Giám đốc;Sở Xây dựng;Sở, ngành',
        '2;Trung tá Vi Văn Năm;Phó Chỉ huy trưởng;Bộ CHQS tỉnh;Khách mời',
        '3;Hà Thị Lan;Phóng viên;Báo Lạng Sơn;Phóng viên',
      ]),
    });
    expect(await order()).toEqual([
      'Khách mời|Thiếu tướng Hoàng Quang Thắng',
      'Khách mời|Đại tá Lê Văn Ba',
      'Khách mời|Trung tá Vi Văn Năm',
      'Sở, ngành|Nguyễn Văn Sơn',
      'Sở, ngành|Trần Thị Hoa',
      'Sở, ngành|Đỗ Văn Hải',
      'Địa phương|Lý Văn Tạ',
      'Phóng viên|Hà Thị Lan',
    ]);
    // Undo removes the import and puts the list back as it was.
    await call(core, 'delegate.undo', { conferenceId });
    expect(await order()).toHaveLength(5);
    expect((await order())[2]).toBe('Sở, ngành|Nguyễn Văn Sơn');
  });
});

describe('sorting a section by rank', () => {
  it('gathers a scattered section where it starts', async () => {
    // A member left at the bottom (as hand-added rows used to be): precedence 6, after another section.
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Trịnh Văn Cả', rank: 'Đại tá', category: 'Khách mời' },
      precedence: 6,
    });
    expect((await order())[5]).toBe('Khách mời|Đại tá Trịnh Văn Cả');
    await call(core, 'delegate.sortSection', { conferenceId, category: 'Khách mời', by: 'rank' });
    expect(await order()).toEqual([
      'Khách mời|Thiếu tướng Hoàng Quang Thắng',
      'Khách mời|Đại tá Lê Văn Ba',
      'Khách mời|Đại tá Trịnh Văn Cả',
      'Sở, ngành|Nguyễn Văn Sơn',
      'Sở, ngành|Trần Thị Hoa',
      'Địa phương|Lý Văn Tạ',
    ]);
  });
});

describe('search', () => {
  it('puts people with a typed rank first and ignores a typed "Đ/c"', async () => {
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Lương Văn Đài', category: 'Địa phương' },
    });
    const hits = (await call(core, 'delegate.search', { conferenceId, query: 'dai ta' })).items.map((d) => d.fullName);
    expect(hits[0]).toBe('Lê Văn Ba');
    const dc = (await call(core, 'delegate.search', { conferenceId, query: 'Đ/c Nguyễn Văn Sơn' })).items.map(
      (d) => d.fullName,
    );
    expect(dc[0]).toBe('Nguyễn Văn Sơn');
    const dc2 = (await call(core, 'delegate.search', { conferenceId, query: 'đồng chí tran thi hoa' })).items.map(
      (d) => d.fullName,
    );
    expect(dc2[0]).toBe('Trần Thị Hoa');
  });
});
