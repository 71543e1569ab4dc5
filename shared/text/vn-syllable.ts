/**
 * How Vietnamese a piece of text looks: counts words that are well-formed Vietnamese syllables
 * against words that cannot be. Used to tell Unicode, TCVN3, VNI and Windows-1258 apart by content.
 */
import { VN_PRECOMPOSED } from './legacy-tables';

const VN_LETTERS = new Set<string>([...VN_PRECOMPOSED]);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?';
const NUCLEI = [
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uyê',
  'uya',
  'uyu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`, 'u');

/** Splits on whitespace, ASCII digits and ASCII punctuation only (legacy symbols stay inside words). */
const SPLIT = /[\s0-9!-/:-@[-`{-~]+/u;

export type WordVerdict = 'valid' | 'invalid' | 'neutral';

/** Judges one word (already converted to Unicode). ASCII-only words are neutral. */
export function judgeWord(word: string): WordVerdict {
  const w = word
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ');
  if (!/[^\x00-\x7f]/.test(w)) return 'neutral';
  for (const ch of w) {
    if (!(/[A-Za-z]/.test(ch) || VN_LETTERS.has(ch))) return 'invalid';
  }
  const lower = w.toLowerCase();
  const upper = w.toUpperCase();
  const title = w[0].toUpperCase() + w.slice(1).toLowerCase();
  if (w !== lower && w !== upper && w !== title) return 'invalid';
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONES)?.length ?? 0;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  if (tones <= 1 && SYLLABLE.test(bare)) return 'valid';
  // Abbreviations such as HĐND, NĐ-CP: only Đ is non-ASCII and there are no tones.
  if (tones === 0 && /^[a-zđ]+$/.test(bare) && /đ/.test(bare) && w === upper) return 'neutral';
  return 'invalid';
}

export interface VnScore {
  valid: number;
  invalid: number;
}

/** Counts valid and invalid words with non-ASCII letters in a text. */
export function scoreVietnamese(text: string): VnScore {
  const score = { valid: 0, invalid: 0 };
  for (const word of text.split(SPLIT)) {
    if (!word) continue;
    const v = judgeWord(word);
    if (v === 'valid') score.valid++;
    else if (v === 'invalid') score.invalid++;
  }
  return score;
}

/** Number of words that contain a non-ASCII char (the denominator for comparing candidates). */
export function countNonAsciiWords(text: string): number {
  let n = 0;
  for (const word of text.split(SPLIT)) if (word && /[^\x00-\x7f]/.test(word)) n++;
  return n;
}
