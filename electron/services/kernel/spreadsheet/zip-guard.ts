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

/** Counts "<c " / "<c>" (cell elements) in sheet XML chunks; `carry` keeps a tag split across chunks. */
function cellCounter() {
  let carry = Buffer.alloc(0);
  return (chunk: Buffer): number => {
    const xml = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let n = 0;
    const end = xml.length - 2;
    for (let i = xml.indexOf(0x3c); i >= 0 && i < end; i = xml.indexOf(0x3c, i + 1)) {
      if (xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) n++;
    }
    carry = Buffer.from(xml.subarray(Math.max(0, xml.length - 2)));
    return n;
  };
}

/** Returns null if the zip looks like a safe .xlsx, else what is wrong. */
export async function checkXlsxZip(bytes: Uint8Array): Promise<ZipProblem | null> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: 'not-zip', hint: notZipHint(bytes) };
  const zip = await openZip(bytes, MAX_ENTRIES);
  if (typeof zip === 'string') return { kind: 'broken' };
  try {
    // Declared sizes first, for every entry: nothing is inflated yet.
    let total = 0;
    for (const { name, size, compressed, method, encrypted } of zip.entries) {
      if (size === 0xffffffff || compressed === 0xffffffff) return { kind: 'too-big', entry: name, bytes: size };
      total += size;
      if (size > MAX_UNCOMPRESSED_ENTRY || total > MAX_UNCOMPRESSED_TOTAL)
        return { kind: 'too-big', entry: name, bytes: size };
      if (encrypted || (method !== 0 && method !== 8)) return { kind: 'broken' };
    }
    if (!zip.entries.some((e) => e.name === 'xl/workbook.xml')) return { kind: 'not-xlsx' };
    let cells = 0;
    for (const entry of zip.entries) {
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
      const count = cellCounter();
      try {
        await zip.stream(entry, (chunk) => {
          if (!sheet) return true;
          cells += count(chunk);
          return cells <= MAX_CELLS;
        });
      } catch (e) {
        return /too many bytes|exceeded/i.test(String((e as Error).message))
          ? { kind: 'too-big', entry: entry.name, bytes: entry.size }
          : { kind: 'broken' };
      }
      if (cells > MAX_CELLS) return { kind: 'too-many-cells', entry: entry.name };
    }
    return null;
  } finally {
    zip.close();
  }
}
