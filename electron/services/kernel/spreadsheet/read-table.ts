/**
 * Reads an .xlsx (every sheet) or a CSV into plain rows of display strings, with each xlsx
 * cell's font names kept for legacy-encoding detection. No conversion happens here.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/api/errors';
import type { SourceEncoding } from '../../../../shared/models/import';
import { decodeBytes, decodeBytesAs } from '../../../../shared/text/legacy-encodings';
import { parseCsv } from './csv';
import { pruneFarCells } from './prune-far-cells';
import { MAX_CELLS, inspectXlsxZip } from './zip-guard';

/** One run of text in one font (a plain cell is a single run). */
export interface TextRun {
  text: string;
  font?: string;
}
export interface TableCell {
  text: string;
  runs: TextRun[];
}
export interface TableRow {
  /** 1-based row number in the sheet / record number in the CSV. */
  row: number;
  /** Index 0 = column A. Missing = empty. */
  cells: (TableCell | undefined)[];
}
export interface SheetTable {
  name: string;
  hidden: boolean;
  rows: TableRow[];
}
export interface ReadTable {
  kind: 'xlsx' | 'csv';
  sheets: SheetTable[];
  /** CSV only: the encoding the bytes were decoded with (xlsx text is Unicode in the file). */
  csvEncoding?: SourceEncoding;
  csvVariant?: string;
}

export const MAX_COLUMNS = 100;
/** Rows read per sheet at most; more than MAX_DATA_ROWS data rows is refused later. */
export const MAX_READ_ROWS = 20_100;

const invalid = (message: string, details: Record<string, unknown>) => new AppError('IMPORT_INVALID', message, details);

export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const hasTime = d.getUTCHours() || d.getUTCMinutes();
  return hasTime ? `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : date;
}

function formatNumber(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return '';
  // "0000000000" formats keep phone numbers' leading zeros on screen: honour them.
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(n) && n >= 0) return String(n).padStart(numFmt.length, '0');
  if (Number.isInteger(n) && Math.abs(n) < 1e21)
    return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  return String(Math.round(n * 1e10) / 1e10);
}

/** Display runs of an exceljs value (rich text, formula result, hyperlink, number, date…). */
function valueRuns(
  value: ExcelJS.CellValue,
  font: string | undefined,
  numFmt: string | undefined,
  depth = 0,
): TextRun[] {
  if (value === null || value === undefined || depth > 3) return [];
  if (typeof value === 'string') return [{ text: value, font }];
  if (typeof value === 'number') return [{ text: formatNumber(value, numFmt), font }];
  if (typeof value === 'boolean') return [{ text: value ? 'TRUE' : 'FALSE', font }];
  if (value instanceof Date) return [{ text: formatDate(value), font }];
  if (typeof value !== 'object') return [];
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown; font?: { name?: unknown } }[]).map((r) => ({
      text: typeof r.text === 'string' ? r.text : '',
      font: typeof r.font?.name === 'string' ? r.font.name : font,
    }));
  }
  if ('error' in v) return []; // #N/A, #REF!…: no value
  if ('formula' in v || 'sharedFormula' in v) return valueRuns(v.result as ExcelJS.CellValue, font, numFmt, depth + 1);
  if ('hyperlink' in v || 'text' in v) return valueRuns(v.text as ExcelJS.CellValue, font, numFmt, depth + 1);
  return [];
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<SheetTable[]> {
  const { problem, farSheets } = await inspectXlsxZip(bytes, MAX_COLUMNS);
  if (problem) {
    const file = fileName;
    if (problem.kind === 'not-zip' && problem.hint === 'empty') throw invalid(`Tệp "${file}" rỗng`, { file });
    if (problem.kind === 'not-zip' && problem.hint === 'pdf') {
      throw invalid(`Tệp "${file}" không phải tệp Excel .xlsx (đây là tệp PDF đổi tên)`, { file });
    }
    if (problem.kind === 'not-zip' && problem.hint === 'xls') {
      throw invalid(`Tệp "${file}" là Excel 97-2003 (.xls) đổi tên; hãy mở trong Excel và lưu thành .xlsx`, { file });
    }
    if (problem.kind === 'too-big') {
      throw invalid(`Tệp "${file}" khi giải nén quá lớn (phần "${problem.entry}"); tệp có thể bị hỏng hoặc độc hại`, {
        file,
      });
    }
    if (problem.kind === 'too-many-cells') {
      throw invalid(
        `Tệp "${file}" có quá nhiều ô (hơn ${MAX_CELLS.toLocaleString('vi-VN')} ô); danh sách đại biểu không lớn như vậy, hãy xóa phần thừa`,
        { file },
      );
    }
    throw invalid(`Tệp "${file}" không phải tệp Excel .xlsx hợp lệ (tệp hỏng hoặc sai định dạng)`, { file });
  }
  // Loaded here, not at the top: an external import would be hoisted into the host's start-up.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    // Cells past MAX_COLUMNS are ignored below; pruned first, they cost exceljs nothing.
    const load = farSheets.length
      ? await pruneFarCells(bytes, farSheets, MAX_COLUMNS)
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(load as unknown as ArrayBuffer);
  } catch {
    throw invalid(`Tệp "${fileName}" không đọc được như tệp Excel .xlsx (tệp hỏng hoặc sai định dạng)`, {
      file: fileName,
    });
  }
  const sheets: SheetTable[] = [];
  for (const ws of wb.worksheets) {
    const rows: TableRow[] = [];
    let read = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (read >= MAX_READ_ROWS) return;
      const cells: (TableCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > MAX_COLUMNS) return;
        // A merged range shows its value in its top-left cell only.
        if (cell.type === Excel.ValueType.Merge) return;
        const runs = valueRuns(cell.value, cell.font?.name, cell.numFmt).filter((r) => r.text !== '');
        if (runs.length) cells[col - 1] = { text: runs.map((r) => r.text).join(''), runs };
      });
      if (cells.some((c) => c && c.text.trim() !== '')) {
        rows.push({ row: rowNumber, cells });
        read++;
      }
    });
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', rows });
  }
  return sheets;
}

function readCsv(fileName: string, bytes: Uint8Array, encoding: SourceEncoding | undefined) {
  // Binary files are full of NUL and control bytes; text (even UTF-16, handled in decodeBytes) is not.
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) controls++;
  const decoded = encoding ? { text: decodeBytesAs(bytes, encoding), encoding } : decodeBytes(bytes);
  const isUtf16 = 'variant' in decoded && decoded.variant === 'UTF-16';
  if (!isUtf16 && controls > sample.length * 0.01) {
    throw invalid(`Tệp "${fileName}" không phải tệp văn bản CSV (có dữ liệu nhị phân)`, { file: fileName });
  }
  const { rows } = parseCsv(decoded.text, { maxRecords: MAX_READ_ROWS * 4, maxFields: MAX_COLUMNS });
  const table: TableRow[] = [];
  rows.forEach((fields, i) => {
    if (table.length >= MAX_READ_ROWS || !fields.some((f) => f.trim() !== '')) return;
    table.push({ row: i + 1, cells: fields.map((text) => (text === '' ? undefined : { text, runs: [{ text }] })) });
  });
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
  return {
    sheets: [{ name, hidden: false, rows: table }],
    csvEncoding: decoded.encoding,
    csvVariant: 'variant' in decoded ? decoded.variant : undefined,
  };
}

/** Reads the file by its extension. `encoding` forces the CSV decoding. */
export async function readTable(fileName: string, bytes: Uint8Array, encoding?: SourceEncoding): Promise<ReadTable> {
  const ext = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return { kind: 'xlsx', sheets: await readXlsx(fileName, bytes) };
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return { kind: 'csv', ...readCsv(fileName, bytes, encoding) };
  if (ext === 'xls') {
    throw invalid(`Tệp "${fileName}" là Excel 97-2003 (.xls), chưa đọc được; hãy mở trong Excel và lưu thành .xlsx`, {
      file: fileName,
    });
  }
  throw invalid(`Tệp "${fileName}" không phải .xlsx hoặc .csv`, { file: fileName });
}
