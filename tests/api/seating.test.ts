/** hall.* and seating.* through the dispatcher, on a real store with the demo conference. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callError, demoCore, type TestCore } from '../helpers/core';

let core: TestCore;
let conferenceId = '';
let hallId = '';

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
});
afterAll(async () => {
  await core?.close();
});

const list = () => call(core, 'seating.list', { conferenceId });

describe('halls', () => {
  it('creates, reads, lists and edits a hall; refuses two blocks with one name', async () => {
    const { id } = await call(core, 'hall.create', {
      name: 'Phòng họp số 1',
      stage: { rows: [{ seats: 5 }] },
      blocks: [{ name: 'A', rows: 3, seatsPerRow: 4 }],
    });
    const h = await call(core, 'hall.get', { id });
    expect(h).toMatchObject({
      name: 'Phòng họp số 1',
      seatCount: 17,
      blocks: [{ name: 'A', numbering: { rows: 'numbers', seats: 'leftToRight' }, disabled: [] }],
    });
    const u = await call(core, 'hall.update', {
      id,
      patch: { blocks: [{ name: 'A', rows: 3, seatsPerRow: 4, disabled: [{ row: 1, x: 0 }] }] },
    });
    expect(u.seatCount).toBe(16);
    expect(u.name).toBe('Phòng họp số 1');
    const dup = await callError(core, 'hall.create', {
      name: 'X',
      blocks: [
        { name: 'A', rows: 1, seatsPerRow: 1 },
        { name: 'a', rows: 1, seatsPerRow: 1 },
      ],
    });
    expect(dup.message).toMatch(/hai khu cùng tên/);
    const out = await callError(core, 'hall.update', {
      id,
      patch: { blocks: [{ name: 'A', rows: 1, seatsPerRow: 2, disabled: [{ row: 2, x: 0 }] }] },
    });
    expect(out.message).toMatch(/Khu A: ghế tắt ở hàng 2/);
  });

  it('makes the demo hall once and hands the same one back', async () => {
    hallId = (await call(core, 'hall.createDemo', {})).id;
    expect((await call(core, 'hall.createDemo', {})).id).toBe(hallId);
    const { items } = await call(core, 'hall.list', {});
    expect(items.map((h) => h.name)).toContain('Hội trường Bộ CHQS tỉnh');
    expect((await call(core, 'hall.get', { id: hallId })).seatCount).toBe(9 + 12 * 22 - 2);
  });
});

describe('seating', () => {
  it("auto-assigns the demo conference by protocol: No. 1 in the centre of the stage, No. 2 on the audience's left", async () => {
    const r = await call(core, 'seating.autoAssign', {
      conferenceId,
      hallId,
      rules: { presidiumCount: 9, frontRows: 2 },
    });
    const { items: delegates } = await call(core, 'delegate.list', { conferenceId });
    expect(r).toEqual({ assigned: delegates.length, unassigned: 0 });
    const s = await list();
    expect(s.hallId).toBe(hallId);
    const seatOf = (precedence: number) => s.items.find((i) => i.delegateId === delegates[precedence - 1].id)!;
    expect(seatOf(1)).toMatchObject({ area: 'presidium', row: 1, x: 4 });
    expect(seatOf(2)).toMatchObject({ area: 'presidium', x: 3 });
    expect(seatOf(3)).toMatchObject({ area: 'presidium', x: 5 });
    expect(seatOf(10)).toMatchObject({ area: 'floor', block: 'B', row: 1 });
    expect(seatOf(10).reason).toMatch(/Hàng danh dự/);
    expect(new Set(s.items.map((i) => i.seatId)).size).toBe(s.items.length);
  });

  it('moves a delegate to an occupied seat by swapping, locks, keeps the lock on re-assign, and undoes', async () => {
    const before = await list();
    const [a, b] = before.items.filter((i) => i.area === 'floor').slice(-2);
    expect(await call(core, 'seating.move', { conferenceId, delegateId: a.delegateId, seatId: b.seatId })).toEqual({
      swappedWith: b.delegateId,
    });
    let s = await list();
    expect(s.items.find((i) => i.delegateId === a.delegateId)!.seatId).toBe(b.seatId);
    expect(s.items.find((i) => i.delegateId === b.delegateId)!.seatId).toBe(a.seatId);
    expect((await call(core, 'seating.undo', { conferenceId })).undone).toMatch(/^Xếp /);
    s = await list();
    expect(s.items.find((i) => i.delegateId === a.delegateId)!.seatId).toBe(a.seatId);

    await call(core, 'seating.move', { conferenceId, delegateId: a.delegateId, seatId: 'P1-8' });
    expect(await call(core, 'seating.lock', { conferenceId, delegateIds: [a.delegateId], locked: true })).toEqual({
      updated: 1,
    });
    const locked = await callError(core, 'seating.move', { conferenceId, delegateId: b.delegateId, seatId: 'P1-8' });
    expect(locked.code).toBe('CONFLICT');
    await call(core, 'seating.autoAssign', { conferenceId, hallId });
    s = await list();
    expect(s.items.find((i) => i.delegateId === a.delegateId)).toMatchObject({ seatId: 'P1-8', locked: true });
    const bad = await callError(core, 'seating.move', { conferenceId, delegateId: b.delegateId, seatId: 'B1-12-0' });
    expect(bad.message).toMatch(/đang tắt/);
  });

  it('clears one block (locked seats kept), unseats one delegate, and a substitute keeps the seat', async () => {
    const cleared = await call(core, 'seating.clear', { conferenceId, block: 'B' });
    expect(cleared.updated).toBeGreaterThan(50);
    let s = await list();
    expect(s.items.some((i) => i.block === 'B')).toBe(false);
    expect(s.items.filter((i) => i.area === 'presidium')).toHaveLength(9);
    const one = s.items.find((i) => i.block === 'A')!;
    await call(core, 'seating.move', { conferenceId, delegateId: one.delegateId, seatId: null });
    s = await list();
    expect(s.items.some((i) => i.delegateId === one.delegateId)).toBe(false);

    const first = s.items.find((i) => i.area === 'presidium' && !i.locked)!;
    core.store.sqlite
      .prepare(
        "insert into delegate_register (delegate_id, reply, substitute_full_name, substitute_rank, substitute_position, substitute_unit, updated_at) values (?, 'substitute', 'Trần Văn Thay', '', 'Phó Giám đốc', 'Sở Nội vụ', 'x')",
      )
      .run(first.delegateId);
    await call(core, 'seating.autoAssign', { conferenceId, hallId });
    s = await list();
    expect(s.substitutes[first.delegateId]).toMatchObject({ fullName: 'Trần Văn Thay' });
    expect(s.items.find((i) => i.delegateId === first.delegateId)!.seatId).toBe(first.seatId);
  });

  it('refuses a move before a hall is chosen, an unknown hall, and the desk role', async () => {
    const other = (await call(core, 'conference.create', { title: 'Hội nghị khác' })).id;
    const { items } = await call(core, 'delegate.list', { conferenceId });
    expect(
      (await callError(core, 'seating.move', { conferenceId: other, delegateId: items[0].id, seatId: 'P1-0' })).message,
    ).toMatch(/chưa chọn hội trường/);
    expect((await callError(core, 'seating.autoAssign', { conferenceId, hallId: 'nope' })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'seating.autoAssign', { conferenceId, hallId }, 'desk')).code).toBe('FORBIDDEN');
    expect((await call(core, 'seating.list', { conferenceId: other })).hallId).toBeNull();
  });
});
