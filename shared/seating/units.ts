/**
 * "Delegates of one unit sit together where possible" (pure). Two steps, both only for ordinary
 * floor seats (never the presidium or the rows of honour, whose order is fixed by precedence):
 * 1. groupByUnit: within one section, the fill order puts each unit's people one after another,
 *    units ordered by their most senior member — so a unit lands in the same row(s);
 * 2. arrangeRow: within one block row, the seats a section got are handed out again so each unit
 *    takes a run of neighbouring seats, the most senior unit nearest the hall's centre.
 */
import { foldDiacritics } from '../text/normalize';
import type { Seat } from './layout';

export interface UnitPerson {
  id: string;
  precedence: number;
  category: string;
  unit?: string;
}

/** The folded unit ("Xã Hòa Bình" = "xa hoa binh"); a person without a unit is a unit of one. */
export const unitKey = (p: UnitPerson) => {
  const u = foldDiacritics(p.unit ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return u ? `${p.category}\u0000${u}` : `\u0001${p.id}`;
};

/** Reorders people (given in precedence order) so each section's units are consecutive; sections keep their first-seen order. */
export function groupByUnit<P extends UnitPerson>(people: P[]): P[] {
  const groups = new Map<string, P[]>();
  for (const p of people) {
    const k = unitKey(p);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  // A Map keeps insertion order: a unit comes where its most senior member came.
  const sections = new Map<string, P[]>();
  for (const g of groups.values()) {
    const s = sections.get(g[0].category);
    if (s) s.push(...g);
    else sections.set(g[0].category, [...g]);
  }
  return [...sections.values()].flat();
}

/** Splits people (already grouped) into runs of one unit. */
function runsOf<P extends UnitPerson>(people: P[]): P[][] {
  const runs: P[][] = [];
  let last = '';
  for (const p of people) {
    const k = unitKey(p);
    if (runs.length && k === last) runs[runs.length - 1].push(p);
    else runs.push([p]);
    last = k;
  }
  return runs;
}

/**
 * Hands the seats of one section in one block row to its people (in fill order) so units are
 * contiguous. A block left of the centre fills from its centre-side end leftward, a block right
 * of it rightward; a block across the centre puts the first unit in the middle, the second on
 * its left as the audience sees it (No. 1's right), the third on its right, and so on.
 * @example arrangeRow(seatsOfRow, [a1, a2, b1], 10) → [[a1, s], [a2, s'], [b1, s'']]
 */
export function arrangeRow<P extends UnitPerson>(seats: Seat[], people: P[], centre: number): [P, Seat][] {
  const byX = [...seats].sort((a, b) => a.cx - b.cx);
  const n = Math.min(byX.length, people.length);
  const runs = runsOf(people.slice(0, n));
  if (byX.every((s) => s.cx <= centre)) return runs.flat().map((p, i) => [p, byX[byX.length - 1 - i]]);
  if (byX.every((s) => s.cx >= centre)) return runs.flat().map((p, i) => [p, byX[i]]);
  // Across the centre: left runs reversed (senior next to the middle), right runs as they come.
  const left = runs
    .filter((_, i) => i % 2 === 1)
    .reverse()
    .map((r) => [...r].reverse());
  const right = runs.filter((_, i) => i > 0 && i % 2 === 0);
  const line = [...left.flat(), ...(runs[0] ?? []), ...right.flat()];
  // Centre the line on the seats nearest the middle so the first unit sits in the centre.
  const leftCount = left.flat().length;
  const mid = byX.reduce((best, s, i) => (Math.abs(s.cx - centre) < Math.abs(byX[best].cx - centre) ? i : best), 0);
  const want = mid - leftCount - Math.floor(((runs[0]?.length ?? 1) - 1) / 2);
  const start = Math.max(0, Math.min(byX.length - line.length, want));
  return line.map((p, i) => [p, byX[start + i]]);
}
