/**
 * Brings a sheet's text to Unicode: per-run conversion of TCVN3/VNI text in .xlsx (cell/run fonts
 * first, then content), and the Vietnamese note telling staff what was detected and converted.
 */
import type { SourceEncoding } from '../../../../shared/models/import';
import {
  convertLegacy,
  detectLegacy,
  encodingFromFontName,
  isCapsFont,
  isLegacyCandidate,
  type LegacyEncoding,
} from '../../../../shared/text/legacy-encodings';
import { scoreVietnamese } from '../../../../shared/text/vn-syllable';
import type { SheetTable, TextRun } from '../../kernel/spreadsheet/read-table';

export interface ConvertedRow {
  row: number;
  texts: string[];
  fixes: string[];
}
export interface ConvertedSheet {
  rows: ConvertedRow[];
  encoding: SourceEncoding;
  note: string;
}

const LABEL: Record<SourceEncoding, string> = {
  'utf-8': 'Unicode (UTF-8)',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};
const FIX: Partial<Record<SourceEncoding, string>> = {
  tcvn3: 'Chuyển mã TCVN3',
  vni: 'Chuyển mã VNI',
  'windows-1258': 'Chuyển mã Windows-1258',
};
const UNICODE_NOTE = 'Tệp dùng mã Unicode (UTF-8).';

const net = (t: string) => {
  const s = scoreVietnamese(t);
  return s.valid - s.invalid;
};
const hasNonAscii = (t: string) => /[^\x00-\x7f]/.test(t);
const mostCommon = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];

/** CSV: the bytes were already decoded; mark rows whose text went through a legacy conversion. */
export function csvSheet(
  sheet: SheetTable,
  encoding: SourceEncoding,
  forced: boolean,
  variant?: string,
): ConvertedSheet {
  const fix = FIX[encoding];
  const rows = sheet.rows.map((r) => {
    const texts = r.cells.map((c) => c?.text ?? '');
    return { row: r.row, texts, fixes: fix && texts.some(hasNonAscii) ? [fix] : [] };
  });
  let note: string;
  if (forced) note = `Đọc tệp theo mã ${LABEL[encoding]} theo lựa chọn.`;
  else if (encoding === 'utf-8') note = variant === 'UTF-16' ? 'Tệp dùng mã Unicode (UTF-16).' : UNICODE_NOTE;
  else if (encoding === 'windows-1258')
    note = 'Phát hiện mã Windows-1258 (dấu thanh rời); đã chuyển sang Unicode dựng sẵn.';
  else if (encoding === 'windows-1252') {
    note = 'Tệp dùng mã Windows-1252, không đủ chữ tiếng Việt: hãy kiểm tra chữ có dấu hoặc chọn lại bảng mã.';
  } else note = `Phát hiện mã ${LABEL[encoding]} theo nội dung; đã chuyển sang Unicode.`;
  return { rows, encoding, note };
}

/**
 * .xlsx: decide the sheet's legacy encoding (fonts first, then content) and convert run by run.
 * A run in a legacy font is converted unless its text reads better as it is; a run in another font
 * is converted only when the content-detected encoding makes it read better.
 */
export function xlsxSheet(sheet: SheetTable, forced?: SourceEncoding): ConvertedSheet {
  const forcedLegacy = forced === 'tcvn3' || forced === 'vni' ? forced : null;
  const byEncoding = new Map<string, number>();
  const fontsOf: Record<LegacyEncoding, Map<string, number>> = { tcvn3: new Map(), vni: new Map() };
  const contentTexts: string[] = [];
  for (const r of sheet.rows) {
    for (const c of r.cells) {
      if (!c || !hasNonAscii(c.text)) continue;
      contentTexts.push(c.text);
      for (const run of c.runs) {
        const enc = encodingFromFontName(run.font);
        if (!enc || !hasNonAscii(run.text)) continue;
        byEncoding.set(enc, (byEncoding.get(enc) ?? 0) + 1);
        fontsOf[enc].set(run.font!, (fontsOf[enc].get(run.font!) ?? 0) + 1);
      }
    }
  }
  let sheetEnc: LegacyEncoding | null = null;
  let how: 'font' | 'content' | 'forced' | null = null;
  if (forced) {
    sheetEnc = forcedLegacy;
    how = 'forced';
  } else if (byEncoding.size) {
    sheetEnc = mostCommon(byEncoding) as LegacyEncoding;
    how = 'font';
  } else {
    const d = detectLegacy(contentTexts);
    if (d.encoding !== 'utf-8' && d.confidence >= 0.3) {
      sheetEnc = d.encoding;
      how = 'content';
    }
  }
  const capsFonts = new Set<string>();
  let converted = 0;
  const memo = new Map<string, string>(); // lists repeat the same positions, units and notes
  const convertRun = (run: TextRun): string => {
    const key = `${run.font ?? ''}\u0000${run.text}`;
    let out = memo.get(key);
    if (out === undefined) memo.set(key, (out = convertRunUncached(run)));
    else if (out !== run.text) converted++;
    return out;
  };
  const convertRunUncached = (run: TextRun): string => {
    if (!sheetEnc && !forcedLegacy && !encodingFromFontName(run.font)) return run.text;
    if (!hasNonAscii(run.text) || !isLegacyCandidate(run.text) || (forced && !forcedLegacy)) return run.text;
    const fontEnc = forcedLegacy ? null : encodingFromFontName(run.font);
    const enc = forcedLegacy ?? fontEnc ?? sheetEnc;
    if (!enc) return run.text;
    const caps = enc === 'tcvn3' && isCapsFont(run.font);
    const out = convertLegacy(run.text, enc, { caps });
    if (out === run.text.normalize('NFC')) return run.text;
    if (!forcedLegacy) {
      const gain = net(out) - net(run.text);
      if (fontEnc ? gain < 0 : gain <= 0) return run.text;
    }
    if (caps) capsFonts.add(run.font!);
    converted++;
    return out;
  };
  const rows = sheet.rows.map((r) => {
    let changed = false;
    const texts = r.cells.map((c) => {
      if (!c) return '';
      const out = c.runs.map(convertRun).join('');
      if (out !== c.text) changed = true;
      return out;
    });
    const fix = changed && sheetEnc ? FIX[sheetEnc] : changed ? 'Chuyển mã' : undefined;
    return { row: r.row, texts, fixes: fix ? [fix] : [] };
  });
  if (!sheetEnc || (how !== 'forced' && converted === 0)) {
    const note =
      forced && !forcedLegacy ? `Đọc tệp theo mã ${LABEL[forced]} theo lựa chọn (không chuyển mã).` : UNICODE_NOTE;
    return { rows, encoding: 'utf-8', note };
  }
  const label = LABEL[sheetEnc];
  let note: string;
  if (how === 'forced') note = `Đã chuyển từ mã ${label} sang Unicode theo lựa chọn.`;
  else if (how === 'font')
    note = `Phát hiện mã ${label} (phông ${mostCommon(fontsOf[sheetEnc])}); đã chuyển sang Unicode.`;
  else note = `Phát hiện mã ${label} theo nội dung (phông chữ không cho biết); đã chuyển sang Unicode.`;
  if (capsFonts.size) note += ` Chữ ở phông chữ hoa (${[...capsFonts].join(', ')}) được chuyển thành chữ in hoa.`;
  return { rows, encoding: sheetEnc, note };
}
