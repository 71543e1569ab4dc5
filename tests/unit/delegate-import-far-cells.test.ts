/**
 * Cells past the columns a delegate list can use (MAX_COLUMNS) are pruned before exceljs loads the
 * file: exceljs would make each such row 16,384 slots long. Reading must give the same table as the
 * same file without them, and the guard must say which sheets it pruned.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pruneSheetXml } from '../../electron/services/kernel/spreadsheet/prune-far-cells';
import { MAX_COLUMNS, readTable } from '../../electron/services/kernel/spreadsheet/read-table';
import { inspectXlsxZip } from '../../electron/services/kernel/spreadsheet/zip-guard';

const ROWS: string[][] = [
  ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
  ['1', 'Nguyễn Văn Việt', 'Giám đốc', 'Sở Tư pháp'],
  ['2', 'Lê Thị Thảo', 'Phó Giám đốc', 'Sở Tài chính'],
  ['3', 'Hoàng Quang Kiên', 'Phóng viên', 'Báo Quân khu 1'],
];

async function book(far: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ROWS.forEach((r) => ws.addRow(r));
  if (far) {
    // A stray mark in the very last column of every row, and one just past the kept columns.
    for (let i = 1; i <= ROWS.length + 200; i++) ws.getCell(`XFD${i}`).value = 'x';
    ws.getCell(`CW2`).value = 'cột 101';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('cells past the kept columns', () => {
  it('are pruned: the table read equals the one from the file without them', async () => {
    const plain = await readTable('ds.xlsx', await book(false));
    const farBytes = await book(true);
    expect((await inspectXlsxZip(farBytes, MAX_COLUMNS)).farSheets).toEqual(['xl/worksheets/sheet1.xml']);
    expect((await inspectXlsxZip(await book(false), MAX_COLUMNS)).farSheets).toEqual([]);
    const pruned = await readTable('ds.xlsx', farBytes);
    const texts = (t: typeof plain) => t.sheets[0].rows.map((r) => r.cells.map((c) => c?.text ?? ''));
    expect(texts(pruned)).toEqual(texts(plain));
    expect(texts(pruned)[2]).toEqual(['2', 'Lê Thị Thảo', 'Phó Giám đốc', 'Sở Tài chính']);
    expect(pruned.sheets[0].rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });

  it('keeps every cell up to the last kept column and drops only the ones past it', () => {
    const xml =
      '<sheetData><row r="1" spans="1:16384"><c r="A1" t="s"><v>0</v></c><c r="CV1"><v>100</v></c>' +
      '<c r="CW1"><v>101</v></c><c s="3" r="XFD1"/><c><v>no ref</v></c></row></sheetData>';
    expect(pruneSheetXml(xml, MAX_COLUMNS)).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="CV1"><v>100</v></c><c><v>no ref</v></c></row></sheetData>',
    );
  });
});
