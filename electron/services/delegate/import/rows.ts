/**
 * Classifies every row under the header: blank, section ("A | KHÁCH MỜI"), totals, signature
 * block, or a person whose fields are cleaned up (each repair listed in `fixes`).
 */
import { AppError } from '../../../../shared/api/errors';
import type { DelegateFields } from '../../../../shared/models/delegate';
import { DELEGATE_FIELD_LABELS } from '../../../../shared/models/delegate';
import type { ImportField, ImportRowPlan } from '../../../../shared/models/import';
import { foldDiacritics, normalizeText, stripHonorific, titleCaseName } from '../../../../shared/text/normalize';
import { canonicalRank, splitRank } from '../../../../shared/text/ranks';
import { repairPhone, splitPositionUnit } from './fields';

export interface SourceRow {
  row: number;
  /** Converted text per column index (0 = A). */
  texts: string[];
  /** Repairs already made to this row, e.g. "Chuyển mã VNI". */
  fixes: string[];
}

export interface ClassifyOptions {
  fileName: string;
  /** Column index → field (ignored columns absent). */
  fields: Map<number, ImportField>;
  /** Letters of every column shown, index-aligned with the table's columns. */
  letters: string[];
  /** The header row's texts: the same row again further down (printed pages) is skipped. */
  headerTexts?: string[];
}

const MAX: Record<keyof DelegateFields, number> = {
  fullName: 200,
  rank: 50,
  position: 300,
  unit: 300,
  category: 200,
  salutation: 50,
  phone: 50,
  email: 200,
  note: 2000,
  sortKey: 100,
  address: 500,
  badgeType: 20,
};

const SIGNATURE = [
  /^nguoi (lap|lap bieu|lap danh sach|tong hop|ky|duyet)(?![a-z])/,
  /^(t\/m|k\/t|tm|kt|tl|tuq)[.\s]/,
  /^noi nhan(?![a-z])/,
  /^(thu truong don vi|xac nhan cua|chi huy don vi)(?![a-z])/,
  /(^|, )ngay\s*[\d.…_ ]*\s*thang\b.*\bnam\b/,
];
const TOTALS = /^(tổng cộng|tổng số|(tổng|cộng)(?=[\s:]*(\d|$)))(?![\p{L}])/iu;
const FOOTNOTE = /^(ghi chú|lưu ý|chú ý)\s*:|^\(.*\)$/iu;
const SECTION_MARKER = /^([A-Z]|[IVXLC]+)[.)]?$/;
const SECTION_TEXT = /^(?:phần\s+)?([A-Z]|[IVXLC]+)\s*[.):\-–]\s*(\S.*)$/u;
const ROMAN_CAPS = /^([IVXLC]+)\s+(\S.*)$/u;
const isNumber = (s: string) => /^\d{1,6}[.)]?$/.test(s);
const isCaps = (s: string) => (s.match(/\p{L}/gu)?.length ?? 0) >= 2 && s === s.toLocaleUpperCase('vi');

function sectionText(cells: string[], nonEmpty: number[], sttCol: number): string | null {
  // The marker sits in the STT column, or (no STT column) in the first filled cell.
  const markerCol = sttCol >= 0 ? sttCol : nonEmpty.length >= 2 ? nonEmpty[0] : -1;
  const marker = markerCol >= 0 ? cells[markerCol] : '';
  const others = nonEmpty.filter((i) => i !== markerCol);
  if (marker && SECTION_MARKER.test(marker) && others.length > 0) {
    const text = others.map((i) => cells[i]).join(' ');
    return text.replace(SECTION_TEXT, '$2');
  }
  if (nonEmpty.length !== 1) return null;
  const only = cells[nonEmpty[0]];
  const marked = SECTION_TEXT.exec(only);
  if (marked) return marked[2];
  const roman = ROMAN_CAPS.exec(only);
  if (roman && isCaps(roman[2])) return roman[2];
  return isCaps(only) && !isNumber(only) ? only : null;
}

function isColumnNumbers(cells: string[], nonEmpty: number[]): boolean {
  if (nonEmpty.length < 3) return false;
  let last = 0;
  for (const i of nonEmpty) {
    const m = /^\(?(\d{1,2})\)?$/.exec(cells[i]);
    if (!m || Number(m[1]) <= last) return false;
    last = Number(m[1]);
  }
  return true;
}

const honorificLabel = (h: string) => h.replace(/[\s.:]+$/, '');

export function classifyRows(rows: SourceRow[], opts: ClassifyOptions): ImportRowPlan[] {
  const { fields, letters, fileName } = opts;
  const colsOf = (f: ImportField) => [...fields].filter(([, v]) => v === f).map(([k]) => k);
  const sttCol = colsOf('stt')[0] ?? -1;
  const nameCol = colsOf('fullName')[0] ?? -1;
  const plans: ImportRowPlan[] = [];
  let section: { text: string; row: number; letter: string } | null = null;
  let signed = false;
  const firstRowOf = new Map<string, number>();
  const rowKey = (texts: string[]) =>
    texts
      .map((t) => foldDiacritics(t ?? ''))
      .join('|')
      .replace(/\|+$/, '');
  const headerKey = opts.headerTexts ? rowKey(opts.headerTexts) : '';

  const tooLong = (row: number, col: number, field: keyof DelegateFields, len: number) =>
    new AppError(
      'IMPORT_INVALID',
      `Ô ${letters[col] ?? '?'}${row} (${DELEGATE_FIELD_LABELS[field]}) dài ${len} ký tự, quá giới hạn ${MAX[field]} ký tự — tệp "${fileName}", dòng ${row}, cột ${letters[col] ?? '?'}`,
      { file: fileName, row, column: letters[col] },
    );

  for (const src of rows) {
    const cells = letters.map((_, i) => normalizeText(src.texts[i] ?? ''));
    const plan: ImportRowPlan = {
      row: src.row,
      fate: 'skip',
      reason: '',
      delegate: null,
      fixes: [],
      existingId: null,
      cells: Object.fromEntries(letters.map((l, i) => [l, src.texts[i] ?? ''])),
    };
    plans.push(plan);
    const nonEmpty = cells.flatMap((c, i) => (c ? [i] : []));
    if (signed) {
      plan.reason = 'Sau phần ký tên';
      continue;
    }
    if (nonEmpty.length === 0) {
      plan.reason = 'Dòng trống';
      continue;
    }
    const stt = sttCol >= 0 ? cells[sttCol] : '';
    if (!isNumber(stt)) {
      if (headerKey && rowKey(cells) === headerKey) {
        plan.reason = 'Dòng tiêu đề lặp lại';
        continue;
      }
      // Footer text sits in the name column or in a row whose name cell is empty: a person's note
      // such as "Ngày 15 tháng 3 năm 2025 mới đến" must not end the list.
      const footerCells = nameCol >= 0 && cells[nameCol] ? [nameCol] : nonEmpty;
      if (footerCells.some((i) => SIGNATURE.some((re) => re.test(foldDiacritics(cells[i]))))) {
        signed = true;
        plan.reason = 'Phần ký tên, nơi nhận (cuối danh sách)';
        continue;
      }
      if (footerCells.some((i) => TOTALS.test(cells[i]))) {
        plan.reason = 'Dòng tổng cộng';
        continue;
      }
      if (isColumnNumbers(cells, nonEmpty)) {
        plan.reason = 'Dòng đánh số cột';
        continue;
      }
      if (nonEmpty.length === 1 && FOOTNOTE.test(cells[nonEmpty[0]])) {
        plan.reason = 'Dòng ghi chú, chú thích';
        continue;
      }
      const title = sectionText(cells, nonEmpty, sttCol);
      if (title !== null) {
        const col = nonEmpty.find((i) => i !== sttCol) ?? nonEmpty[0];
        if (title.length > MAX.category) throw tooLong(src.row, col, 'category', title.length);
        section = { text: title, row: src.row, letter: letters[col] };
        plan.fate = 'section';
        plan.reason = `Nhóm "${title}"`;
        continue;
      }
    }

    // A person (or an invitation with no name yet).
    const fixes = new Set<string>(src.fixes);
    if (src.texts.some((t) => t && t !== t.normalize('NFC'))) fixes.add('Chuẩn hóa Unicode NFC');
    if (src.texts.some((t) => t && /[\u00D0\u00F0]/.test(t))) fixes.add('Ð→Đ');
    const source = new Map<keyof DelegateFields, number>();
    const get = (f: ImportField, as: keyof DelegateFields) => {
      const cols = colsOf(f).filter((i) => cells[i]);
      if (cols.length && !source.has(as)) source.set(as, cols[0]);
      return cols.map((i) => cells[i]).join(' ');
    };
    let name = get('fullName', 'fullName');
    let position = get('position', 'position');
    let unit = get('unit', 'unit');
    let salutation = get('salutation', 'salutation');
    const honor = stripHonorific(name);
    if (honor.honorific) {
      name = honor.name;
      fixes.add(`Bỏ tiền tố ${honorificLabel(honor.honorific)}`);
      const h = foldDiacritics(honor.honorific);
      if (!salutation && /^(ong|ba|anh|chi)\b/.test(h)) salutation = titleCaseName(honorificLabel(honor.honorific));
    }
    let rank = '';
    const rankCell = get('rank', 'rank');
    const inName = splitRank(name);
    if (rankCell) {
      rank = canonicalRank(rankCell) || rankCell;
      if (inName.rank && inName.rank === rank) {
        name = inName.name;
        fixes.add('Bỏ cấp bậc lặp trong họ tên');
      }
    } else if (inName.rank) {
      rank = inName.rank;
      name = inName.name;
      source.set('rank', source.get('fullName') ?? 0);
      fixes.add('Tách cấp bậc từ họ tên');
    }
    const nameSrc = source.get('fullName') ?? 0;
    const comma = name.indexOf(',');
    let combined = colsOf('positionUnit')
      .map((i) => src.texts[i] ?? '')
      .filter((t) => normalizeText(t))
      .join('\n');
    let combinedCol = colsOf('positionUnit').find((i) => cells[i]) ?? nameSrc;
    if (comma > 0 && !position && !unit && !combined) {
      combined = name.slice(comma + 1);
      combinedCol = nameSrc;
      name = name.slice(0, comma).trim();
      fixes.add('Tách chức vụ khỏi họ tên');
    }
    if (combined) {
      const split = splitPositionUnit(combined);
      if (!position && split.position) {
        position = split.position;
        source.set('position', combinedCol);
      }
      if (!unit && split.unit) {
        unit = split.unit;
        source.set('unit', combinedCol);
      }
      if (split.position && split.unit) fixes.add('Tách chức vụ, đơn vị');
    }
    if (
      name &&
      name.includes(' ') &&
      (name === name.toLocaleUpperCase('vi') || name === name.toLocaleLowerCase('vi'))
    ) {
      const fixed = titleCaseName(name);
      if (fixed !== name) {
        name = fixed;
        fixes.add('Viết hoa chữ cái đầu họ tên');
      }
    }
    const phone = repairPhone(get('phone', 'phone'));
    phone.fixes.forEach((f) => fixes.add(f));
    const ownCategory = get('category', 'category');
    const delegate: DelegateFields = {
      fullName: name,
      rank,
      position,
      unit,
      category: ownCategory || section?.text || '',
      salutation,
      phone: phone.phone,
      email: get('email', 'email'),
      note: get('note', 'note'),
      sortKey: '',
      address: get('address', 'address'),
      badgeType: '',
    };
    if (!name && !position && !unit) {
      const other = nonEmpty.some((i) => i !== sttCol);
      plan.reason = other ? 'Không có họ tên, chức vụ hay đơn vị' : 'Chỉ có số thứ tự';
      continue;
    }
    for (const key of Object.keys(MAX) as (keyof DelegateFields)[]) {
      const len = delegate[key].length;
      if (len <= MAX[key]) continue;
      if (key === 'category' && !ownCategory && section) {
        throw tooLong(section.row, letters.indexOf(section.letter), key, len);
      }
      throw tooLong(src.row, source.get(key) ?? 0, key, len);
    }
    plan.delegate = delegate;
    plan.fate = 'import';
    if (!name) {
      plan.reason = 'Chưa có tên: giữ làm suất mời theo chức vụ, đơn vị';
      fixes.add('Dòng chưa có tên');
    } else {
      const key = `${foldDiacritics(name)}|${foldDiacritics(unit)}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        plan.fate = 'duplicate';
        plan.reason = `Trùng với dòng ${first}`;
      } else {
        firstRowOf.set(key, src.row);
      }
    }
    plan.fixes = [...fixes];
  }
  return plans;
}
