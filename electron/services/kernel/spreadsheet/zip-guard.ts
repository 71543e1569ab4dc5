/**
 * Checks an .xlsx (a zip) before exceljs opens it, so a broken file gets a clear message and a
 * zip bomb cannot exhaust memory: yauzl lists the central directory, the DECLARED sizes are capped
 * before anything is inflated, then every entry is streamed (yauzl fails when the data inflates
 * past its declared size) and sheet cells are counted while streaming, stopping at the cap.
 */
import { openZip } from '../zip-read';

export const MAX_UNCOMPRESSED_TOTAL = 160 * 1024 * 1024;
export const MAX_UNCOMPRESSED_ENTRY = 100 * 1024 * 1024;
/** exceljs keeps every cell in memory: refuse sheets with more cells than any real list has. */
export const MAX_CELLS = 1_000_000;
const MAX_ENTRIES = 10_000;

export type ZipProblem =
  | { kind: 'not-zip'; hint: 'pdf' | 'xls' | 'empty' | 'other' }
  | { kind: 'broken' }
  | { kind: 'too-big'; entry: string; bytes: number }
  | { kind: 'too-many-cells'; entry: string }
  | { kind: 'not-xlsx' };

function notZipHint(bytes: Uint8Array): 'pdf' | 'xls' | 'empty' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'other';
}

/** Column number of a cell reference's letters ("A" → 1, "XFD" → 16,384). */
const columnOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Counts cell elements ("<c " / "<c>") in sheet XML chunks, and those whose reference lies past
 * `maxColumn` ("far" cells). Only complete tags are read: the tail from the last "<" is carried
 * into the next chunk (at most a few hundred bytes: a cell tag is short).
 */
function cellScanner(maxColumn: number) {
  let carry = '';
  return (chunk: Buffer): { cells: number; far: number } => {
    let xml = carry + chunk.toString('latin1');
    const last = xml.lastIndexOf('<');
    carry = last >= 0 && xml.length - last < 512 ? xml.slice(last) : '';
    if (carry) xml = xml.slice(0, last);
    let cells = 0;
    let far = 0;
    for (let i = xml.indexOf('<c'); i >= 0; i = xml.indexOf('<c', i + 2)) {
      const next = xml.charCodeAt(i + 2);
      if (next !== 0x20 && next !== 0x3e) continue;
      cells++;
      const end = xml.indexOf('>', i);
      const ref = /\br="([A-Z]{1,3})\d+"/.exec(xml.slice(i, end < 0 ? undefined : end));
      if (ref && columnOf(ref[1]) > maxColumn) far++;
    }
    return { cells, far };
  };
}

/**
 * What the guard found: a problem (or null when the zip looks like a safe .xlsx), and the sheets
 * holding cells past `maxColumn`, which the reader ignores anyway but exceljs would allocate
 * (a cell in column XFD makes a 16,384-slot row): the caller prunes those before exceljs loads.
 */
export interface XlsxInspection {
  problem: ZipProblem | null;
  farSheets: string[];
}

/** Returns null if the zip looks like a safe .xlsx, else what is wrong. */
export async function checkXlsxZip(bytes: Uint8Array): Promise<ZipProblem | null> {
  return (await inspectXlsxZip(bytes, Number.MAX_SAFE_INTEGER)).problem;
}

export async function inspectXlsxZip(bytes: Uint8Array, maxColumn: number): Promise<XlsxInspection> {
  const problem = (p: ZipProblem): XlsxInspection => ({ problem: p, farSheets: [] });
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return problem({ kind: 'not-zip', hint: notZipHint(bytes) });
  const zip = await openZip(bytes, MAX_ENTRIES);
  if (typeof zip === 'string') return problem({ kind: 'broken' });
  const farSheets: string[] = [];
  try {
    // Declared sizes first, for every entry: nothing is inflated yet.
    let total = 0;
    for (const { name, size, compressed, method, encrypted } of zip.entries) {
      if (size === 0xffffffff || compressed === 0xffffffff)
        return problem({ kind: 'too-big', entry: name, bytes: size });
      total += size;
      if (size > MAX_UNCOMPRESSED_ENTRY || total > MAX_UNCOMPRESSED_TOTAL)
        return problem({ kind: 'too-big', entry: name, bytes: size });
      if (encrypted || (method !== 0 && method !== 8)) return problem({ kind: 'broken' });
    }
    if (!zip.entries.some((e) => e.name === 'xl/workbook.xml')) return problem({ kind: 'not-xlsx' });
    let cells = 0;
    for (const entry of zip.entries) {
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
      const scan = cellScanner(maxColumn);
      let far = 0;
      try {
        await zip.stream(entry, (chunk) => {
          if (!sheet) return true;
          const n = scan(chunk);
          cells += n.cells;
          far += n.far;
          return cells <= MAX_CELLS;
        });
      } catch (e) {
        return problem(
          /too many bytes|exceeded/i.test(String((e as Error).message))
            ? { kind: 'too-big', entry: entry.name, bytes: entry.size }
            : { kind: 'broken' },
        );
      }
      if (cells > MAX_CELLS) return problem({ kind: 'too-many-cells', entry: entry.name });
      if (far > 0) farSheets.push(entry.name);
    }
    return { problem: null, farSheets };
  } finally {
    zip.close();
  }
}
