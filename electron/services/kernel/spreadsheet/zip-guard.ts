/**
 * Checks an .xlsx (a zip) before exceljs opens it, so a broken file gets a clear message and a
 * zip bomb cannot exhaust memory: the central directory is read, the declared sizes are capped,
 * and every entry is inflated with a hard output limit to prove the declared size is true.
 */
import { inflateRawSync } from 'node:zlib';
import { zipDirectory } from '../zip-directory';

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

/** Counts "<c " / "<c>" (cell elements) in sheet XML. */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length - 2; i = xml.indexOf(0x3c, i + 1)) {
    if (xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) n++;
  }
  return n;
}

/** Returns null if the zip looks like a safe .xlsx, else what is wrong. */
export function checkXlsxZip(bytes: Uint8Array): ZipProblem | null {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: 'not-zip', hint: notZipHint(bytes) };
  const dir = zipDirectory(bytes, MAX_ENTRIES);
  if ('error' in dir) return { kind: 'broken' };
  let total = 0;
  let hasWorkbook = false;
  let cells = 0;
  for (const { name, method, compressed, size, dataStart } of dir.entries) {
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    if (size === 0xffffffff || compressed === 0xffffffff) return { kind: 'too-big', entry: name, bytes: size };
    total += size;
    if (size > MAX_UNCOMPRESSED_ENTRY || total > MAX_UNCOMPRESSED_TOTAL) return { kind: 'too-big', entry: name, bytes: size };
    // Verify the data really inflates to no more than the declared size.
    if (dataStart === null) return { kind: 'broken' };
    let data: Uint8Array;
    if (method === 8) {
      try {
        data = inflateRawSync(bytes.subarray(dataStart, dataStart + compressed), { maxOutputLength: Math.max(1, size) });
        if (data.length !== size) return { kind: 'broken' };
      } catch (e) {
        if (e instanceof RangeError) return { kind: 'too-big', entry: name, bytes: size };
        return { kind: 'broken' };
      }
    } else if (method === 0) {
      data = bytes.subarray(dataStart, dataStart + compressed);
    } else {
      return { kind: 'broken' };
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      cells += countCells(data);
      if (cells > MAX_CELLS) return { kind: 'too-many-cells', entry: name };
    }
  }
  return hasWorkbook ? null : { kind: 'not-xlsx' };
}
