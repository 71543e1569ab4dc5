/**
 * Who sits on the stage (đoàn chủ tịch) and in the rows of honour: a proposal the secretary edits on
 * the seating page, never the top N of the list. Pure.
 *
 * The proposal: the conference's chair (chủ trì, matched by name from the conference's "Chủ trì"
 * field) as No. 1; then guests of general rank; then the standing leaders of the province (Bí thư,
 * Chủ tịch and their deputies of Tỉnh ủy, HĐND, UBND, MTTQ); then the head of each unit, one section
 * after another (the first head of every section, then the second, …). Assistants, staff, press,
 * placeholders ("Đại diện …") and commune leaders are never proposed for the stage. Each group keeps
 * the list's precedence order. The rows of honour continue the same order (the leaders only; their
 * other seats are filled by precedence at auto-assign).
 */
import { foldDiacritics } from '../text/normalize';
import { rankOrder } from '../text/ranks';

export interface StagePerson {
  id: string;
  precedence: number;
  fullName: string;
  rank: string;
  position: string;
  unit: string;
  category: string;
  /** Staff, press: never proposed. */
  staff?: boolean;
}

/** The delegate named in the conference's "Chủ trì" text ("Đồng chí Hồ Tiến Thiệu, Phó Chủ tịch UBND tỉnh"), or null. */
export function matchChair(chair: string, people: StagePerson[]): StagePerson | null {
  const text = ` ${foldDiacritics(chair).replace(/[^a-z0-9]+/g, ' ')} `;
  let best: StagePerson | null = null;
  for (const p of people) {
    const name = foldDiacritics(p.fullName)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    // Two words at least: "Sơn" alone would match half the hall.
    if (name.split(' ').length < 2 || !text.includes(` ${name} `)) continue;
    if (!best || name.length > foldDiacritics(best.fullName).length) best = p;
  }
  return best;
}

const fold = (s: string) => foldDiacritics(s);
const NOT_LEADER = /^(tro ly|nhan vien|chuyen vien|can bo|phong vien|bien tap|ky thuat|thu ky|dai dien|uy vien$)/;
const COMMUNE = /\b(xa|phuong|thi tran|huyen)\b/;
const PROVINCE_TOP = /(^|, )(pho )?(bi thu|chu tich)\b/;
const PROVINCE_BODY = /^(tinh uy|hdnd tinh|ubnd tinh|uy ban nhan dan tinh|hoi dong nhan dan tinh|uy ban mttq.*tinh)$/;
const HEAD =
  /(^|, )(tu lenh|chinh uy|chi huy truong|su doan truong|doan truong|giam doc|chanh an|vien truong|truong ban|chu tich|bi thu)$/;

/** 0 general, 1 standing province leader, 2 head of a unit, null: not proposed for the stage. */
function tier(p: StagePerson): number | null {
  const pos = fold(p.position);
  const unit = fold(p.unit);
  if (p.staff || !p.fullName.trim() || NOT_LEADER.test(pos)) return null;
  if (rankOrder(p.rank) <= 3) return 0;
  if (COMMUNE.test(unit)) return null;
  if (PROVINCE_TOP.test(pos) && PROVINCE_BODY.test(unit)) return 1;
  if (HEAD.test(pos) && !/\bpho\b/.test(pos.split(', ').pop() ?? '')) return 2;
  return null;
}

/**
 * Proposal for the stage and the rows of honour, ids in seating order (No. 1 first).
 * @example proposeStage(delegates, conference.chair, 9, 20) → { chairId, presidiumIds: [chair, …8], honourIds: […20] }
 */
export function proposeStage(people: StagePerson[], chair: string, stageSeats: number, honourSeats: number) {
  const sorted = [...people].sort((a, b) => a.precedence - b.precedence);
  const chairP = matchChair(chair, sorted);
  const sections = [...new Set(sorted.map((p) => p.category))];
  const byTier: StagePerson[][] = [[], [], []];
  for (const p of sorted) {
    if (p.id === chairP?.id) continue;
    const t = tier(p);
    if (t !== null) byTier[t].push(p);
  }
  // Heads of units: one per section in turn, so the host's units do not fill the stage alone.
  const heads: StagePerson[] = [];
  const queues = sections.map((c) => byTier[2].filter((p) => p.category === c));
  for (let round = 0; heads.length < byTier[2].length; round++)
    for (const q of queues) if (q[round]) heads.push(q[round]);
  const order = [...(chairP ? [chairP] : []), ...byTier[0], ...byTier[1], ...heads];
  // The rows of honour take the next leaders; their other seats fill in precedence order as before.
  const presidiumIds = order.slice(0, stageSeats).map((p) => p.id);
  const honourIds = order.slice(stageSeats, stageSeats + honourSeats).map((p) => p.id);
  return { chairId: chairP?.id ?? null, presidiumIds, honourIds };
}
