/** Properties of the pure seating algorithm over many random halls and delegate lists (seeded). */
import { describe, expect, it } from 'vitest';
import type { HallFieldsInput } from '../../shared/models/hall';
import { assignSeats, centreOutOrder, type SeatingPerson, type SeatingRules } from '../../shared/seating/assign';
import { hallCentre, seatNumberOf, seatsOf, rowLabelOf } from '../../shared/seating/layout';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function randomCase(seed: number) {
  const r = prng(seed);
  const blocks = Array.from({ length: int(r, 1, 4) }, (_, i) => ({
    name: 'ABCD'[i],
    rows: int(r, 1, 8),
    seatsPerRow: int(r, 1, 12),
    disabled: r() < 0.3 ? [{ row: 1, x: 0 }] : [],
  }));
  const hall: HallFieldsInput = {
    name: 'H',
    stage: { rows: Array.from({ length: int(r, 0, 2) }, () => ({ seats: int(r, 1, 11) })) },
    blocks,
  };
  const cats = ['Khách mời', 'Đại biểu tỉnh', 'Xã', 'Phóng viên'];
  const n = int(r, 0, 150);
  const people: SeatingPerson[] = Array.from({ length: n }, (_, i) => ({
    id: `d${String(i).padStart(3, '0')}`,
    precedence: i + 1,
    category: cats[Math.min(3, Math.floor((i / Math.max(1, n)) * 4))],
    absent: r() < 0.05,
  }));
  const rules: SeatingRules = {
    presidiumCount: int(r, 0, 12),
    frontRows: int(r, 0, 3),
    sections:
      r() < 0.5
        ? [{ category: 'Phóng viên', block: blocks[blocks.length - 1].name, rowFrom: 1, rowTo: 3, aisle: r() < 0.5 }]
        : [],
  };
  return { hall, people, rules };
}

const run = (c: ReturnType<typeof randomCase>, locked: { delegateId: string; seatId: string }[] = []) =>
  assignSeats({ seats: seatsOf(c.hall), people: c.people, locked, rules: c.rules, centre: hallCentre(c.hall) });

describe('seating algorithm (properties over 300 random cases)', () => {
  const cases = Array.from({ length: 300 }, (_, i) => randomCase(i + 1));

  it('no seat holds two people, nobody holds two seats, nobody is both seated and unseated, no disabled seat is used', () => {
    for (const c of cases) {
      const res = run(c);
      const seats = new Map(seatsOf(c.hall).map((s) => [s.id, s]));
      expect(new Set(res.assignments.map((a) => a.seatId)).size).toBe(res.assignments.length);
      expect(new Set(res.assignments.map((a) => a.delegateId)).size).toBe(res.assignments.length);
      const seated = new Set(res.assignments.map((a) => a.delegateId));
      expect(res.unassigned.some((u) => seated.has(u.delegateId))).toBe(false);
      expect(res.assignments.length + res.unassigned.length).toBe(c.people.length);
      for (const a of res.assignments) {
        expect(seats.get(a.seatId)?.disabled).toBe(false);
        expect(a.reason.length).toBeGreaterThan(5);
      }
      // Nobody present is left standing while a usable floor seat is free (the stage is for the presidium only).
      const onStage = res.assignments.filter((a) => seats.get(a.seatId)!.area === 'presidium').length;
      const usable = [...seats.values()].filter((s) => !s.disabled && s.area === 'floor').length + onStage;
      const present = c.people.filter((p) => !p.absent).length;
      expect(res.assignments.length).toBe(Math.min(usable, present));
    }
  });

  it("the presidium alternates exactly: No. 1 centre, No. 2 on the audience's left of No. 1, No. 3 on its right", () => {
    expect(centreOutOrder(1)).toEqual([0]);
    expect(centreOutOrder(5)).toEqual([2, 1, 3, 0, 4]);
    expect(centreOutOrder(6)).toEqual([3, 2, 4, 1, 5, 0]);
    const hall: HallFieldsInput = {
      name: 'H',
      stage: { rows: [{ seats: 7 }] },
      blocks: [{ name: 'A', rows: 2, seatsPerRow: 4 }],
    };
    const people = Array.from({ length: 7 }, (_, i) => ({ id: `p${i + 1}`, precedence: i + 1, category: '' }));
    const res = assignSeats({
      seats: seatsOf(hall),
      people,
      locked: [],
      rules: { presidiumCount: 7, frontRows: 0, sections: [] },
      centre: hallCentre(hall),
    });
    const xOf = (id: string) => Number(res.assignments.find((a) => a.delegateId === id)!.seatId.split('-')[1]);
    // x counts from the audience's left: No. 2 sits at a smaller x than No. 1 (No. 1's right hand).
    expect([1, 2, 3, 4, 5, 6, 7].map((k) => xOf(`p${k}`))).toEqual([3, 2, 4, 1, 5, 0, 6]);
    expect(res.assignments.find((a) => a.delegateId === 'p2')!.reason).toMatch(/bên phải số 1/);
    for (const c of cases) {
      const res2 = run(c);
      const seats = new Map(seatsOf(c.hall).map((s) => [s.id, s]));
      const row1 = [...seats.values()].filter((s) => s.area === 'presidium' && s.row === 1);
      const onStage = res2.assignments
        .filter((a) => seats.get(a.seatId)?.area === 'presidium' && seats.get(a.seatId)!.row === 1)
        .map((a) => ({ x: seats.get(a.seatId)!.x, p: c.people.find((p) => p.id === a.delegateId)!.precedence }))
        .sort((a, b) => a.p - b.p);
      expect(onStage.map((o) => o.x)).toEqual(centreOutOrder(row1.length).slice(0, onStage.length));
    }
  });

  it('precedence never gets worse moving away from the centre in a row of honour', () => {
    let checked = 0;
    for (const c of cases) {
      if (c.rules.sections.length) continue;
      const res = run(c);
      const seats = new Map(seatsOf(c.hall).map((s) => [s.id, s]));
      const centre = hallCentre(c.hall);
      for (let row = 1; row <= c.rules.frontRows; row++) {
        const inRow = res.assignments
          .map((a) => ({ s: seats.get(a.seatId)!, p: c.people.find((p) => p.id === a.delegateId)!.precedence }))
          .filter((o) => o.s.area === 'floor' && o.s.row === row)
          .sort((a, b) => Math.abs(a.s.cx - centre) - Math.abs(b.s.cx - centre));
        for (let i = 1; i < inRow.length; i++) {
          if (Math.abs(inRow[i].s.cx - centre) > Math.abs(inRow[i - 1].s.cx - centre))
            expect(inRow[i].p).toBeGreaterThan(inRow[i - 1].p);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('locked seats are respected and the result is the same for the same input', () => {
    for (const c of cases.slice(0, 100)) {
      const first = run(c);
      const locks = first.assignments
        .filter((_, i) => i % 5 === 2)
        .map((a) => ({ delegateId: a.delegateId, seatId: a.seatId }));
      // Lock them in swapped pairs, so the locks disagree with what the algorithm would do.
      const swapped = locks.map((l, i) => ({ delegateId: l.delegateId, seatId: locks[i ^ 1]?.seatId ?? l.seatId }));
      const again = run(c, swapped);
      for (const l of swapped)
        expect(again.assignments.find((a) => a.delegateId === l.delegateId)).toMatchObject({
          seatId: l.seatId,
          locked: true,
        });
      expect(run(c, swapped)).toEqual(again);
      expect(run(c)).toEqual(first);
    }
  });

  it('a section rule keeps its section in its block and rows, aisle seats first', () => {
    const hall: HallFieldsInput = {
      name: 'H',
      blocks: [
        { name: 'A', rows: 4, seatsPerRow: 6 },
        { name: 'B', rows: 4, seatsPerRow: 6 },
      ],
    };
    const people = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      precedence: i + 1,
      category: i >= 16 ? 'Khen thưởng' : 'Đại biểu',
    }));
    const res = assignSeats({
      seats: seatsOf(hall),
      people,
      locked: [],
      centre: hallCentre(hall),
      rules: {
        presidiumCount: 0,
        frontRows: 1,
        sections: [{ category: 'Khen thưởng', block: 'B', rowFrom: 3, rowTo: 4, aisle: true }],
      },
    });
    const seats = new Map(seatsOf(hall).map((s) => [s.id, s]));
    const awarded = res.assignments
      .filter((a) => a.delegateId >= 'p16' && a.delegateId.length === 3)
      .map((a) => seats.get(a.seatId)!);
    expect(awarded).toHaveLength(4);
    expect(awarded.every((s) => s.block === 'B' && s.row >= 3 && s.aisle)).toBe(true);
  });

  it('numbers rows and seats as the hall does', () => {
    expect([1, 9, 10, 23, 24].map((r) => rowLabelOf(r, 'letters'))).toEqual(['A', 'I', 'K', 'Y', 'AA']);
    expect([0, 1, 2, 3, 4, 5].map((x) => seatNumberOf(x, 6, 'oddEven'))).toEqual([5, 3, 1, 2, 4, 6]);
    expect([0, 1, 2].map((x) => seatNumberOf(x, 3, 'leftToRight'))).toEqual([1, 2, 3]);
  });
});
