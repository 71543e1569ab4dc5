/**
 * In-memory search over one conference's delegates, rebuilt lazily after any write.
 * Typed without diacritics ("nguyen van son", "d" finds "đ"); best match first.
 *
 * Words are indexed (folded, sorted) so a query token touches only the entries that have a word
 * starting with it; words containing it are looked up only when that finds fewer hits than asked
 * for ("uyen" still finds "Nguyễn"). Scores: a name word equal to the token 50 (the given name 60),
 * a name word starting with it 30, a position/unit word starting with it 8, a substring of the
 * name 10, of the rest 3; the whole name equal to the query +1000, starting with it +300, the
 * query with its diacritics inside the name +100; a rank named in the query ("dai ta") +500 for
 * people with that rank, so the Đại tá comes before "Đài … Tạ"; ties by precedence.
 */
import type { Delegate } from '../../../shared/models/delegate';
import { RANKS } from '../../../shared/models/delegate';
import { foldDiacritics } from '../../../shared/text/normalize';

interface Entry {
  d: Delegate;
  name: string;
  nameExact: string;
  rest: string;
  rank: string;
}

/** Folded ranks, longest first ("thuong tuong" before "dai ta"…). */
const FOLDED_RANKS = RANKS.map((r) => foldDiacritics(r)).sort((a, b) => b.length - a.length);

/** The rank a query names ("dai ta nguyen" → "dai ta"), so people with that rank come first (#14). */
function rankIn(q: string): string {
  return FOLDED_RANKS.find((r) => ` ${q} `.includes(` ${r} `)) ?? '';
}

const KIND_REST = 0,
  KIND_NAME = 1,
  KIND_GIVEN = 2;

export class SearchIndex {
  private entries: Entry[] = [];
  /** Sorted distinct words, and for each the postings (entry index * 4 + kind). */
  private words: string[] = [];
  private postings: Int32Array[] = [];
  private best = new Uint8Array(0);
  private total = new Float64Array(0);
  private count = new Uint8Array(0);

  private constructor() {}

  /**
   * The index of `delegates` (in precedence order). With `pause`, built `slice` delegates at a time
   * with a pause (a turn of the event loop) between, so that a 20,000-row list does not hold the
   * check-in desks for the whole build.
   * @example const index = await SearchIndex.build(delegates, () => new Promise(setImmediate));
   */
  static async build(delegates: Delegate[], pause?: () => Promise<unknown>, slice = 2000): Promise<SearchIndex> {
    const index = new SearchIndex();
    const map = new Map<string, number[]>();
    const add = (w: string, i: number, kind: number) => {
      if (!w) return;
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      list.push(i * 4 + kind);
    };
    for (let from = 0; from < delegates.length; from += slice) {
      if (from && pause) await pause();
      for (let i = from; i < Math.min(delegates.length, from + slice); i++) {
        const d = delegates[i];
        const name = foldDiacritics(d.fullName);
        const rest = foldDiacritics([d.rank, d.position, d.unit, d.category].join(' '));
        const nameWords = name.split(' ');
        nameWords.forEach((w, k) => add(w, i, k === nameWords.length - 1 ? KIND_GIVEN : KIND_NAME));
        for (const w of new Set(rest.split(/[\s,.;:()/-]+/))) add(w, i, KIND_REST);
        index.entries.push({
          d,
          name,
          nameExact: d.fullName.toLocaleLowerCase('vi'),
          rest,
          rank: foldDiacritics(d.rank),
        });
      }
    }
    if (pause) await pause();
    index.words = [...map.keys()].sort();
    index.postings = index.words.map((w) => Int32Array.from(map.get(w)!));
    const n = delegates.length;
    index.best = new Uint8Array(n);
    index.total = new Float64Array(n);
    index.count = new Uint8Array(n);
    return index;
  }

  /** @example index.search('nguyen van son', 20) */
  search(query: string, limit: number): Delegate[] {
    // A typed "Đ/c" / "Đồng chí" before the name is not part of it.
    query = query.replace(/^\s*(?:[đd]\s*[/.]\s*c|đc|đồng chí|dong chi)(?:[\s.:]+|$)/iu, '');
    const q = foldDiacritics(query);
    const rank = rankIn(q);
    if (!q) return this.entries.slice(0, limit).map((e) => e.d);
    const tokens = q.split(' ');
    const exactQ = query.normalize('NFC').trim().toLocaleLowerCase('vi');
    const top = new TopK(limit);
    const matched = this.wordMatches(tokens);
    for (let k = 0; k < matched.length; k++) {
      const i = matched[k];
      top.offer(i, 1 + this.total[i] + bonus(this.entries[i], q, exactQ, rank));
    }
    if (top.size < limit) {
      const seen = new Set(matched);
      for (const i of this.wordMatches(tokens, true)) {
        if (!seen.has(i)) top.offer(i, 1 + this.total[i] + bonus(this.entries[i], q, exactQ, rank));
      }
    }
    return top.indexes().map((i) => this.entries[i].d);
  }

  /**
   * Entries with every token at a word start (or, with `infix`, anywhere inside a word); their
   * word scores are left in this.total. Walks the vocabulary, not the entries.
   */
  private wordMatches(tokens: string[], infix = false): number[] {
    const { best, total, count } = this;
    let touchedAll: number[] = [];
    tokens.forEach((t, k) => {
      const touched: number[] = [];
      const from = infix ? 0 : lowerBound(this.words, t);
      for (let w = from; w < this.words.length; w++) {
        const word = this.words[w];
        const prefix = word.startsWith(t);
        if (!prefix && !infix) break;
        if (!prefix && !word.includes(t)) continue;
        const exact = word === t;
        for (const p of this.postings[w]) {
          const i = p >> 2;
          const kind = p & 3;
          if (k > 0 && count[i] !== k) continue;
          const s = !prefix
            ? kind === KIND_REST
              ? 3
              : 10
            : kind === KIND_REST
              ? 8
              : exact
                ? kind === KIND_GIVEN
                  ? 60
                  : 50
                : 30;
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
}

function bonus(e: Entry, q: string, exactQ: string, rank: string): number {
  let s = rank && e.rank === rank ? 500 : 0;
  if (e.name === q) s += 1000;
  else if (e.name.startsWith(q)) s += 300;
  if (exactQ && e.nameExact.includes(exactQ)) s += 100;
  return s;
}

/**
 * The best `limit` hits, kept sorted (cheaper than sorting every hit). Entries are in precedence
 * order, so on equal scores the lower index wins.
 */
class TopK {
  private idx: number[] = [];
  private score: number[] = [];
  constructor(private readonly limit: number) {}
  get size() {
    return this.idx.length;
  }
  offer(i: number, s: number) {
    const n = this.idx.length;
    if (n === this.limit && (s < this.score[n - 1] || (s === this.score[n - 1] && i > this.idx[n - 1]))) return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s > this.score[mid] || (s === this.score[mid] && i < this.idx[mid])) hi = mid;
      else lo = mid + 1;
    }
    this.idx.splice(lo, 0, i);
    this.score.splice(lo, 0, s);
    if (this.idx.length > this.limit) {
      this.idx.pop();
      this.score.pop();
    }
  }
  indexes() {
    return this.idx;
  }
}

function lowerBound(sorted: string[], t: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
