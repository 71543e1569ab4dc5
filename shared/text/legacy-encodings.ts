/**
 * Vietnamese legacy encodings → Unicode NFC: TCVN3 (ABC), VNI-Windows, Windows-1258.
 * Tables: ./legacy-tables.ts. Detection by content: ./vn-syllable.ts.
 *
 * TCVN3 capitals: TCVN3 has byte codes only for lowercase toned letters (plus Ă Â Ê Ô Ơ Ư Đ).
 * Capitals are shown by caps fonts (.VnTimeH, .VnArialH…) drawing the same bytes as capital
 * glyphs. So: text in a "…H" font is converted and then uppercased (`caps: true`). Text in a normal
 * font whose case-definite letters are all capitals ("NGUYÔN" typed with UniKey in .VnTime) is
 * uppercased too — per cell if the whole text has no lowercase letter, else per word.
 */
import iconv from 'iconv-lite';
import type { SourceEncoding } from '../models/import';
import { CP1252_C1, TCVN3_DECODE, VNI_DECODE } from './legacy-tables';
import { countNonAsciiWords, scoreVietnamese } from './vn-syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

const CP1252_SPECIALS = new Set<string>([...CP1252_C1].filter((c) => c.charCodeAt(0) > 0xff));

/** True if every char could be a legacy byte read as Windows-1252 (so the text may be legacy). */
export function isLegacyCandidate(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0xff && !CP1252_SPECIALS.has(ch)) return false;
  }
  return true;
}

/** Bytes → string with one char per byte (Latin-1), without Node's Buffer. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

const c1ToCp1252 = (s: string) => s.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);

const isUpperLetter = (c: string) => {
  const x = c.charCodeAt(0);
  if (x < 0x80) return x >= 65 && x <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
const isLowerLetter = (c: string) => {
  const x = c.charCodeAt(0);
  if (x < 0x80) return x >= 97 && x <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
const isWordChar = (c: string) => {
  const x = c.charCodeAt(0);
  return (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 0xc0 && /[\p{L}\p{M}]/u.test(c));
};
/** Letters decoded from TCVN3 toned-letter bytes: the byte does not tell their case. */
const TCVN3_AMBIGUOUS = new Set([...TCVN3_DECODE.values()].filter((c) => isLowerLetter(c) && !/[ăâêôơưđ]/.test(c)));

function convertTcvn3(text: string, caps: boolean): string {
  const chars: string[] = [];
  const ambiguous: boolean[] = [];
  let upperTotal = 0;
  let lowerTotal = 0;
  for (const ch of text) {
    const mapped = TCVN3_DECODE.get(ch) ?? ch;
    const amb = mapped !== ch && TCVN3_AMBIGUOUS.has(mapped);
    chars.push(mapped);
    ambiguous.push(amb);
    if (!amb && isUpperLetter(mapped)) upperTotal++;
    else if (!amb && isLowerLetter(mapped)) lowerTotal++;
  }
  const joined = chars.join('');
  if (caps || (lowerTotal === 0 && upperTotal >= 2)) return joined.toLocaleUpperCase('vi');
  if (upperTotal < 2 || !ambiguous.includes(true)) return joined;
  // Per word: a word whose case-definite letters are all capitals (≥2) is a capitalised word.
  let out = '';
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && isWordChar(chars[i])) continue;
    let upper = 0;
    let lower = 0;
    for (let k = start; k < i; k++) {
      if (ambiguous[k]) continue;
      if (isUpperLetter(chars[k])) upper++;
      else if (isLowerLetter(chars[k])) lower++;
    }
    const word = chars.slice(start, i).join('');
    out += lower === 0 && upper >= 2 ? word.toLocaleUpperCase('vi') : word;
    if (i < chars.length) out += chars[i];
    start = i + 1;
  }
  return out;
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const two = VNI_DECODE.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i++;
      continue;
    }
    out += VNI_DECODE.get(text[i]) ?? text[i];
  }
  return out;
}

/**
 * Converts legacy text (chars = legacy bytes as Windows-1252/Latin-1) to Unicode NFC.
 * `caps`: the text was in a TCVN3 caps font (.VnTimeH…): uppercase after converting.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding, opts: { caps?: boolean } = {}): string {
  const converted = encoding === 'tcvn3' ? convertTcvn3(text, !!opts.caps) : convertVni(text);
  return c1ToCp1252(converted).normalize('NFC');
}

/** .VnTime, .VnTimeH, .VnArial… → tcvn3; VNI-Times, VNI-Helve… → vni; anything else → null. */
export function encodingFromFontName(font: string | null | undefined): LegacyEncoding | null {
  const f = (font ?? '').trim();
  if (/^vni[-_ ]/i.test(f)) return 'vni';
  if (/^\.vn/i.test(f) || /^Vn[A-Z]/.test(f)) return 'tcvn3';
  return null;
}

/** TCVN3 caps fonts end in H: .VnTimeH, .VnArialH, .VnBlackH… */
export function isCapsFont(font: string | null | undefined): boolean {
  const f = (font ?? '').trim();
  return encodingFromFontName(f) === 'tcvn3' && /H$/.test(f.replace(/\s+/g, ''));
}

/** Net score per word: +1 valid Vietnamese syllable, −1 impossible word. */
const net = (text: string) => {
  const s = scoreVietnamese(text);
  return s.valid - s.invalid;
};

const MAX_SAMPLE_TEXTS = 3000;

/**
 * Decides by content whether texts are Unicode, TCVN3 or VNI. Each candidate conversion is scored
 * by how many words become well-formed Vietnamese syllables minus how many become impossible.
 * confidence ∈ [0,1]: high when the winner reads as Vietnamese and clearly beats the runner-up.
 */
export function detectLegacy(texts: string[]): { encoding: 'utf-8' | LegacyEncoding; confidence: number } {
  let total = 0;
  const score = { 'utf-8': 0, vni: 0, tcvn3: 0 };
  let sampled = 0;
  for (const text of texts) {
    if (!text) continue;
    const n = countNonAsciiWords(text);
    if (n === 0) continue;
    if (++sampled > MAX_SAMPLE_TEXTS) break;
    total += n;
    score['utf-8'] += net(text);
    const legacy = isLegacyCandidate(text);
    for (const enc of ['vni', 'tcvn3'] as const) score[enc] += legacy ? net(convertLegacy(text, enc)) : -n;
  }
  if (total === 0) return { encoding: 'utf-8', confidence: 1 };
  const ranked = (['utf-8', 'vni', 'tcvn3'] as const)
    .map((enc) => ({ enc, s: score[enc] / total }))
    .sort((a, b) => b.s - a.s); // stable: ties keep utf-8 > vni > tcvn3
  const [best, second] = ranked;
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  return { encoding: best.enc, confidence: Math.round(clamp(best.s) * clamp(best.s - second.s) * 1000) / 1000 };
}

/** Letters only Unicode Vietnamese text has (beyond Latin-1), or combining tone marks. */
const VN_UNICODE =
  // eslint-disable-next-line no-misleading-character-class -- the class lists the combining tone marks on purpose
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9]/;

const startsWith = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

const SAMPLE_BYTES = 256 * 1024;

/**
 * Decodes a CSV/text file: BOMs first, then valid UTF-8 (unless that UTF-8 text is itself legacy
 * text with no Vietnamese Unicode letter), else the best of Windows-1258 / VNI / TCVN3 /
 * Windows-1252 by content. `variant` tells UTF-16 apart for the note (encoding stays 'utf-8').
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: SourceEncoding; variant?: string } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: decodeBytesAs(bytes, 'utf-8'), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return { text: decodeBytesAs(bytes, 'utf-8'), encoding: 'utf-8', variant: 'UTF-16' };
  }
  const u16 = looksUtf16(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: 'utf-8', variant: 'UTF-16' };
  let utf8: string | null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) {
    if (!/[^\x00-\x7f]/.test(utf8) || VN_UNICODE.test(utf8)) return { text: utf8, encoding: 'utf-8' };
    const d = detectLegacy(utf8.slice(0, SAMPLE_BYTES).split(/\r\n|\r|\n/));
    if (d.encoding !== 'utf-8' && d.confidence >= 0.5)
      return { text: convertLegacy(utf8, d.encoding), encoding: d.encoding };
    return { text: utf8, encoding: 'utf-8' };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: { enc: SourceEncoding; s: number } | null = null;
  for (const enc of ['windows-1258', 'vni', 'tcvn3', 'windows-1252'] as const) {
    const s = net(decodeBytesAs(sample, enc));
    if (!best || s > best.s) best = { enc, s };
  }
  const enc = best!.enc;
  return { text: decodeBytesAs(bytes, enc), encoding: enc };
}

/** Decodes bytes as the given encoding (used when staff override the detected one). */
export function decodeBytesAs(bytes: Uint8Array, encoding: SourceEncoding): string {
  switch (encoding) {
    case 'utf-8':
      if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
      if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
      return new TextDecoder('utf-8').decode(startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes);
    case 'windows-1258':
      return iconv
        .decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258')
        .normalize('NFC');
    case 'windows-1252':
      return c1ToCp1252(latin1(bytes));
    case 'tcvn3':
    case 'vni': {
      // Legacy bytes are almost never valid UTF-8; if they are, the file is legacy text saved as UTF-8.
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (!/[^\x00-\x7f]/.test(text)) text = latin1(bytes);
      } catch {
        text = latin1(bytes);
      }
      return convertLegacy(text.replace(/^\uFEFF/, ''), encoding);
    }
  }
}
