/**
 * A small RFC 4180 parser: quoted fields with "" escapes and line breaks, CRLF / LF / CR endings,
 * the delimiter detected among ; , and tab (Excel in Vietnamese locales saves with ;), and Excel's
 * "sep=;" first line. Linear in the input; never loops without consuming a char.
 */

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
  let row: string[] = [];
  let field = '';
  let i = 0;
  const pushField = () => {
    if (row.length < maxFields) row.push(field);
    field = '';
  };
  const pushRow = () => {
    pushField();
    rows.push(row);
    row = [];
  };
  const n = text.length;
  while (i < n && rows.length < maxRecords) {
    const c = text[i];
    if (c === '"' && field.trim() === '') {
      // Quoted field: read to the closing quote ("" is a literal quote).
      field = '';
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start); // unterminated: take the rest
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          field += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next delimiter is kept (lenient).
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (c === delimiter) {
      pushField();
      i++;
    } else if (c === '\r' || c === '\n') {
      pushRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain run up to the next delimiter or line break.
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (rows.length < maxRecords && (field !== '' || row.length > 0)) pushRow();
  return { rows, delimiter };
}
