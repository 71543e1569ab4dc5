/**
 * In-memory search over one conference's delegates, rebuilt lazily after any write.
 * Typed without diacritics ("nguyen van son", "d" finds "đ"); best match first.
 *
 * Words are indexed (folded, sorted) so a query token touches only the entries that have a word
 * starting with it; a substring scan runs only when that finds fewer hits than asked for
 * ("uyen" still finds "Nguyễn"). Scores: a name word equal to the token 50 (the given name 60),
 * a name word starting with it 30, a position/unit word starting with it 8, a substring of the
 * name 10, of the rest 3; the whole name equal to the query +1000, starting with it +300, the
 * query with its diacritics inside the name +100; ties by precedence.
 */
import type { Delegate } from '../../shared/models/delegate';
import { foldDiacritics } from '../../shared/text/normalize';

interface Entry { d: Delegate; name: string; nameExact: string; rest: string }
interface Hit { i: number; s: number }

const KIND_REST = 0, KIND_NAME = 1, KIND_GIVEN = 2;

export class SearchIndex {
  private entries: Entry[];
  /** Sorted distinct words, and for each the postings (entry index * 4 + kind). */
  private words: string[] = [];
  private postings: Int32Array[] = [];
  private best: Uint8Array;
  private total: Float64Array;
  private count: Uint8Array;

  constructor(delegates: Delegate[]) {
    const map = new Map<string, number[]>();
    const add = (w: string, i: number, kind: number) => {
      if (!w) return;
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      list.push(i * 4 + kind);
    };
    this.entries = delegates.map((d, i): Entry => {
      const name = foldDiacritics(d.fullName);
      const rest = foldDiacritics([d.rank, d.position, d.unit, d.category].join(' '));
      const nameWords = name.split(' ');
      nameWords.forEach((w, k) => add(w, i, k === nameWords.length - 1 ? KIND_GIVEN : KIND_NAME));
      for (const w of new Set(rest.split(/[\s,.;:()/-]+/))) add(w, i, KIND_REST);
      return { d, name, nameExact: d.fullName.toLocaleLowerCase('vi'), rest };
    });
    this.words = [...map.keys()].sort();
    this.postings = this.words.map((w) => Int32Array.from(map.get(w)!));
    const n = delegates.length;
    this.best = new Uint8Array(n);
    this.total = new Float64Array(n);
    this.count = new Uint8Array(n);
  }

  /** @example index.search('nguyen van son', 20) */
  search(query: string, limit: number): Delegate[] {
    const q = foldDiacritics(query);
    if (!q) return this.entries.slice(0, limit).map((e) => e.d);
    const tokens = q.split(' ');
    const exactQ = query.normalize('NFC').trim().toLocaleLowerCase('vi');
    const top: Hit[] = [];
    const seen = new Set<number>();
    for (const i of this.wordMatches(tokens)) {
      seen.add(i);
      this.offer(top, { i, s: 1 + this.total[i] + this.bonus(this.entries[i], q, exactQ) }, limit);
    }
    if (top.length < limit) {
      for (let i = 0; i < this.entries.length; i++) {
        if (seen.has(i)) continue;
        const s = substringScore(this.entries[i], tokens);
        if (s > 0) this.offer(top, { i, s: s + this.bonus(this.entries[i], q, exactQ) }, limit);
      }
    }
    return top.map((h) => this.entries[h.i].d);
  }

  /** Entries with every token at a word start; their word scores are left in this.total. */
  private wordMatches(tokens: string[]): number[] {
    const { best, total, count } = this;
    let touchedAll: number[] = [];
    tokens.forEach((t, k) => {
      const touched: number[] = [];
      for (let w = lowerBound(this.words, t); w < this.words.length && this.words[w].startsWith(t); w++) {
        const exact = this.words[w] === t;
        for (const p of this.postings[w]) {
          const i = p >> 2;
          const kind = p & 3;
          if (k > 0 && count[i] !== k) continue;
          const s = kind === KIND_REST ? 8 : exact ? (kind === KIND_GIVEN ? 60 : 50) : 30;
          if (best[i] === 0) touched.push(i);
          if (s > best[i]) best[i] = s;
        }
      }
      for (const i of touched) {
        total[i] = (k === 0 ? 0 : total[i]) + best[i];
        count[i] = k + 1;
        best[i] = 0;
      }
      touchedAll = touched;
    });
    const result = touchedAll.filter((i) => count[i] === tokens.length);
    for (const i of touchedAll) count[i] = 0;
    // Entries that matched early tokens but not the last keep a stale count; clear them all.
    if (tokens.length > 1) count.fill(0);
    return result;
  }

  private bonus(e: Entry, q: string, exactQ: string): number {
    let s = 0;
    if (e.name === q) s += 1000;
    else if (e.name.startsWith(q)) s += 300;
    if (exactQ && e.nameExact.includes(exactQ)) s += 100;
    return s;
  }

  /** Keep the best `limit` hits in order (a sorted window: cheaper than sorting every hit). */
  private offer(top: Hit[], hit: Hit, limit: number) {
    const better = (a: Hit, b: Hit) =>
      a.s > b.s || (a.s === b.s && this.entries[a.i].d.precedence < this.entries[b.i].d.precedence);
    if (top.length === limit && !better(hit, top[top.length - 1])) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(hit, top[mid])) hi = mid; else lo = mid + 1;
    }
    top.splice(lo, 0, hit);
    if (top.length > limit) top.pop();
  }
}

function lowerBound(sorted: string[], t: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Every token somewhere inside the name (10) or the rest (3); 0 if any is missing. */
function substringScore(e: Entry, tokens: string[]): number {
  let s = 1;
  for (const t of tokens) {
    if (e.name.includes(t)) s += 10;
    else if (e.rest.includes(t)) s += 3;
    else return 0;
  }
  return s;
}
