/**
 * In-memory search over one conference's delegates, rebuilt lazily after any write.
 * Typed without diacritics ("nguyen van son", "d" finds "đ"); best match first.
 */
import type { Delegate } from '../../shared/models/delegate';
import { foldDiacritics } from '../../shared/text/normalize';

interface Entry {
  d: Delegate;
  /** Folded name words. */
  nameWords: string[];
  name: string;
  nameExact: string;
  /** Folded rank/position/unit/category. */
  rest: string;
}

export class SearchIndex {
  private entries: Entry[];

  constructor(delegates: Delegate[]) {
    this.entries = delegates.map((d) => {
      const name = foldDiacritics(d.fullName);
      return {
        d,
        name,
        nameWords: name.split(' ').filter(Boolean),
        nameExact: d.fullName.toLocaleLowerCase('vi'),
        rest: foldDiacritics([d.rank, d.position, d.unit, d.category].join(' ')),
      };
    });
  }

  /** @example index.search('nguyen van son', 20) */
  search(query: string, limit: number): Delegate[] {
    const q = foldDiacritics(query);
    if (!q) return this.entries.slice(0, limit).map((e) => e.d);
    const tokens = q.split(' ');
    const exactQ = query.normalize('NFC').trim().toLocaleLowerCase('vi');
    const hits: { e: Entry; s: number }[] = [];
    for (const e of this.entries) {
      const s = score(e, q, tokens, exactQ);
      if (s > 0) hits.push({ e, s });
    }
    hits.sort((a, b) => b.s - a.s || a.e.d.precedence - b.e.d.precedence);
    return hits.slice(0, limit).map((h) => h.e.d);
  }
}

function score(e: Entry, q: string, tokens: string[], exactQ: string): number {
  let s = 1;
  for (const t of tokens) {
    let best = 0;
    for (let i = 0; i < e.nameWords.length; i++) {
      const w = e.nameWords[i];
      if (w === t) best = Math.max(best, i === e.nameWords.length - 1 ? 60 : 50);
      else if (w.startsWith(t)) best = Math.max(best, 30);
    }
    if (!best) {
      if (e.name.includes(t)) best = 10;
      else if (e.rest.includes(t)) best = e.rest.startsWith(t) || e.rest.includes(' ' + t) ? 8 : 3;
      else return 0;
    }
    s += best;
  }
  if (e.name === q) s += 1000;
  else if (e.name.startsWith(q)) s += 300;
  if (exactQ && e.nameExact.includes(exactQ)) s += 100;
  return s;
}
