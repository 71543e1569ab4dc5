import { RANKS } from '../models/delegate';
import { normalizeText } from './normalize';

const RANK_INDEX = new Map<string, number>(RANKS.map((r, i) => [r.toLocaleLowerCase('vi'), i]));
const RANK_RE = new RegExp(`^(${RANKS.join('|')})(?=\\s|$)`, 'iu');

/** "Đại uý" (old tone placement) → "Đại úy". */
const modernTone = (s: string) => s.replace(/uý(?=\s|$)/gu, 'úy').replace(/UÝ(?=\s|$)/gu, 'ÚY');

/** Canonical spelling of a rank, or "" if the text is not one. */
export function canonicalRank(text: string): string {
  const i = RANK_INDEX.get(modernTone(normalizeText(text)).toLocaleLowerCase('vi'));
  return i === undefined ? '' : RANKS[i];
}

/** Splits "Thiếu tướng Bùi Đình Quân" into rank "Thiếu tướng" and name "Bùi Đình Quân". */
export function splitRank(text: string): { rank: string; name: string } {
  const clean = normalizeText(text);
  const m = modernTone(clean).match(RANK_RE);
  if (!m) return { rank: '', name: clean };
  return { rank: canonicalRank(m[1]), name: clean.slice(m[0].length).trim() };
}

/** Seniority of a rank: 0 for Đại tướng … 11 for Thiếu úy; no rank sorts after all (99). */
export function rankOrder(rank: string): number {
  const i = RANK_INDEX.get(canonicalRank(rank).toLocaleLowerCase('vi'));
  return i === undefined ? 99 : i;
}
