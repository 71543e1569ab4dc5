/**
 * Seating by protocol, pure and deterministic: the same input gives the same seats, and every
 * assignment says why in one Vietnamese line.
 *
 * Order of work: locked seats stay; the presidium takes the most senior by centre-out alternation
 * (No. 1 in the centre, No. 2 on No. 1's right as No. 1 sees it — the audience's left —, No. 3 on
 * No. 1's left, …); the section rules place their sections in their blocks; the rows of honour take
 * the next most senior, centre-out; everyone else fills the hall front to back, centre-out, so each
 * section sits together in precedence order. Awardees (given in ceremony order) take aisle seats
 * behind the rows of honour; on ordinary seats the delegates of one unit sit side by side (units.ts).
 */
import type { Seat } from './layout';
import { arrangeRow, groupByUnit } from './units';

export interface SeatingPerson {
  id: string;
  precedence: number;
  category: string;
  absent?: boolean;
  unit?: string;
}
export interface SectionRule {
  category: string;
  block: string;
  rowFrom: number;
  rowTo: number;
  aisle?: boolean;
}
export interface SeatingRules {
  /** How many of the most senior sit on the stage (when presidiumIds is empty). */
  presidiumCount: number;
  /** Chosen presidium members in seating order (No. 1 first: the centre). */
  presidiumIds?: string[];
  /** Chosen people for the rows of honour, in seating order; the other honour seats fill by precedence. */
  honourIds?: string[];
  /** Floor rows 1…frontRows are rows of honour. */
  frontRows: number;
  sections: SectionRule[];
}
export interface Assignment {
  delegateId: string;
  seatId: string;
  reason: string;
  locked: boolean;
}
export interface AssignResult {
  assignments: Assignment[];
  unassigned: { delegateId: string; reason: string }[];
}

export const DEFAULT_RULES: SeatingRules = { presidiumCount: 0, frontRows: 2, sections: [] };

/**
 * Positions of a row of honour in the order they are filled: centre, then No. 1's right (the
 * audience's left, x − 1), then No. 1's left (x + 1), alternating outward. Even rows put No. 1 just
 * right of the middle as the audience sees it, so No. 2 still sits on No. 1's right.
 * @example centreOutOrder(5) → [2, 1, 3, 0, 4]
 */
export function centreOutOrder(n: number): number[] {
  const c = Math.floor(n / 2);
  const out = [c];
  for (let d = 1; out.length < n; d++) {
    if (c - d >= 0) out.push(c - d);
    if (c + d < n) out.push(c + d);
  }
  return out;
}

const byPrecedence = (a: SeatingPerson, b: SeatingPerson) =>
  a.precedence - b.precedence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Floor seats front to back, each row from the hall's centre outward (the audience's left first on a tie); aisle seats first if asked. */
function floorOrder(seats: Seat[], centre: number, aisleFirst = false): Seat[] {
  return [...seats].sort(
    (a, b) =>
      (aisleFirst ? Number(b.aisle) - Number(a.aisle) : 0) ||
      a.row - b.row ||
      Math.abs(a.cx - centre) - Math.abs(b.cx - centre) ||
      a.cx - b.cx,
  );
}

/** Where the k-th member sits, as No. 1 sees it from the stage. */
const side = (k: number) =>
  k === 1
    ? 'ở giữa'
    : k % 2 === 0
      ? `bên phải số ${Math.max(1, k - 2)} (nhìn từ sân khấu)`
      : `bên trái số ${k - 2} (nhìn từ sân khấu)`;

/**
 * @example assignSeats({ seats: seatsOf(hall), people, locked: [], rules: { ...DEFAULT_RULES, presidiumCount: 7 }, centre: hallCentre(hall) })
 */
export function assignSeats(input: {
  seats: Seat[];
  people: SeatingPerson[];
  locked: { delegateId: string; seatId: string }[];
  rules: SeatingRules;
  centre: number;
  /** Delegate ids of the award recipients in ceremony order (batch, decision, recipient). */
  awardees?: string[];
}): AssignResult {
  const { rules, centre } = input;
  const seatById = new Map(input.seats.map((s) => [s.id, s]));
  const personIds = new Set(input.people.map((p) => p.id));
  const assignments: Assignment[] = [];
  const taken = new Set<string>();
  const seated = new Set<string>();
  for (const l of [...input.locked].sort((a, b) => (a.delegateId < b.delegateId ? -1 : 1))) {
    const s = seatById.get(l.seatId);
    if (!s || s.disabled || taken.has(s.id) || seated.has(l.delegateId) || !personIds.has(l.delegateId)) continue;
    assignments.push({ delegateId: l.delegateId, seatId: s.id, reason: 'Ghế đã khóa, giữ nguyên', locked: true });
    taken.add(s.id);
    seated.add(l.delegateId);
  }
  const unassigned: AssignResult['unassigned'] = [];
  const pool: SeatingPerson[] = [];
  for (const p of [...input.people].sort(byPrecedence)) {
    if (seated.has(p.id)) continue;
    if (p.absent) unassigned.push({ delegateId: p.id, reason: 'Đã báo vắng, không xếp chỗ' });
    else pool.push(p);
  }
  const place = (p: SeatingPerson, s: Seat, reason: string) => {
    assignments.push({ delegateId: p.id, seatId: s.id, reason, locked: false });
    taken.add(s.id);
    seated.add(p.id);
  };
  const free = (s: Seat) => !s.disabled && !taken.has(s.id);

  // Presidium: chosen members or the most senior, stage row by stage row, centre-out.
  const poolById = new Map(pool.map((p) => [p.id, p]));
  const chosenOrder = (ids: string[] | undefined) =>
    (ids ?? []).flatMap((id) => (poolById.has(id) ? [poolById.get(id)!] : []));
  const presidium = rules.presidiumIds?.length
    ? chosenOrder(rules.presidiumIds)
    : pool.slice(0, Math.max(0, rules.presidiumCount));
  const stageRows = [...new Set(input.seats.filter((s) => s.area === 'presidium').map((s) => s.row))].sort(
    (a, b) => a - b,
  );
  let k = 0;
  for (const row of stageRows) {
    const rowSeats = input.seats.filter((s) => s.area === 'presidium' && s.row === row).sort((a, b) => a.x - b.x);
    for (const xi of centreOutOrder(rowSeats.length)) {
      const s = rowSeats[xi];
      if (k >= presidium.length || !free(s)) continue;
      const p = presidium[k++];
      place(p, s, `Đoàn chủ tịch: số ${k} theo thứ tự lễ tân, ${side(k)}`);
    }
  }
  const floor = input.seats.filter((s) => s.area === 'floor');
  const rest = () => pool.filter((p) => !seated.has(p.id));

  // Chosen rows of honour: in the order chosen, front to back, centre-out, before any section rule.
  const chosenHonour = chosenOrder(rules.honourIds).filter((p) => !seated.has(p.id));
  floorOrder(
    floor.filter((s) => free(s) && s.row <= rules.frontRows),
    centre,
  ).forEach((s, i) => {
    const p = chosenHonour[i];
    if (p) place(p, s, `Hàng danh dự ${s.rowLabel}: số ${i + 1} trong danh sách đã chọn, xếp từ giữa ra`);
  });

  const awardOrder = new Map<string, number>();
  for (const id of input.awardees ?? []) if (!awardOrder.has(id)) awardOrder.set(id, awardOrder.size + 1);
  const byCeremony = (a: SeatingPerson, b: SeatingPerson) => awardOrder.get(a.id)! - awardOrder.get(b.id)!;
  // Ordinary seats go out unit by unit, then each block row is rearranged so units sit side by side.
  const placeGrouped = (people: SeatingPerson[], seats: Seat[], why: (p: SeatingPerson) => string) => {
    const runs = new Map<string, { seats: Seat[]; people: SeatingPerson[] }>();
    groupByUnit(people).forEach((p, i) => {
      const s = seats[i];
      if (!s) return;
      const k = `${s.blockIndex}:${s.row}:${p.category}`;
      const r = runs.get(k) ?? { seats: [], people: [] };
      r.seats.push(s);
      r.people.push(p);
      runs.set(k, r);
    });
    for (const r of runs.values()) for (const [p, s] of arrangeRow(r.seats, r.people, centre)) place(p, s, why(p));
  };

  // Section rules: their people in their block and rows, the unused seats go back to everyone.
  const ruled = new Set(rules.sections.map((r) => r.category));
  for (const r of rules.sections) {
    const seats = floorOrder(
      floor.filter((s) => free(s) && s.block === r.block && s.row >= r.rowFrom && s.row <= r.rowTo),
      centre,
      r.aisle,
    );
    const people = rest().filter((p) => p.category === r.category);
    const why = `Quy tắc: ${r.category || 'chưa phân loại'} → khu ${r.block} hàng ${r.rowFrom}–${r.rowTo}${r.aisle ? ', ghế đầu lối đi' : ''}`;
    if (r.aisle) {
      // Aisle rule: awardees first, in ceremony order, so they walk out in turn.
      const first = [
        ...people.filter((p) => awardOrder.has(p.id)).sort(byCeremony),
        ...people.filter((p) => !awardOrder.has(p.id)),
      ];
      first.forEach((p, i) => {
        if (seats[i])
          place(p, seats[i], awardOrder.has(p.id) ? `${why}; khen thưởng, thứ tự trao ${awardOrder.get(p.id)}` : why);
      });
    } else {
      // Rule rows inside the rows of honour keep plain precedence order; the rest sit unit by unit.
      const front = seats.filter((s) => s.row <= rules.frontRows);
      front.forEach((s, i) => {
        if (people[i]) place(people[i], s, why);
      });
      placeGrouped(
        rest().filter((p) => p.category === r.category),
        seats.filter((s) => s.row > rules.frontRows),
        () => why,
      );
    }
  }

  // Awardees outside the rules: aisle seats behind the rows of honour, front to back, in ceremony order.
  const awardSeats = floorOrder(
    floor.filter((s) => free(s) && s.aisle && s.row > rules.frontRows),
    centre,
  );
  rest()
    .filter((p) => awardOrder.has(p.id) && !ruled.has(p.category))
    .sort(byCeremony)
    .forEach((p, i) => {
      if (awardSeats[i])
        place(p, awardSeats[i], `Khen thưởng: thứ tự trao ${awardOrder.get(p.id)}, ghế đầu lối đi để lên nhận`);
    });

  // Rows of honour, then the rest of the hall: precedence order, front to back, centre-out.
  const honour = floorOrder(
    floor.filter((s) => free(s) && s.row <= rules.frontRows),
    centre,
  );
  const honourPeople = rest().filter((p) => !ruled.has(p.category));
  honour.forEach((s, i) => {
    const p = honourPeople[i];
    if (p) place(p, s, `Hàng danh dự ${s.rowLabel}: thứ tự lễ tân ${p.precedence}, xếp từ giữa ra`);
  });
  const others = floorOrder(floor.filter(free), centre);
  const left = rest();
  // Seats still free in the rows of honour (only overflow of ruled sections) keep plain precedence order.
  const front = others.filter((s) => s.row <= rules.frontRows);
  front.forEach((s, i) => {
    if (left[i]) place(left[i], s, `${left[i].category || 'Chưa phân loại'}: theo thứ tự lễ tân, ngồi cùng thành phần`);
  });
  placeGrouped(
    rest(),
    others.filter((s) => s.row > rules.frontRows),
    (p) => `${p.category || 'Chưa phân loại'}: theo thứ tự lễ tân, ngồi cùng thành phần${p.unit ? ' và đơn vị' : ''}`,
  );
  for (const p of rest()) unassigned.push({ delegateId: p.id, reason: 'Hết ghế trống trong hội trường' });
  return { assignments, unassigned };
}
