import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseDelegateFile } from '../../electron/services/delegate/import/parse-delegate-file';
import { encodeTcvn3, encodeVni } from '../fixtures/legacy-encoders';
import { FIXTURES, byRow, fails, fixture, parse, people, xlsx } from '../fixtures/import-helpers';

describe('kit sample: sample-delegates-tuyen-quang.xlsx', () => {
  it('finds the header under the title, the sections and all 23 invitations', async () => {
    const p = await parse('sample-delegates-tuyen-quang.xlsx', fixture('sample-delegates-tuyen-quang.xlsx'));
    expect(p.sheet).toBe('Danh sach');
    expect(p.sheets).toEqual(['Danh sach']);
    expect(p.headerRow).toBe(4);
    expect(p.encoding).toBe('utf-8');
    expect(p.encodingNote).toBe('Tệp dùng mã Unicode (UTF-8).');
    expect(p.columns).toEqual([
      { letter: 'A', header: 'TT', field: 'stt' },
      { letter: 'B', header: 'Họ và tên', field: 'fullName' },
      { letter: 'C', header: 'Chức vụ, đơn vị', field: 'positionUnit' },
      { letter: 'D', header: 'Ghi chú', field: 'note' },
    ]);
    expect(p.rows.filter((r) => r.fate === 'section').map((r) => [r.row, r.delegate])).toEqual([
      [5, null],
      [11, null],
      [26, null],
    ]);
    expect(p.counts).toEqual({ import: 23, section: 3, skip: 0, duplicate: 0 });
    const got = people(p).map((r) => [
      r.row,
      r.delegate!.fullName,
      r.delegate!.rank,
      r.delegate!.position,
      r.delegate!.unit,
      r.delegate!.category,
    ]);
    const A = 'KHÁCH MỜI',
      B = 'ĐẠI BIỂU TRIỆU TẬP',
      C = 'PHÓNG VIÊN, PHỤC VỤ';
    expect(got).toEqual([
      [6, 'Bùi Đình Quân', 'Thiếu tướng', 'Phó Tư lệnh', 'Quân khu 2', A],
      [7, 'Hà Khắc Phúc', 'Đại tá', 'Phó Chủ nhiệm Chính trị', 'Quân khu 2', A],
      [8, 'Quan Tuấn Bình', '', 'Phó Bí thư Thường trực', 'Tỉnh ủy', A],
      [9, 'Hà Thị Cường', '', 'Chủ tịch', 'HĐND tỉnh', A],
      [10, 'Hà Văn Mai', '', 'Phó Chủ tịch', 'UBND tỉnh', A],
      [12, 'Nguyễn Văn Trường', '', 'Phó Giám đốc', 'Sở Kế hoạch và Đầu tư', B],
      [13, 'Lý Văn Thảo', '', 'Giám đốc', 'Sở Giao thông vận tải', B],
      [14, 'Quan Văn Việt', '', 'Giám đốc', 'Sở Xây dựng', B],
      [15, 'Lý Khắc Việt', '', 'Phó Giám đốc', 'Sở Y tế', B],
      [16, 'Lý Văn Mai', '', 'Phó Giám đốc', 'Công an tỉnh', B],
      [17, 'Ngô Ngọc Lộc', '', 'Chính trị viên', 'Bộ CHQS tỉnh', B],
      [18, 'Quan Bá Hưng', '', 'Chỉ huy trưởng', 'Ban CHQS huyện Yên Sơn', B],
      [19, 'Vũ Đình Việt', '', 'Chính trị viên', 'Ban CHQS huyện Hàm Yên', B],
      [20, 'Lý Bá Mai', '', 'Chính trị viên', 'Ban CHQS huyện Chiêm Hóa', B],
      [21, 'Trần Bá Phúc', '', 'Chỉ huy trưởng', 'Ban CHQS huyện Na Hang', B],
      [22, 'Vũ Văn Vinh', '', 'Chỉ huy trưởng', 'Ban CHQS huyện Lâm Bình', B],
      [23, 'Quan Bá Thảo', '', 'Chính trị viên', 'Ban CHQS huyện Sơn Dương', B],
      [24, 'Đỗ Ngọc Thảo', '', 'Chính trị viên', 'Trung đoàn 247', B],
      [25, '', '', 'Đại diện lãnh đạo', 'Sở Tài chính', B],
      [27, 'Lê Bá Nam', '', 'Phóng viên', 'Báo Tuyên Quang', C],
      [28, 'Tạ Khắc Nhung', '', 'Phóng viên', 'Đài PT-TH tỉnh', C],
      [29, 'Đỗ Đình Lộc', '', 'Nhân viên phục vụ', 'Văn phòng UBND tỉnh', C],
      [30, 'Phạm Bá Nam', '', 'Nhân viên phục vụ', 'Văn phòng UBND tỉnh', C],
    ]);
    const count = (cat: string) => got.filter((g) => g[5] === cat).length;
    expect([count(A), count(B), count(C)]).toEqual([5, 14, 4]);
    expect(byRow(p, 6).fixes).toContain('Tách cấp bậc từ họ tên');
    expect(byRow(p, 12).delegate!.note).toBe('Cử người dự thay');
    expect(byRow(p, 25).fate).toBe('import');
    expect(byRow(p, 25).delegate!.note).toBe('Chưa có tên');
    expect(byRow(p, 5).cells).toEqual({ A: 'A', B: 'KHÁCH MỜI', C: '', D: '' });
  });

  it('honours mapping overrides: ignored column, header row, no name column', async () => {
    const bytes = fixture('sample-delegates-tuyen-quang.xlsx');
    const p = await parse('ds.xlsx', bytes, { columns: { D: 'ignore' }, headerRow: 4, sheet: 'Danh sach' });
    expect(p.columns[3]).toEqual({ letter: 'D', header: 'Ghi chú', field: 'ignore' });
    expect(byRow(p, 12).delegate!.note).toBe('');
    const e = await fails(parseDelegateFile('ds.xlsx', bytes, { columns: { B: 'ignore', C: 'ignore' } }));
    expect(e.message).toContain('chưa có cột nào là Họ và tên hoặc Chức vụ/Đơn vị');
    expect(e.details).toMatchObject({ file: 'ds.xlsx', row: 4 });
    const missing = await fails(parseDelegateFile('ds.xlsx', bytes, { sheet: 'Sheet9' }));
    expect(missing.message).toBe('Tệp "ds.xlsx" không có trang "Sheet9" (có: "Danh sach")');
  });
});

describe('kit sample: sample-delegates-vni.csv', () => {
  it('converts VNI and matches the expected UTF-8 text cell by cell', async () => {
    const p = await parse('sample-delegates-vni.csv', fixture('sample-delegates-vni.csv'));
    const expected = fs
      .readFileSync(path.join(FIXTURES, 'sample-delegates-vni.expected.txt'), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean)
      .map((l) => l.split(';'));
    expect(p.encoding).toBe('vni');
    expect(p.encodingNote).toBe('Phát hiện mã VNI theo nội dung; đã chuyển sang Unicode.');
    expect(p.headerRow).toBe(1);
    expect(p.columns.map((c) => c.header)).toEqual(expected[0]);
    expect(p.columns.map((c) => c.field)).toEqual(['stt', 'fullName', 'position', 'unit']);
    expect(p.rows).toHaveLength(expected.length - 1);
    p.rows.forEach((r, i) => expect(Object.values(r.cells)).toEqual(expected[i + 1]));
    expect(p.rows.every((r) => r.fate === 'import' && r.fixes.includes('Chuyển mã VNI'))).toBe(true);
    expect(
      people(p)
        .map((r) => [r.delegate!.fullName, r.delegate!.rank, r.delegate!.position, r.delegate!.unit])
        .slice(0, 3),
    ).toEqual([
      ['Bùi Đình Quân', 'Thiếu tướng', 'Phó Tư lệnh', 'Quân khu 2'],
      ['Hà Khắc Phúc', 'Đại tá', 'Phó Chủ nhiệm Chính trị', 'Quân khu 2'],
      ['Quan Tuấn Bình', '', 'Phó Bí thư Thường trực', 'Tỉnh ủy'],
    ]);
  });

  it('forced encodings: VNI again gives the same text, UTF-8 leaves it unconverted', async () => {
    const bytes = fixture('sample-delegates-vni.csv');
    const vni = await parse('a.csv', bytes, { encoding: 'vni' });
    expect(vni.rows[0].cells.B).toBe('Thiếu tướng Bùi Đình Quân');
    expect(vni.encodingNote).toBe('Đọc tệp theo mã VNI theo lựa chọn.');
    const e = await fails(parseDelegateFile('a.csv', bytes, { encoding: 'utf-8' }));
    expect(e.message).toContain('Không tìm thấy dòng tiêu đề');
  });
});

describe('legacy encodings in .xlsx', () => {
  const tc = (s: string, font = '.VnTime') => ({ v: encodeTcvn3(s), font });
  it('TCVN3 in .VnTime (and caps in .VnTimeH), with title rows and a numeric phone', async () => {
    const bytes = await xlsx({
      Sheet1: {
        rows: [
          [tc('ủy ban nhân dân tỉnh', '.VnTimeH')],
          [tc('DANH SÁCH ĐẠI BIỂU', '.VnTimeH')],
          [],
          [
            'STT',
            tc('Họ và tên'),
            tc('Chức vụ'),
            tc('Đơn vị'),
            tc('Điện thoại'),
            { v: 'Ghi chú', font: 'Times New Roman' },
          ],
          [tc('a. khách mời', '.VnTimeH')],
          [
            1,
            tc('Thiếu tướng Bùi Đình Quân'),
            tc('Phó Tư lệnh'),
            tc('Quân khu 2'),
            912345678,
            { v: 'Lê Bá', font: 'Times New Roman' },
          ],
          [
            2,
            tc('Trương Thị Hường'),
            tc('Trưởng phòng'),
            tc('Sở Tư pháp'),
            '0987 654 321',
            { v: 'Cử người dự thay', font: 'Arial' },
          ],
        ],
      },
    });
    const p = await parse('tcvn3.xlsx', bytes);
    expect(p.encoding).toBe('tcvn3');
    expect(p.encodingNote).toBe(
      'Phát hiện mã TCVN3 (ABC) (phông .VnTime); đã chuyển sang Unicode. Chữ ở phông chữ hoa (.VnTimeH) được chuyển thành chữ in hoa.',
    );
    expect(p.headerRow).toBe(4);
    expect(p.columns.map((c) => [c.header, c.field])).toEqual([
      ['STT', 'stt'],
      ['Họ và tên', 'fullName'],
      ['Chức vụ', 'position'],
      ['Đơn vị', 'unit'],
      ['Điện thoại', 'phone'],
      ['Ghi chú', 'note'],
    ]);
    expect(byRow(p, 5)).toMatchObject({ fate: 'section', reason: 'Nhóm "KHÁCH MỜI"' });
    expect(byRow(p, 6).delegate).toMatchObject({
      fullName: 'Bùi Đình Quân',
      rank: 'Thiếu tướng',
      position: 'Phó Tư lệnh',
      unit: 'Quân khu 2',
      phone: '0912345678',
      category: 'KHÁCH MỜI',
      note: 'Lê Bá', // Unicode note in a Unicode font stays as is
    });
    expect(byRow(p, 6).fixes).toEqual(
      expect.arrayContaining(['Chuyển mã TCVN3', 'Tách cấp bậc từ họ tên', 'Thêm số 0 đầu số điện thoại']),
    );
    expect(byRow(p, 7).delegate).toMatchObject({
      fullName: 'Trương Thị Hường',
      position: 'Trưởng phòng',
      unit: 'Sở Tư pháp',
      phone: '0987654321',
      note: 'Cử người dự thay',
    });
  });

  it('VNI in VNI-Times, rich text runs and uppercase VNI', async () => {
    const vn = (s: string) => ({ v: encodeVni(s), font: 'VNI-Times' });
    const rich = {
      richText: [
        { text: encodeVni('Nguyễn '), font: { name: 'VNI-Times' } },
        { text: encodeVni('Văn Sơn'), font: { name: 'VNI-Helve' } },
      ],
    };
    const bytes = await xlsx({
      DS: {
        rows: [
          ['TT', vn('Họ tên'), vn('Chức vụ, đơn vị')],
          [vn('B. ĐẠI BIỂU TRIỆU TẬP')],
          [1, rich, vn('Giám đốc Sở Xây dựng')],
          [2, vn('Đ/c Đỗ Thị Ngọc Ánh'), vn('Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh')],
        ],
      },
    });
    const p = await parse('vni.xlsx', bytes);
    expect(p.encoding).toBe('vni');
    expect(p.encodingNote).toBe('Phát hiện mã VNI (phông VNI-Times); đã chuyển sang Unicode.');
    expect(byRow(p, 2).reason).toBe('Nhóm "ĐẠI BIỂU TRIỆU TẬP"');
    expect(byRow(p, 3).delegate).toMatchObject({
      fullName: 'Nguyễn Văn Sơn',
      position: 'Giám đốc',
      unit: 'Sở Xây dựng',
      category: 'ĐẠI BIỂU TRIỆU TẬP',
    });
    expect(byRow(p, 4).delegate).toMatchObject({
      fullName: 'Đỗ Thị Ngọc Ánh',
      position: 'Phó Chủ tịch',
      unit: 'Hội Liên hiệp Phụ nữ tỉnh',
    });
    expect(byRow(p, 4).fixes).toEqual(expect.arrayContaining(['Chuyển mã VNI', 'Bỏ tiền tố Đ/c']));
  });

  it('TCVN3 with no legacy font is found by content; a forced encoding wins', async () => {
    const rows = [
      ['STT', encodeTcvn3('Họ và tên'), encodeTcvn3('Chức vụ'), encodeTcvn3('Đơn vị')],
      [1, encodeTcvn3('Nguyễn Văn Sơn'), encodeTcvn3('Chính trị viên'), encodeTcvn3('Ban CHQS huyện Yên Sơn')],
    ];
    const bytes = await xlsx({ Sheet1: { rows, font: 'Calibri' } });
    const p = await parse('abc.xlsx', bytes);
    expect(p.encoding).toBe('tcvn3');
    expect(p.encodingNote).toContain('theo nội dung');
    expect(byRow(p, 2).delegate).toMatchObject({ fullName: 'Nguyễn Văn Sơn', unit: 'Ban CHQS huyện Yên Sơn' });
    const forced = await parse('abc.xlsx', bytes, { encoding: 'tcvn3', headerRow: 1 });
    expect(forced.encodingNote).toBe('Đã chuyển từ mã TCVN3 (ABC) sang Unicode theo lựa chọn.');
    expect(byRow(forced, 2).delegate!.fullName).toBe('Nguyễn Văn Sơn');
    const raw = await parse('abc.xlsx', bytes, { encoding: 'utf-8', headerRow: 1, columns: { B: 'fullName' } });
    expect(byRow(raw, 2).delegate!.fullName).toBe('NguyÔn V¨n S¬n');
  });
});

describe('a messy Unicode list', () => {
  const NAME_NFD = 'Đ/c  Nguyễn Văn An'.normalize('NFD');
  const build = () =>
    xlsx({
      Sheet1: {
        merges: ['A1:H1', 'A2:H2', 'A5:H5', 'B8:H8', 'A14:E14'],
        rows: [
          ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'],
          ['DANH SÁCH KHÁCH MỜI DỰ HỘI NGHỊ'],
          [],
          ['Số TT', 'Họ tên', 'Quân hàm', 'Chức vụ', 'Cơ quan, đơn vị', 'SĐT', 'E-mail', 'Ghi chú'],
          ['I. ĐẠI BIỂU TỈNH'],
          [1, NAME_NFD, 'Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh', 912345678, 'an@example.vn'],
          [
            2,
            '\u00D0inh Thị Bình',
            null,
            'Phó Giám đốc',
            'Sở Y tế',
            '+84 987 654 321',
            { formula: 'A1/0', result: { error: '#DIV/0!' } },
          ],
          [null, 'KHÁCH MỜI'],
          [3, 'Đồng chí Thượng tá Lê Văn Cường', '', 'Phó Chỉ huy trưởng', 'Bộ CHQS tỉnh', 84912000111],
          [4, 'NGUYỄN VĂN AN', '', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
          [5, null, null, 'Đại diện lãnh đạo', 'Sở Tài chính', null, null, 'Chưa có tên'],
          [6, null, null, null, null, '0912000222'],
          [],
          ['Tổng cộng: 5 đồng chí'],
          [],
          [null, 'Người lập biểu', null, null, 'TM. BAN CHỈ ĐẠO'],
          [null, null, null, null, 'Lạng Sơn, ngày 10 tháng 3 năm 2025'],
          [],
          [null, 'Nguyễn Văn Ký'],
        ],
      },
    });

  it('classifies every row under the header', async () => {
    const p = await parse('lang-son.xlsx', await build());
    expect(p.headerRow).toBe(4);
    expect(p.columns.map((c) => c.field)).toEqual([
      'stt',
      'fullName',
      'rank',
      'position',
      'unit',
      'phone',
      'email',
      'note',
    ]);
    expect(p.rows.map((r) => [r.row, r.fate, r.reason])).toEqual([
      [5, 'section', 'Nhóm "ĐẠI BIỂU TỈNH"'],
      [6, 'import', ''],
      [7, 'import', ''],
      [8, 'section', 'Nhóm "KHÁCH MỜI"'],
      [9, 'import', ''],
      [10, 'duplicate', 'Trùng với dòng 6'],
      [11, 'import', 'Chưa có tên: giữ làm suất mời theo chức vụ, đơn vị'],
      [12, 'skip', 'Không có họ tên, chức vụ hay đơn vị'],
      [13, 'skip', 'Dòng trống'],
      [14, 'skip', 'Dòng tổng cộng'],
      [15, 'skip', 'Dòng trống'],
      [16, 'skip', 'Phần ký tên, nơi nhận (cuối danh sách)'],
      [17, 'skip', 'Sau phần ký tên'],
      [18, 'skip', 'Sau phần ký tên'],
      [19, 'skip', 'Sau phần ký tên'],
    ]);
    expect(p.counts).toEqual({ import: 4, section: 2, skip: 8, duplicate: 1 });
  });

  it('repairs names, ranks, phones and text', async () => {
    const p = await parse('lang-son.xlsx', await build());
    expect(byRow(p, 6).delegate).toMatchObject({
      fullName: 'Nguyễn Văn An',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      unit: 'Bộ CHQS tỉnh',
      phone: '0912345678',
      email: 'an@example.vn',
      category: 'ĐẠI BIỂU TỈNH',
    });
    expect(byRow(p, 6).delegate!.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(byRow(p, 6).fixes).toEqual(
      expect.arrayContaining(['Chuẩn hóa Unicode NFC', 'Bỏ tiền tố Đ/c', 'Thêm số 0 đầu số điện thoại']),
    );
    expect(byRow(p, 7).delegate).toMatchObject({ fullName: 'Đinh Thị Bình', phone: '0987654321', email: '' });
    expect(byRow(p, 7).delegate!.fullName.charCodeAt(0)).toBe(0x110);
    expect(byRow(p, 7).fixes).toEqual(expect.arrayContaining(['Ð→Đ', 'Đổi +84 thành 0 ở số điện thoại']));
    expect(byRow(p, 9).delegate).toMatchObject({
      fullName: 'Lê Văn Cường',
      rank: 'Thượng tá',
      phone: '0912000111',
      category: 'KHÁCH MỜI',
    });
    expect(byRow(p, 9).fixes).toEqual(expect.arrayContaining(['Bỏ tiền tố Đồng chí', 'Tách cấp bậc từ họ tên']));
    expect(byRow(p, 10).delegate).toMatchObject({ fullName: 'Nguyễn Văn An', unit: 'Bộ CHQS tỉnh' });
    expect(byRow(p, 10).existingId).toBeNull();
    expect(byRow(p, 11).delegate).toMatchObject({
      fullName: '',
      position: 'Đại diện lãnh đạo',
      unit: 'Sở Tài chính',
      note: 'Chưa có tên',
    });
    expect(byRow(p, 8).cells.B).toBe('KHÁCH MỜI');
    expect(byRow(p, 8).cells.C).toBe(''); // a merged range is shown in its top-left cell only
  });

  it('takes the category from a "Thành phần" column over the section', async () => {
    const bytes = await xlsx({
      S: {
        rows: [
          ['STT', 'Họ và tên', 'Đơn vị', 'Thành phần'],
          ['A', 'KHÁCH MỜI'],
          [1, 'Hà Văn Mai', 'UBND tỉnh', 'Lãnh đạo tỉnh'],
          [2, 'Lý Văn Thảo', 'Sở GTVT'],
        ],
      },
    });
    const p = await parse('tp.xlsx', bytes);
    expect(people(p).map((r) => r.delegate!.category)).toEqual(['Lãnh đạo tỉnh', 'KHÁCH MỜI']);
  });

  it('picks the first sheet with a header; skips an instructions sheet', async () => {
    const bytes = await xlsx({
      'Hướng dẫn': { rows: [['Điền danh sách vào trang sau'], ['Không sửa tiêu đề']] },
      DS: {
        rows: [
          ['TT', 'Họ và tên', 'Chức vụ'],
          [1, 'Hà Văn Mai', 'Phó Chủ tịch'],
        ],
      },
    });
    const p = await parse('hai-trang.xlsx', bytes);
    expect(p.sheets).toEqual(['Hướng dẫn', 'DS']);
    expect(p.sheet).toBe('DS');
    const e = await fails(parseDelegateFile('hai-trang.xlsx', bytes, { sheet: 'Hướng dẫn' }));
    expect(e.message).toBe(
      'Không tìm thấy dòng tiêu đề (Họ và tên…) trong 25 dòng đầu của trang "Hướng dẫn" tệp "hai-trang.xlsx"',
    );
    const hidden = await xlsx({
      Cu: {
        hidden: true,
        rows: [
          ['TT', 'Họ và tên', 'Chức vụ'],
          [1, 'Người Cũ', 'Chuyên viên'],
        ],
      },
      Moi: {
        rows: [
          ['TT', 'Họ và tên', 'Chức vụ'],
          [1, 'Người Mới', 'Chuyên viên'],
        ],
      },
    });
    expect((await parse('an.xlsx', hidden)).sheet).toBe('Moi');
    expect((await parse('an.xlsx', hidden, { sheet: 'Cu' })).rows[0].delegate!.fullName).toBe('Người Cũ');
  });
});
