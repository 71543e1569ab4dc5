/**
 * Parses an office's delegate list (.xlsx or .csv) into an ImportPreview: sheet, header row,
 * column mapping, encoding (with a Vietnamese note) and a plan for every row under the header.
 * Pure Node: no Electron import. Never writes anything.
 */
import { AppError } from '../../../../shared/api/errors';
import type { ImportField, ImportMapping, ImportPreview } from '../../../../shared/models/import';
import { normalizeText } from '../../../../shared/text/normalize';
import { csvSheet, xlsxSheet, type ConvertedSheet } from './encoding';
import { findHeaderRow, HEADER_SCAN_ROWS, mapHeaderRow } from './header';
import {
  MAX_COLUMNS,
  columnIndex,
  columnLetter,
  readTable,
  type ReadTable,
  type SheetTable,
} from '../../kernel/spreadsheet/read-table';
import { classifyRows } from './rows';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DATA_ROWS = 20_000;

const invalid = (message: string, details: Record<string, unknown>) => new AppError('IMPORT_INVALID', message, details);
const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

function convertSheet(table: ReadTable, sheet: SheetTable, mapping: ImportMapping | undefined): ConvertedSheet {
  if (table.kind === 'csv') return csvSheet(sheet, table.csvEncoding ?? 'utf-8', !!mapping?.encoding, table.csvVariant);
  return xlsxSheet(sheet, mapping?.encoding);
}

const MAX_BLANK_ROWS = 2000;

/** Empty rows between data rows are not stored in the file; list them so every row is accounted for. */
function withBlankRows(rows: ConvertedSheet['rows'], headerRow: number): ConvertedSheet['rows'] {
  const out: ConvertedSheet['rows'] = [];
  let prev = headerRow;
  let blanks = 0;
  for (const r of rows) {
    for (let n = prev + 1; n < r.row && blanks < MAX_BLANK_ROWS; n++, blanks++)
      out.push({ row: n, texts: [], fixes: [] });
    out.push(r);
    prev = r.row;
  }
  return out;
}

export async function parseDelegateFile(
  fileName: string,
  bytes: Uint8Array,
  mapping?: ImportMapping,
): Promise<ImportPreview> {
  const file = fileName;
  if (!bytes || bytes.length === 0) throw invalid(`Tệp "${file}" rỗng`, { file });
  if (bytes.length > MAX_FILE_BYTES) {
    throw invalid(`Tệp "${file}" quá lớn (${(bytes.length / 1048576).toFixed(1)} MB, tối đa 20 MB)`, { file });
  }
  const table = await readTable(fileName, bytes, mapping?.encoding);
  const sheets = table.sheets.map((s) => s.name);
  if (table.sheets.every((s) => s.rows.length === 0)) {
    throw invalid(`Tệp "${file}" không có dữ liệu (${table.kind === 'csv' ? 'tệp trống' : 'các trang đều trống'})`, {
      file,
    });
  }

  // Sheet: the one asked for, else the first (visible first) whose header row is found.
  let candidates: SheetTable[];
  if (mapping?.sheet !== undefined && table.kind === 'xlsx') {
    const wanted = table.sheets.find((s) => s.name === mapping.sheet);
    if (!wanted)
      throw invalid(`Tệp "${file}" không có trang "${mapping.sheet}" (có: ${quoteList(sheets)})`, {
        file,
        sheet: mapping.sheet,
      });
    candidates = [wanted];
  } else {
    candidates = [...table.sheets.filter((s) => !s.hidden), ...table.sheets.filter((s) => s.hidden)];
  }
  let chosen: { sheet: SheetTable; conv: ConvertedSheet; headerRow: number; headerTexts: string[] } | null = null;
  for (const sheet of candidates) {
    if (!sheet.rows.length && candidates.length > 1) continue;
    const conv = convertSheet(table, sheet, mapping);
    if (mapping?.headerRow !== undefined) {
      // The staff's header row (it may even be empty: then data simply starts under it).
      const found = conv.rows.find((r) => r.row === mapping.headerRow);
      chosen = { sheet, conv, headerRow: mapping.headerRow, headerTexts: found ? found.texts.map(normalizeText) : [] };
      break;
    }
    const i = findHeaderRow(conv.rows.map((r) => ({ row: r.row, texts: r.texts.map(normalizeText) })));
    if (i >= 0) {
      chosen = { sheet, conv, headerRow: conv.rows[i].row, headerTexts: conv.rows[i].texts.map(normalizeText) };
      break;
    }
  }
  if (!chosen) {
    const names = candidates.map((s) => s.name);
    const where = names.length === 1 ? `trang "${names[0]}"` : `các trang ${quoteList(names)}`;
    throw invalid(
      `Không tìm thấy dòng tiêu đề (Họ và tên…) trong ${HEADER_SCAN_ROWS} dòng đầu của ${where} tệp "${file}"`,
      { file, sheet: names[0] },
    );
  }

  const { sheet, conv, headerTexts } = chosen;
  const headerRowNumber = chosen.headerRow;
  const dataRows = withBlankRows(
    conv.rows.filter((r) => r.row > headerRowNumber),
    headerRowNumber,
  );
  if (dataRows.filter((r) => r.texts.some((t) => t.trim())).length > MAX_DATA_ROWS) {
    throw invalid(
      `Tệp "${file}" có hơn ${MAX_DATA_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp`,
      { file, sheet: sheet.name },
    );
  }

  // Columns: detected from the header, then the staff's overrides per letter.
  const fields = new Map<number, ImportField>(mapHeaderRow(headerTexts));
  let width = Math.max(headerTexts.length, ...dataRows.map((r) => r.texts.length), 1);
  for (const [letter, field] of Object.entries(mapping?.columns ?? {})) {
    const idx = columnIndex(letter);
    if (idx < 0 || idx >= MAX_COLUMNS) continue;
    width = Math.max(width, idx + 1);
    if (field === 'ignore') fields.delete(idx);
    else fields.set(idx, field);
  }
  width = Math.min(width, MAX_COLUMNS);
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i));
  const mapped = new Set(fields.values());
  if (!['fullName', 'position', 'unit', 'positionUnit'].some((f) => mapped.has(f as ImportField))) {
    throw invalid(
      `Tệp "${file}", trang "${sheet.name}": chưa có cột nào là Họ và tên hoặc Chức vụ/Đơn vị (dòng tiêu đề ${headerRowNumber}); hãy chọn cột`,
      { file, sheet: sheet.name, row: headerRowNumber },
    );
  }

  const rows = classifyRows(dataRows, { fileName: file, fields, letters, headerTexts });
  const counts: ImportPreview['counts'] = { import: 0, section: 0, skip: 0, duplicate: 0 };
  for (const r of rows) counts[r.fate]++;
  return {
    fileName,
    sheet: sheet.name,
    sheets,
    headerRow: headerRowNumber,
    encoding: conv.encoding,
    encodingNote: conv.note,
    columns: letters.map((letter, i) => ({ letter, header: headerTexts[i] ?? '', field: fields.get(i) ?? 'ignore' })),
    rows,
    counts,
  };
}
