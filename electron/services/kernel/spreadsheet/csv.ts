/**
 * CSV records with csv-parse (RFC 4180: quoted fields with "" escapes and line breaks, CRLF / LF / CR
 * endings), around our own parts: the delimiter detected among ; , and tab (Excel in Vietnamese
 * locales saves with ;), Excel's "sep=;" first line, and a lenient end (an unterminated quote takes
 * the rest of the file as one field, as Excel does). Record and field caps apply while parsing.
 */
import { parse, CsvError } from 'csv-parse/sync';

export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: Delimiter[] = [';', '\t', ','];

/** Counts delimiters per record (outside quotes) over the first records of the text. */
function countPerLine(text: string, delim: string, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let inQuotes = false;
  let nonEmpty = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delim) n++;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (nonEmpty) counts.push(n);
      n = 0;
      nonEmpty = false;
      continue;
    }
    if (c !== ' ' && c !== '\t') nonEmpty = true;
  }
  if (nonEmpty && counts.length < maxLines) counts.push(n);
  return counts;
}

/** The delimiter whose count is the same on the most lines; ties go to the larger count. */
export function detectDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; lines: number; mode: number } = { d: ';', lines: -1, mode: 0 };
  for (const d of DELIMITERS) {
    const counts = countPerLine(text, d, 50);
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let lines = 0;
    for (const [c, f] of freq) if (f > lines || (f === lines && c > mode)) [mode, lines] = [c, f];
    if (lines > best.lines || (lines === best.lines && mode > best.mode)) best = { d, lines, mode };
  }
  return best.d;
}

export interface CsvOptions {
  delimiter?: Delimiter;
  /** Stop after this many records (the caller reports "too many rows"). */
  maxRecords?: number;
  /** Fields beyond this column are dropped. */
  maxFields?: number;
}

/** Parses CSV text into records of fields. Records keep their 1-based index as the row number. */
export function parseCsv(input: string, opts: CsvOptions = {}): { rows: string[][]; delimiter: Delimiter } {
  let text = input.replace(/^\uFEFF/, '');
  let delimiter = opts.delimiter;
  const sep = /^sep=(.)\r?\n?/i.exec(text.slice(0, 8));
  if (sep && (sep[1] === ';' || sep[1] === ',' || sep[1] === '\t')) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(text);
  const maxRecords = opts.maxRecords ?? Infinity;
  const maxFields = opts.maxFields ?? Infinity;
  const rows: string[][] = [];
  /** UTF-8 bytes consumed through the last complete record (csv-parse counts bytes). */
  let consumed = 0;
  try {
    parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n', '\r'],
      ...(Number.isFinite(maxRecords) ? { to: maxRecords } : {}),
      on_record: (record: string[], context: { bytes: number }) => {
        rows.push(record.length > maxFields ? record.slice(0, maxFields) : record);
        consumed = context.bytes;
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError && e.code === 'CSV_QUOTE_NOT_CLOSED')) throw e;
    if (rows.length < maxRecords)
      rows.push(lastRecord(Buffer.from(text, 'utf8').subarray(consumed).toString('utf8'), delimiter, maxFields));
  }
  return { rows, delimiter };
}

/** The record whose quote never closes: plain fields up to it, then the rest of the file as one field. */
function lastRecord(tail: string, delimiter: Delimiter, maxFields: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= tail.length && out.length < maxFields) {
    if (tail[i] === '"') {
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = tail.indexOf('"', j);
        if (q < 0) {
          out.push(field + tail.slice(j));
          return out;
        }
        if (tail[q + 1] === '"') {
          field += tail.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        field += tail.slice(j, q);
        const d = tail.indexOf(delimiter, q + 1);
        out.push(field + tail.slice(q + 1, d < 0 ? tail.length : d));
        if (d < 0) return out;
        i = d + 1;
        break;
      }
      continue;
    }
    const d = tail.indexOf(delimiter, i);
    out.push(tail.slice(i, d < 0 ? tail.length : d));
    if (d < 0) return out;
    i = d + 1;
  }
  return out;
}
