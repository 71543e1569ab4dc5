import { describe, it, expect } from 'vitest';
import { fieldForHeader } from '../../electron/services/delegate/import/header';
import { repairPhone, splitPositionUnit } from '../../electron/services/delegate/import/fields';
import { parseCsv } from '../../electron/services/kernel/spreadsheet/csv';

describe('field helpers', () => {
  it.each([
    ['Phó Tư lệnh Quân khu 2', 'Phó Tư lệnh', 'Quân khu 2'],
    ['Giám đốc Sở Xây dựng', 'Giám đốc', 'Sở Xây dựng'],
    ['Chính trị viên Ban CHQS huyện Yên Sơn', 'Chính trị viên', 'Ban CHQS huyện Yên Sơn'],
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực', 'Tỉnh ủy'],
    ['Phóng viên Báo Tuyên Quang', 'Phóng viên', 'Báo Tuyên Quang'],
    ['Nhân viên phục vụ Văn phòng UBND tỉnh', 'Nhân viên phục vụ', 'Văn phòng UBND tỉnh'],
    ['Chủ tịch HĐND tỉnh', 'Chủ tịch', 'HĐND tỉnh'],
    ['Đại diện lãnh đạo Sở Tài chính', 'Đại diện lãnh đạo', 'Sở Tài chính'],
    ['Chính trị viên Trung đoàn 247', 'Chính trị viên', 'Trung đoàn 247'],
    ['Bộ trưởng Bộ Quốc phòng', 'Bộ trưởng', 'Bộ Quốc phòng'],
    ['Phó Đội trưởng Đội CSGT', 'Phó Đội trưởng', 'Đội CSGT'],
    ['Chủ tịch UBND xã Yên Sơn', 'Chủ tịch', 'UBND xã Yên Sơn'],
    ['Chủ tịch xã Yên Sơn', 'Chủ tịch', 'xã Yên Sơn'],
    ['GIÁM ĐỐC SỞ Y TẾ', 'GIÁM ĐỐC', 'SỞ Y TẾ'],
    ['Giám đốc, Sở Y tế', 'Giám đốc', 'Sở Y tế'],
    ['Trưởng phòng Tổ chức', 'Trưởng phòng Tổ chức', ''],
    ['Chuyên viên', 'Chuyên viên', ''],
    ['Sở Tài chính', '', 'Sở Tài chính'],
  ])('%s', (text, position, unit) => {
    expect(splitPositionUnit(text)).toEqual({ position, unit });
  });

  it.each([
    ['912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['2053812345', '02053812345'],
    ['0912.345.678 / 0987654321', '0912345678 / 0987654321'],
    ['', ''],
    ['không có', 'không có'],
  ])('phone %j → %j', (raw, phone) => {
    expect(repairPhone(raw).phone).toBe(phone);
  });

  it.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['S.T.T', 'stt'],
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Tên', 'fullName'],
    ['Cấp bậc', 'rank'],
    ['Quân hàm', 'rank'],
    ['Chức vụ', 'position'],
    ['Đơn vị', 'unit'],
    ['Cơ quan', 'unit'],
    ['Cơ quan, đơn vị', 'unit'],
    ['Chức vụ, đơn vị', 'positionUnit'],
    ['Chức vụ - đơn vị', 'positionUnit'],
    ['Chức vụ và đơn vị', 'positionUnit'],
    ['Thành phần', 'category'],
    ['Đối tượng', 'category'],
    ['Điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['Số điện thoại', 'phone'],
    ['ĐT', 'phone'],
    ['Email', 'email'],
    ['Ghi chú', 'note'],
    ['Danh xưng', 'salutation'],
    ['Họ và tên (ghi đủ)', 'fullName'],
    ['Danh sách đại biểu', null],
    ['Tên đơn vị', null],
  ])('header %j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('parses RFC 4180 CSV', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"x\r\ny";z\r\n').rows).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['x\r\ny', 'z'],
    ]);
    expect(parseCsv('sep=,\na,b;c\n').rows).toEqual([['a', 'b;c']]);
    expect(parseCsv('a\tb\tc\n1\t2\t3').delimiter).toBe('\t');
    expect(parseCsv('Họ tên,Chức vụ, đơn vị\n"A, B",C\n').delimiter).toBe(',');
    expect(parseCsv('"unterminated;x\n1;2').rows).toEqual([['unterminated;x\n1;2']]);
  });
});
