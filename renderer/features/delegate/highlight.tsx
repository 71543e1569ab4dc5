/**
 * Highlighting of search matches typed without diacritics: "nguyen" marks "Nguyễn", "d" marks "Đ".
 * Each character is folded on its own so positions in the folded text match the original.
 */
import React from 'react';
import { foldDiacritics } from '../../../shared/text/normalize';

const charCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = charCache.get(c);
  if (f === undefined) {
    f = c
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[đð]/g, 'd');
    if (f.length !== 1) f = '\u0000';
    charCache.set(c, f);
  }
  return f;
}

/** Folded copy of `text` with the same length (one code unit per code unit). */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** The query's folded words ("Nguyễn  Văn" → ["nguyen", "van"]). */
export const queryTokens = (query: string): string[] => foldDiacritics(query).split(' ').filter(Boolean);

/** [start, end) ranges of `text` matched by the tokens: word starts first, else anywhere. Merged. */
export function matchRanges(text: string, tokens: string[]): Array<[number, number]> {
  if (!text || !tokens.length) return [];
  const folded = foldSameLength(text);
  const ranges: Array<[number, number]> = [];
  for (const t of tokens) {
    const found: Array<[number, number]> = [];
    const any: Array<[number, number]> = [];
    let i = folded.indexOf(t);
    while (i >= 0) {
      const r: [number, number] = [i, i + t.length];
      if (i === 0 || /[\s(/,.-]/.test(folded[i - 1])) found.push(r);
      else any.push(r);
      i = folded.indexOf(t, i + 1);
    }
    ranges.push(...(found.length ? found : t.length >= 2 ? any : []));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` with matches wrapped in <mark>; plain text when nothing matches. */
export function Highlighted({ text, tokens }: { text: string; tokens: string[] }) {
  const ranges = matchRanges(text, tokens);
  if (!ranges.length) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([s, e], k) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark key={k} className="dl-mark">
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
