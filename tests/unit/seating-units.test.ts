/** The seating algorithm keeps units together and seats awardees on aisle seats in ceremony order. */
import { describe, expect, it } from 'vitest';
import type { HallFieldsInput } from '../../shared/models/hall';
import { assignSeats, type SeatingPerson, type SeatingRules } from '../../shared/seating/assign';
import { hallCentre, seatsOf, type Seat } from '../../shared/seating/layout';
import { unitKey } from '../../shared/seating/units';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
// Spellings that fold to the same unit on purpose ("Xã Hòa Bình" = "xa hoa binh").
const UNITS = ['Xã Hòa Bình', 'xa hoa binh', 'Phường Tân An', 'Ban CHQS huyện', 'Đồn Biên phòng', '', 'Xã Quảng Kiên'];

function randomCase(seed: number) {
  const r = prng(seed);
  const blocks = Array.from({ length: int(r, 1, 3) }, (_, i) => ({
    name: 'ABC'[i],
    rows: int(r, 2, 8),
    seatsPerRow: int(r, 2, 12),
    disabled: r() < 0.3 ? [{ row: 3, x: 1 }] : [],
  }));
  const hall: HallFieldsInput = { name: 'H', stage: { rows: [{ seats: int(r, 1, 9) }] }, blocks };
  const cats = ['Khách mời', 'Đại biểu', 'Xã'];
  const n = int(r, 10, 160);
  const people: SeatingPerson[] = Array.from({ length: n }, (_, i) => ({
    id: `d${String(i).padStart(3, '0')}`,
    precedence: i + 1,
    category: cats[Math.min(2, Math.floor((i / n) * 3))],
    unit: UNITS[int(r, 0, UNITS.length - 1)],
    absent: r() < 0.05,
  }));
  const rules: SeatingRules = {
    presidiumCount: int(r, 0, 5),
    frontRows: int(r, 0, 2),
    sections:
      r() < 0.4 ? [{ category: 'Xã', block: blocks[blocks.length - 1].name, rowFrom: 1, rowTo: int(r, 2, 6) }] : [],
  };
  const awardees =
    r() < 0.5
      ? people
          .filter(() => r() < 0.1)
          .map((p) => p.id)
          .sort(() => 0)
          .reverse()
      : [];
  return { hall, people, rules, awardees };
}

const run = (c: ReturnType<typeof randomCase>) =>
  assignSeats({
    seats: seatsOf(c.hall),
    people: c.people,
    locked: [],
    rules: c.rules,
    centre: hallCentre(c.hall),
    awardees: c.awardees,
  });

/** Seats in the order the hall fills them: front to back, centre-out. */
const fillRank = (s: Seat, centre: number) => [s.row, Math.abs(s.cx - centre), s.cx];
const before = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe('seating: units together, awardees on the aisle', () => {
  const cases = Array.from({ length: 300 }, (_, i) => randomCase(i + 1));

  it('on ordinary seats each unit of a section takes one run of neighbouring seats in a block row', () => {
    let runsChecked = 0;
    for (const c of cases) {
      const res = run(c);
      const seats = new Map(seatsOf(c.hall).map((s) => [s.id, s]));
      const person = new Map(c.people.map((p) => [p.id, p]));
      const awarded = new Set(c.awardees);
      const rows = new Map<string, { x: number; key: string }[]>();
      for (const a of res.assignments) {
        const s = seats.get(a.seatId)!;
        const p = person.get(a.delegateId)!;
        if (s.area !== 'floor' || s.row <= c.rules.frontRows || awarded.has(p.id)) continue;
        const k = `${s.blockIndex}:${s.row}:${p.category}`;
        rows.set(k, [...(rows.get(k) ?? []), { x: s.x, key: unitKey(p) }]);
      }
      for (const list of rows.values()) {
        const keys = list.sort((a, b) => a.x - b.x).map((o) => o.key);
        // A unit's seats are one run: once it ends, that unit does not appear again in the row.
        const ended = new Set<string>();
        keys.forEach((k, i) => {
          expect(ended.has(k)).toBe(false);
          if (keys[i + 1] !== k) ended.add(k);
        });
        if (new Set(keys).size > 1) runsChecked++;
      }
    }
    expect(runsChecked).toBeGreaterThan(300);
  });

  it('places a row of two units side by side, the most senior unit in the centre', () => {
    const hall: HallFieldsInput = { name: 'H', blocks: [{ name: 'A', rows: 1, seatsPerRow: 6 }] };
    const units = ['Xã Quảng Kiên', 'Phường 1', 'xa quang kien', 'Phường 1', 'Xã Quảng Kiên', 'Phường 1'];
    const people = units.map((u, i) => ({ id: `p${i + 1}`, precedence: i + 1, category: 'Đại biểu', unit: u }));
    const res = assignSeats({
      seats: seatsOf(hall),
      people,
      locked: [],
      centre: hallCentre(hall),
      rules: { presidiumCount: 0, frontRows: 0, sections: [] },
    });
    const byX = [...res.assignments]
      .sort((a, b) => Number(a.seatId.split('-')[2]) - Number(b.seatId.split('-')[2]))
      .map((a) => a.delegateId);
    // Phường 1 (p2, p4, p6) on the audience's left, Quảng Kiên (p1, p3, p5) from the centre rightward.
    expect(byX).toEqual(['p6', 'p4', 'p2', 'p1', 'p3', 'p5']);
    expect(res.assignments.find((a) => a.delegateId === 'p3')!.reason).toMatch(/đơn vị/);
  });

  it('awardees sit on aisle seats behind the rows of honour, in ceremony order front to back', () => {
    let checked = 0;
    for (const c of cases) {
      if (!c.awardees.length || c.rules.sections.length) continue;
      const res = run(c);
      const centre = hallCentre(c.hall);
      const seats = new Map(seatsOf(c.hall).map((s) => [s.id, s]));
      const aisleSeats = [...seats.values()].filter(
        (s) => s.area === 'floor' && s.aisle && !s.disabled && s.row > c.rules.frontRows,
      ).length;
      const placed = c.awardees
        .map((id) => res.assignments.find((a) => a.delegateId === id))
        .filter((a) => a && seats.get(a.seatId)!.area === 'floor')
        .map((a) => seats.get(a!.seatId)!);
      const onAisle = placed.slice(0, aisleSeats);
      for (const s of onAisle) expect(s.aisle && s.row > c.rules.frontRows).toBe(true);
      for (let i = 1; i < onAisle.length; i++)
        expect(before(fillRank(onAisle[i - 1], centre), fillRank(onAisle[i], centre))).toBeLessThan(0);
      checked += onAisle.length;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('an aisle rule seats its awardees first, in ceremony order', () => {
    const hall: HallFieldsInput = {
      name: 'H',
      blocks: [
        { name: 'A', rows: 3, seatsPerRow: 4 },
        { name: 'B', rows: 3, seatsPerRow: 4 },
      ],
    };
    const people = Array.from({ length: 12 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      precedence: i + 1,
      category: i >= 6 ? 'Khen thưởng' : 'Đại biểu',
    }));
    const res = assignSeats({
      seats: seatsOf(hall),
      people,
      locked: [],
      centre: hallCentre(hall),
      awardees: ['p11', 'p07', 'p09'],
      rules: {
        presidiumCount: 0,
        frontRows: 1,
        sections: [{ category: 'Khen thưởng', block: 'B', rowFrom: 2, rowTo: 3, aisle: true }],
      },
    });
    const seat = new Map(seatsOf(hall).map((s) => [s.id, s]));
    const at = (id: string) => seat.get(res.assignments.find((a) => a.delegateId === id)!.seatId)!;
    expect(['p11', 'p07', 'p09'].map((id) => [at(id).block, at(id).row, at(id).aisle])).toEqual([
      ['B', 2, true],
      ['B', 2, true],
      ['B', 3, true],
    ]);
    expect(res.assignments.find((a) => a.delegateId === 'p07')!.reason).toMatch(/thứ tự trao 2/);
  });
});
