/**
 * Pasted plans arrive hard-wrapped (PDF copies: a blank line after every printed line, sentences cut
 * anywhere) or as Markdown (headings "### 1. Sở Ngoại vụ:", bold "**…**"). This rebuilds the logical
 * paragraphs: a line continues the previous one unless it starts a bullet, a numbered point, a heading,
 * or the previous line ended a sentence and this one starts with a capital.
 */

export interface Para {
  text: string;
  /** "-"/"+"/"•" item, level 1 ("-", "•", "–") or 2 ("+"). */
  bullet: 0 | 1 | 2;
  /** "1." / "1.2." / "a)" / "(1)" at the start (kept in text). */
  numbered: boolean;
  /** "III. TỔ CHỨC THỰC HIỆN": a Roman numeral or an all-capitals line. */
  major: boolean;
}

const BULLET = /^([-–•+])\s+/;
const NUMBERED = /^(?:\d{1,2}(?:\s?\.\s?\d{1,2})*\s?[.)]|[a-zđ]\)|\(\d{1,2}\))\s*/u;
const ROMAN = /^[IVX]{1,5}\s?[.)-]\s+/;
const UPPER = /^\p{Lu}/u;

/** "ĐẠI BIỂU" (letters all upper case, at least two words). */
const allCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi') && /\s/.test(s.trim());
};

/** One printed line cleaned: NFC, no Markdown heading marks or emphasis, single spaces. */
export function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(\S[^*]*?)\*(?=[\s.,;:)]|$)/g, '$1$2')
    .replace(/[\t\u00a0 ]+/g, ' ')
    .trim();
}

function startsNew(prev: string, line: string): boolean {
  const ended = /[.:;!?]["”)]?$/.test(prev) || /\.\/\.$/.test(prev);
  // "- xã hội vùng…", "- 2025, định hướng…": a line cut before a hyphen, not a bullet.
  if (BULLET.test(line)) return ended || UPPER.test(line.replace(BULLET, ''));
  if (ROMAN.test(line) || /^(?:Nơi nhận|Lưu ý|Ghi chú)\b/u.test(line)) return true;
  if (allCaps(line) || allCaps(prev)) return true;
  if (NUMBERED.test(line)) return ended || UPPER.test(line.replace(NUMBERED, '')) || !/[,\-–]$/.test(prev);
  // A short numbered heading without a colon ("2. Văn phòng UBND tỉnh") stands alone.
  if (NUMBERED.test(prev) && prev.length <= 65 && !/[,\-–]$/.test(prev) && UPPER.test(line)) return true;
  return ended && (UPPER.test(line) || line.startsWith('('));
}

/**
 * The logical paragraphs of a pasted text.
 * @example toParagraphs('1. Sở Nội vụ:\n\nphối hợp với\n\nSở Tài chính.').map(p => p.text) → ['1. Sở Nội vụ: phối hợp với Sở Tài chính.']
 */
export function toParagraphs(text: string): Para[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = cleanLine(raw);
    if (!line) continue;
    const prev = out[out.length - 1];
    if (prev === undefined || startsNew(prev, line)) out.push(line);
    else out[out.length - 1] = `${prev} ${line}`;
  }
  return out.map((t) => {
    const b = BULLET.exec(t);
    return {
      text: b ? t.slice(b[0].length).trim() : t,
      bullet: b ? (b[1] === '+' ? 2 : 1) : 0,
      numbered: !b && NUMBERED.test(t),
      major: !b && (ROMAN.test(t) || allCaps(t)),
    };
  });
}

/** The text without its "1." / "a)" / "(1)" / "III." mark. */
export const withoutNumber = (s: string) => s.replace(ROMAN, '').replace(NUMBERED, '').trim();

/**
 * Sentences of a paragraph: split after ". " before a capital (not inside quotes or brackets).
 * @example sentences('Một câu. Hai câu.') → ['Một câu.', 'Hai câu.']
 */
export function sentences(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (
      c === '.' &&
      depth === 0 &&
      p[i + 1] === ' ' &&
      UPPER.test(p.slice(i + 2, i + 3)) &&
      !/\b(?:TP|Tp|St|Mr|Đ\/c|đ\/c)$/u.test(p.slice(start, i))
    ) {
      out.push(p.slice(start, i + 1).trim());
      start = i + 2;
    }
  }
  const rest = p.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Upper-cases the first letter. */
export const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);
