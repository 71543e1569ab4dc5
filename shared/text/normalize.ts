/**
 * Vietnamese text clean-up used everywhere a person's data enters the store.
 * Text arrives as NFC or NFD, with double spaces, "Đ/c" prefixes and U+00D0 (Ð, Icelandic eth)
 * typed for U+0110 (Đ).
 */

/**
 * Bidi overrides and isolates (U+202A–202E, U+2066–2069, LRM/RLM/ALM) make a name display as
 * something else ("Bàn 1" + RLO); control characters (NUL, C0 except whitespace, DEL, C1) have no
 * place in a name. Both are removed where text is normalised.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** NFC, Ð→Đ / ð→đ, bidi controls, control characters, non-breaking and zero-width spaces removed, runs of spaces folded, trimmed. */
export function normalizeText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

const HONORIFIC = /^(?:đ\/c|đ\.c|đc|đồng chí|ông|bà|anh|chị)[\s.:]+/iu;

/** Removes a leading "Đ/c", "Đồng chí", "Ông", "Bà" that offices type before names. */
export function stripHonorific(name: string): { name: string; honorific: string } {
  const clean = normalizeText(name);
  const m = clean.match(HONORIFIC);
  if (!m) return { name: clean, honorific: '' };
  return { name: clean.slice(m[0].length).trim(), honorific: m[0].trim() };
}

/** Lowercase, no tone marks or hats, đ→d: "Nguyễn Văn Sơn" → "nguyen van son". */
export function foldDiacritics(value: string): string {
  return normalizeText(value)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** Title-case each word the way names are written: "nguyễn văn SƠN" → "Nguyễn Văn Sơn". */
export function titleCaseName(name: string): string {
  return normalizeText(name)
    .split(' ')
    .map((w) => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w))
    .join(' ');
}
