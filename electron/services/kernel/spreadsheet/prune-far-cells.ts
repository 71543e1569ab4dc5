/**
 * Drops the cells past the columns the reader keeps, before exceljs loads an .xlsx. exceljs makes
 * a row as long as its last cell: one stray cell in column XFD on each of 20,000 rows (a hostile or
 * just odd file) allocates 327 million slots and holds a core for seconds, while the reader ignores
 * every column past MAX_COLUMNS anyway. So the result of reading is the same with or without them.
 * Only sheets the guard flagged are rewritten; every other file is loaded as it is.
 */
import JSZip from 'jszip';

const columnOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** One cell element, empty (`<c …/>`) or with content (`<c …>…</c>`); a cell holds no nested `<c`. */
const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;
const REF = /\br="([A-Z]{1,3})\d+"/;

/** The sheet XML without cells past `maxColumn`, and without row `spans` (they would still name them). */
export function pruneSheetXml(xml: string, maxColumn: number): string {
  return xml
    .replace(CELL, (cell, attrs: string) => {
      const ref = REF.exec(attrs);
      return ref && columnOf(ref[1]) > maxColumn ? '' : cell;
    })
    .replace(/(<row\b[^>]*?)\sspans="[^"]*"/g, '$1');
}

/** The .xlsx with the flagged sheets pruned (the guard has already bounded every entry's size). */
export async function pruneFarCells(bytes: Uint8Array, sheets: string[], maxColumn: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of sheets) {
    const file = zip.file(name);
    if (file) zip.file(name, pruneSheetXml(await file.async('string'), maxColumn));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
