import { describe, it, expect } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { parseDelegateFile } from '../../electron/services/delegate/import/parse-delegate-file';
import { fails, fixture, xlsx, type Cell } from '../fixtures/import-helpers';

/** A minimal zip: entries are [name, declared size, raw deflate data]. */
function zip(entries: [string, number, Uint8Array][]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, size, data] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, n);
    parts.push(local, n, Buffer.from(data));
    offset += 30 + n.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cdBuf, end]));
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bad and hostile files', () => {
  it('empty files, unknown extensions, .xls', async () => {
    expect((await fails(parseDelegateFile('x.xlsx', new Uint8Array()))).message).toBe('Tệp "x.xlsx" rỗng');
    expect((await fails(parseDelegateFile('x.csv', new Uint8Array()))).message).toBe('Tệp "x.csv" rỗng');
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    const e = await fails(parseDelegateFile('x.pdf', pdf));
    expect(e.message).toBe('Tệp "x.pdf" không phải .xlsx hoặc .csv');
    expect(e.details).toEqual({ file: 'x.pdf' });
    expect((await fails(parseDelegateFile('cu.xls', randomBytes(100)))).message).toContain('Excel 97-2003');
    expect((await fails(parseDelegateFile('blank.csv', new TextEncoder().encode('\r\n \r\n;;\r\n')))).message).toBe(
      'Tệp "blank.csv" không có dữ liệu (tệp trống)',
    );
  });

  it('a PDF renamed to .xlsx, random bytes, a truncated xlsx', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expect((await fails(parseDelegateFile('ds.xlsx', pdf))).message).toBe(
      'Tệp "ds.xlsx" không phải tệp Excel .xlsx (đây là tệp PDF đổi tên)',
    );
    expect((await fails(parseDelegateFile('ds.xlsx', randomBytes(5000)))).message).toContain(
      'không phải tệp Excel .xlsx hợp lệ',
    );
    expect((await fails(parseDelegateFile('ds.csv', randomBytes(5000)))).message).toBe(
      'Tệp "ds.csv" không phải tệp văn bản CSV (có dữ liệu nhị phân)',
    );
    const kit = fixture('sample-delegates-tuyen-quang.xlsx');
    expect((await fails(parseDelegateFile('cut.xlsx', kit.subarray(0, kit.length / 2)))).message).toContain(
      'không phải tệp Excel .xlsx hợp lệ',
    );
    const notXlsx = zip([['hello.txt', 5, deflateRawSync(Buffer.from('hello'))]]);
    expect((await fails(parseDelegateFile('zip.xlsx', notXlsx))).message).toContain(
      'không phải tệp Excel .xlsx hợp lệ',
    );
  });

  it('zip bombs: a huge declared size, and data that inflates beyond what it declares', async () => {
    const small = deflateRawSync(Buffer.from('<x/>'));
    const declared = zip([
      ['xl/workbook.xml', 4, small],
      ['xl/worksheets/sheet1.xml', 400 * 1024 * 1024, small],
    ]);
    expect((await fails(parseDelegateFile('bomb.xlsx', declared))).message).toContain('khi giải nén quá lớn');
    const lying = zip([
      ['xl/workbook.xml', 4, small],
      ['xl/worksheets/sheet1.xml', 1000, deflateRawSync(Buffer.alloc(5 * 1024 * 1024))],
    ]);
    expect((await fails(parseDelegateFile('bomb2.xlsx', lying))).message).toContain('khi giải nén quá lớn');
    const xml = Buffer.from('<sheetData><row r="1">' + '<c r="A1"/>'.repeat(1_000_001) + '</row></sheetData>');
    const cells = zip([
      ['xl/workbook.xml', 4, small],
      ['xl/worksheets/sheet1.xml', xml.length, deflateRawSync(xml)],
    ]);
    expect((await fails(parseDelegateFile('cells.xlsx', cells))).message).toContain('có quá nhiều ô');
  });

  it('files over 20 MB and lists over 20,000 rows are refused', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect((await fails(parseDelegateFile('big.csv', big))).message).toBe(
      'Tệp "big.csv" quá lớn (20.0 MB, tối đa 20 MB)',
    );
    const lines = ['STT;Họ và tên;Đơn vị'];
    for (let i = 1; i <= 20_001; i++) lines.push(`${i};Người ${i};Đơn vị ${i}`);
    const e = await fails(parseDelegateFile('nhieu.csv', new TextEncoder().encode(lines.join('\n'))));
    expect(e.message).toBe('Tệp "nhieu.csv" có hơn 20.000 dòng dữ liệu; hãy chia thành nhiều tệp');
  });

  it('a huge single line and no header found', async () => {
    const t0 = Date.now();
    const line = new TextEncoder().encode('x'.repeat(5_000_000));
    expect((await fails(parseDelegateFile('line.csv', line))).message).toContain('Không tìm thấy dòng tiêu đề');
    expect(Date.now() - t0).toBeLessThan(10_000);
    const rows: Cell[][] = Array.from({ length: 29 }, (_, i) => [`Tiêu đề ${i + 1}`]);
    rows.push(['TT', 'Họ và tên', 'Chức vụ']); // header on row 30: too low
    const e = await fails(parseDelegateFile('x.xlsx', await xlsx({ Sheet1: { rows } })));
    expect(e.message).toBe(
      'Không tìm thấy dòng tiêu đề (Họ và tên…) trong 25 dòng đầu của trang "Sheet1" tệp "x.xlsx"',
    );
    expect(e.details).toEqual({ file: 'x.xlsx', sheet: 'Sheet1' });
  });

  it('a cell longer than its field names the row and column', async () => {
    const long = 'Nguyễn ' + 'a'.repeat(200);
    const bytes = await xlsx({
      Sheet1: {
        rows: [
          ['TT', 'Họ và tên', 'Chức vụ, đơn vị'],
          [1, 'Hà Văn Mai', 'Phó Chủ tịch UBND tỉnh'],
          [2, long, 'Giám đốc'],
        ],
      },
    });
    const e = await fails(parseDelegateFile('dai.xlsx', bytes));
    expect(e.message).toBe(
      `Ô B3 (Họ và tên) dài ${long.length} ký tự, quá giới hạn 200 ký tự — tệp "dai.xlsx", dòng 3, cột B`,
    );
    expect(e.details).toEqual({ file: 'dai.xlsx', row: 3, column: 'B' });
    const unit = await xlsx({
      Sheet1: {
        rows: [
          ['TT', 'Họ và tên', 'Chức vụ, đơn vị'],
          [1, 'Hà Văn Mai', 'Giám đốc Sở ' + 'x'.repeat(300)],
        ],
      },
    });
    const e2 = await fails(parseDelegateFile('dai.xlsx', unit));
    expect(e2.details).toEqual({ file: 'dai.xlsx', row: 2, column: 'C' });
    expect(e2.message).toContain('(Đơn vị)');
  });
});
