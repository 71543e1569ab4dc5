/** seating.autoAssign reads the awards (ceremony order) and the delegates' units; the rules table is saved with setPlan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoCore, type TestCore } from '../helpers/core';
import { foldDiacritics } from '../../shared/text/normalize';

let core: TestCore;
let conferenceId = '';
let hallId = '';

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  hallId = (await call(core, 'hall.createDemo', {})).id;
});
afterAll(async () => {
  await core?.close();
});

describe('seating with awards and units', () => {
  it('seats awardees on aisle seats behind the rows of honour in ceremony order (batch first)', async () => {
    const { items: delegates } = await call(core, 'delegate.list', { conferenceId });
    // Three juniors from the back of the list, so without awards they would sit far back.
    const [a, b, c] = delegates.slice(-3);
    const dec = (await call(core, 'award.decision.create', { conferenceId, form: 'Bằng khen' })).id;
    for (const d of [a, b, c]) {
      await call(core, 'award.recipient.create', {
        decisionId: dec,
        kind: 'individual',
        name: d.fullName || 'X',
        delegateId: d.id,
      });
    }
    await call(core, 'award.batches.plan', { conferenceId, maxPerBatch: 2 });
    await call(core, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
    const { items } = await call(core, 'seating.list', { conferenceId });
    const seat = (id: string) => items.find((i) => i.delegateId === id)!;
    for (const d of [a, b, c]) expect(seat(d.id)).toMatchObject({ area: 'floor', row: 3 });
    expect(seat(b.id).reason).toMatch(/thứ tự trao 2/);
    // Aisle seats: each at one end of its block row (x = 0 or the last seat).
    const widths: Record<string, number> = { A: 6, B: 10, C: 6 };
    for (const d of [a, b, c]) expect([0, widths[seat(d.id).block] - 1]).toContain(seat(d.id).x);
  });

  it('puts delegates of one unit side by side in their block row', async () => {
    const { items: delegates } = await call(core, 'delegate.list', { conferenceId });
    const unitOf = new Map(delegates.map((d) => [d.id, `${d.category}|${foldDiacritics(d.unit)}`]));
    const { items } = await call(core, 'seating.list', { conferenceId });
    const rows = new Map<string, { x: number; unit: string; reason: string }[]>();
    for (const i of items) {
      if (i.area !== 'floor' || i.row <= 2 || /Khen thưởng/.test(i.reason)) continue;
      const d = delegates.find((x) => x.id === i.delegateId)!;
      const k = `${i.block}:${i.row}:${d.category}`;
      rows.set(k, [...(rows.get(k) ?? []), { x: i.x, unit: unitOf.get(i.delegateId)!, reason: i.reason }]);
    }
    let mixed = 0;
    for (const list of rows.values()) {
      const units = list.sort((p, q) => p.x - q.x).map((o) => o.unit);
      const runs = units.filter((u, i) => u !== units[i - 1]).length;
      expect(runs).toBe(new Set(units).size);
      if (runs > 1) mixed++;
    }
    expect(mixed).toBeGreaterThan(3);
  });

  it('saves the rules table with setPlan and seats a section in its block and rows', async () => {
    const rules = {
      presidiumCount: 9,
      frontRows: 2,
      sections: [{ category: 'Phóng viên, phục vụ', block: 'C', rowFrom: 10, rowTo: 12, aisle: false }],
    };
    await call(core, 'seating.setPlan', { conferenceId, hallId, rules });
    expect((await call(core, 'seating.list', { conferenceId })).rules.sections).toEqual(rules.sections);
    await call(core, 'seating.autoAssign', { conferenceId, hallId });
    const { items } = await call(core, 'seating.list', { conferenceId });
    const { items: delegates } = await call(core, 'delegate.list', { conferenceId });
    const guests = delegates
      .filter((d) => d.category === 'Phóng viên, phục vụ')
      .map((d) => items.find((i) => i.delegateId === d.id))
      .filter((i) => i && i.area === 'floor');
    expect(guests.length).toBeGreaterThan(0);
    expect(guests.every((g) => g!.block === 'C' && g!.row >= 10)).toBe(true);
  });

  it('keeps the saved rules table when auto-assign is sent only the presidium and front rows', async () => {
    const sections = [{ category: 'Phóng viên, phục vụ', block: 'C', rowFrom: 10, rowTo: 12, aisle: false }];
    await call(core, 'seating.setPlan', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2, sections } });
    await call(core, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 7, frontRows: 1 } });
    const list = await call(core, 'seating.list', { conferenceId });
    expect(list.rules).toMatchObject({ presidiumCount: 7, frontRows: 1, sections });
  });
});

describe('the default rule when there are awards', () => {
  it('seats the awardees\u2019 section on aisle seats near the stage, even before any award is linked', async () => {
    const { id } = await call(core, 'conference.createDemo', {});
    await call(core, 'seating.autoAssign', { conferenceId: id, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
    const { items: delegates } = await call(core, 'delegate.list', { conferenceId: id });
    const { items } = await call(core, 'seating.list', { conferenceId: id });
    const widths: Record<string, number> = { A: 6, B: 10, C: 6 };
    const awardees = delegates.filter((d) => d.category === 'Tập thể, cá nhân được khen thưởng');
    expect(awardees).toHaveLength(40);
    const seats = awardees.map((d) => items.find((i) => i.delegateId === d.id)!);
    for (const s of seats) expect([0, widths[s.block] - 1]).toContain(s.x);
    // Front to back from the first row behind the rows of honour; the first ones called sit nearest the stage.
    expect(Math.min(...seats.map((s) => s.row))).toBe(3);
    expect(seats[0].row).toBe(3);
    expect(seats[0].reason).toMatch(/ghế đầu lối đi/);
  });
});
