/** Delegate lists as CSV: encodings, separators, repeated headers, the list's end. */
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { encodeTcvn3, legacyBytes, toCp1258Form } from '../fixtures/legacy-encoders';
import { parse } from '../fixtures/import-helpers';

describe('CSV files', () => {
  it('Windows-1258 (combining tones), comma-separated, quoted fields', async () => {
    const text =
      'STT,Họ và tên,"Chức vụ, đơn vị",Điện thoại\r\n1,Nguyễn Thị Hường,"Giám đốc, Sở Y tế",0912345678\r\n2,"Trần ""Út"" Bình","Phó Trưởng Phòng\r\nCảnh sát giao thông",\r\n';
    const bytes = new Uint8Array(iconv.encode(toCp1258Form(text), 'windows-1258'));
    const p = await parse('cp1258.csv', bytes);
    expect(p.encoding).toBe('windows-1258');
    expect(p.columns.map((c) => c.field)).toEqual(['stt', 'fullName', 'positionUnit', 'phone']);
    expect(p.rows[0].delegate).toMatchObject({
      fullName: 'Nguyễn Thị Hường',
      position: 'Giám đốc',
      unit: 'Sở Y tế',
      phone: '0912345678',
    });
    expect(p.rows[0].delegate!.fullName).toBe(p.rows[0].delegate!.fullName.normalize('NFC'));
    expect(p.rows[0].fixes).toContain('Chuyển mã Windows-1258');
    expect(p.rows[1].delegate).toMatchObject({
      fullName: 'Trần "Út" Bình',
      position: 'Phó Trưởng Phòng',
      unit: 'Cảnh sát giao thông',
    });
  });

  it('TCVN3 CSV bytes, tab-separated', async () => {
    const text = encodeTcvn3('STT\tHọ và tên\tChức vụ\tĐơn vị\n1\tQuan Tuấn Bình\tPhó Bí thư Thường trực\tTỉnh ủy\n');
    const p = await parse('ds.tsv', legacyBytes(text));
    expect(p.encoding).toBe('tcvn3');
    expect(p.rows[0].delegate).toMatchObject({
      fullName: 'Quan Tuấn Bình',
      position: 'Phó Bí thư Thường trực',
      unit: 'Tỉnh ủy',
    });
  });

  it('a header repeated on the next printed page is skipped', async () => {
    const csv = 'TT;Họ và tên;Đơn vị\n1;Hà Văn Mai;UBND tỉnh\nTT;Họ và tên;Đơn vị\n2;Lý Văn Thảo;Sở GTVT\n';
    const p = await parse('x.csv', new TextEncoder().encode(csv));
    expect(p.rows.map((r) => [r.row, r.fate, r.reason])).toEqual([
      [2, 'import', ''],
      [3, 'skip', 'Dòng tiêu đề lặp lại'],
      [4, 'import', ''],
    ]);
  });

  it('a person whose note is a date does not end the list', async () => {
    const csv =
      'Họ và tên;Đơn vị;Ghi chú\nHà Văn Mai;UBND tỉnh;Ngày 15 tháng 3 năm 2025 mới đến\nLý Văn Thảo;Sở GTVT;\n';
    const p = await parse('x.csv', new TextEncoder().encode(csv));
    expect(p.rows.map((r) => r.fate)).toEqual(['import', 'import']);
    expect(p.rows[0].delegate!.note).toBe('Ngày 15 tháng 3 năm 2025 mới đến');
  });

  it('signature and totals variants end or skip the list', async () => {
    for (const [line, reason] of [
      ['Người lập biểu', 'Phần ký tên'],
      ['NGƯỜI LẬP', 'Phần ký tên'],
      ['TM. UBND TỈNH', 'Phần ký tên'],
      ['KT. CHỈ HUY TRƯỞNG', 'Phần ký tên'],
      ['Lạng Sơn, ngày … tháng … năm 2025', 'Phần ký tên'],
      ['Nơi nhận:', 'Phần ký tên'],
      ['Tổng cộng', 'Dòng tổng cộng'],
      ['Tổng số: 23 đồng chí', 'Dòng tổng cộng'],
      ['Cộng', 'Dòng tổng cộng'],
    ]) {
      const csv = `TT;Họ và tên;Đơn vị\n1;Hà Văn Mai;UBND tỉnh\n;${line};\n2;Lý Văn Thảo;Sở GTVT\n`;
      const p = await parse('x.csv', new TextEncoder().encode(csv));
      expect(p.rows[1].reason, line).toContain(reason);
      expect(p.rows[2].fate, line).toBe(reason === 'Dòng tổng cộng' ? 'import' : 'skip');
    }
  });
});
