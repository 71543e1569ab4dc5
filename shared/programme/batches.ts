/** Award ceremony batches (đợt trao thưởng), pure. */

export interface BatchCandidate {
  id: string;
  decisionId: string;
  kind: 'collective' | 'individual';
  skip?: boolean;
}

/**
 * Groups recipients into batches of at most `max` people on stage, in their list order. A batch never
 * mixes decisions or tập thể with cá nhân (the MC announces each group), and a group is split into
 * batches of nearly equal size (20 with max 12 → 10 + 10, not 12 + 8). Skipped recipients get none.
 * @example planBatches(recipients, 10) → [['r1',…,'r10'], ['r11',…]]
 */
export function planBatches(list: BatchCandidate[], max: number): string[][] {
  if (max < 1) throw new Error('max must be ≥ 1');
  const groups: BatchCandidate[][] = [];
  for (const r of list) {
    if (r.skip) continue;
    const last = groups[groups.length - 1];
    if (last && last[0].decisionId === r.decisionId && last[0].kind === r.kind) last.push(r);
    else groups.push([r]);
  }
  const out: string[][] = [];
  for (const g of groups) {
    const n = Math.ceil(g.length / max);
    const base = Math.floor(g.length / n);
    let extra = g.length % n;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const size = base + (extra-- > 0 ? 1 : 0);
      out.push(g.slice(at, at + size).map((r) => r.id));
      at += size;
    }
  }
  return out;
}
