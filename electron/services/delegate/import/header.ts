/**
 * Finds the header row (under any title rows) and maps its columns to fields by their Vietnamese
 * wording, ignoring diacritics, case, punctuation and a trailing "(…)".
 */
import type { ImportField } from '../../../../shared/models/import';
import { foldDiacritics } from '../../../../shared/text/normalize';

export const HEADER_SCAN_ROWS = 25;

/** Header wording → field, tried in order on the folded header ("chuc vu, don vi" before "chuc vu"). */
const HEADER_PATTERNS: [ImportField, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|so)$/],
  [
    'positionUnit',
    /^(chuc vu|chuc danh)( ?[,;\-–/&+] ?| va | )(don vi|co quan|noi cong tac|don vi cong tac|co quan don vi|co quan, don vi)$/,
  ],
  ['positionUnit', /^chuc vu,? (don vi|co quan) cong tac$/],
  [
    'fullName',
    /^(ho (va )?ten|ho, ten|ten|ho ten dai bieu|ho va ten dai bieu|ho va ten khach moi|ho ten khach moi|ten dai bieu|dai bieu)$/,
  ],
  ['rank', /^(cap bac|quan ham|cap bac, quan ham|cap bac quan ham|cb)$/],
  ['position', /^(chuc vu|chuc danh|chuc vu hien tai)$/],
  ['unit', /^(don vi|co quan|co quan,? don vi|don vi cong tac|noi cong tac|co quan cong tac|don vi, co quan)$/],
  ['category', /^(thanh phan|doi tuong|thanh phan dai bieu|thanh phan moi|doi tuong moi|nhom|khoi)$/],
  [
    'phone',
    /^(dien thoai|sdt|so dien thoai|so dt|dt|dtdd|dt di dong|di dong|so di dong|dien thoai di dong|dien thoai lien he)$/,
  ],
  ['email', /^(e-?mail|thu dien tu|dia chi e-?mail|hop thu)$/],
  ['address', /^(dia chi|dia chi lien he|dia chi co quan|dia chi gui thu|dia chi nhan)$/],
  ['note', /^(ghi chu|ghi chu khac)$/],
  ['salutation', /^(danh xung|xung ho|cach xung ho)$/],
];

/** Folds a header cell: no diacritics, lowercase, no dots/colons/asterisks, no "(…)" tail. */
export function foldHeader(text: string): string {
  return foldDiacritics(text)
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[.:*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fieldForHeader(text: string): ImportField | null {
  const f = foldHeader(text);
  if (!f || f.length > 60) return null;
  for (const [field, re] of HEADER_PATTERNS) if (re.test(f)) return field;
  return null;
}

/** Fields found in one row, by column index. A field already seen keeps its first column. */
export function mapHeaderRow(cells: string[]): Map<number, ImportField> {
  const out = new Map<number, ImportField>();
  const seen = new Set<ImportField>();
  cells.forEach((text, i) => {
    const field = text ? fieldForHeader(text) : null;
    if (!field) return;
    if (seen.has(field) && field !== 'note') return;
    seen.add(field);
    out.set(i, field);
  });
  return out;
}

const CORE: ImportField[] = ['fullName', 'position', 'unit', 'positionUnit'];

/**
 * The header row among the first rows: the first row with a name/position column and at least one
 * other recognised column (or two core columns). Returns the index into `rows`, or -1.
 */
export function findHeaderRow(rows: { row: number; texts: string[] }[]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < rows.length && rows[i].row <= HEADER_SCAN_ROWS; i++) {
    const fields = [...mapHeaderRow(rows[i].texts).values()];
    const core = fields.filter((f) => CORE.includes(f)).length;
    if (core === 0 || fields.length < 2) continue;
    // The first qualifying row wins unless a later one (a second header line) is clearly richer.
    if (best < 0 || fields.length > bestScore + 1) {
      best = i;
      bestScore = fields.length;
    }
  }
  return best;
}
