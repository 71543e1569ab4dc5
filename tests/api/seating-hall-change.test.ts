/**
 * Hall changes never destroy seats silently (issue #11): another hall needs a confirmation and
 * takes a backup, and the hall and its seats undo as one step; a hall edit that would drop or switch
 * off a seat in use is refused; no undo puts anyone on a seat that is off or gone, or taken since.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, demoCore, type TestCore } from '../helpers/core';

let core: TestCore;
let conferenceId = '';
let hallId = '';
let small = '';

const seating = () => call(core, 'seating.list', { conferenceId });
const seats = () =>
  core.store.sqlite
    .prepare('select delegate_id, seat_id, locked, reason from seat_assignments order by delegate_id')
    .all();

beforeEach(async () => {
  ({ core, conferenceId } = await demoCore());
  hallId = (await call(core, 'hall.createDemo', {})).id;
  small = (await call(core, 'hall.create', { name: 'Phòng họp nhỏ', blocks: [{ name: 'A', rows: 4, seatsPerRow: 5 }] }))
    .id;
  await call(core, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
  const { items } = await seating();
  await call(core, 'seating.lock', {
    conferenceId,
    delegateIds: items.slice(0, 4).map((i) => i.delegateId),
    locked: true,
  });
}, 60_000);
afterEach(async () => {
  await core.close();
});

describe('choosing another hall', () => {
  it('asks first (CONFLICT with the count), then backs up, switches and clears as one undo step', async () => {
    const before = seats();
    const n = before.length;
    const err = await callError(core, 'seating.setPlan', { conferenceId, hallId: small });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe(
      `Đổi sang hội trường “Phòng họp nhỏ” sẽ xóa ${n} chỗ đã xếp của hội nghị này: cần xác nhận (sao lưu trước và tiếp tục)`,
    );
    expect(err.details).toMatchObject({ seated: n });
    expect((await seating()).hallId).toBe(hallId);
    expect(seats()).toEqual(before);
    // Auto-assign in the other hall is no back door.
    expect((await callError(core, 'seating.autoAssign', { conferenceId, hallId: small })).message).toMatch(
      /hãy chọn hội trường “Phòng họp nhỏ” trước/,
    );

    const backups = (await call(core, 'backup.list', {})).items.length;
    await call(core, 'seating.setPlan', { conferenceId, hallId: small, confirmClear: true });
    const { items } = await call(core, 'backup.list', {});
    expect(items.length).toBe(backups + 1);
    expect(items.some((b) => b.reason === 'before-hall-change')).toBe(true);
    expect((await seating()).hallId).toBe(small);
    expect(seats()).toEqual([]);

    expect((await call(core, 'seating.undo', { conferenceId })).undone).toBe('Đổi sang hội trường Phòng họp nhỏ');
    const back = await seating();
    expect(back.hallId).toBe(hallId);
    expect(back.items).toHaveLength(n);
    expect(seats()).toEqual(before);
  });

  it('the same hall, or a conference with no seats given, needs no question', async () => {
    await call(core, 'seating.setPlan', { conferenceId, hallId, rules: { frontRows: 3 } });
    expect(seats()).toHaveLength((await seating()).items.length);
    const other = (await call(core, 'conference.create', { title: 'Hội nghị chưa xếp' })).id;
    await call(core, 'seating.setPlan', { conferenceId: other, hallId });
    await call(core, 'seating.setPlan', { conferenceId: other, hallId: small });
    expect((await call(core, 'seating.list', { conferenceId: other })).hallId).toBe(small);
  });
});

describe('editing a hall', () => {
  it('refuses to switch off or drop a seat in use, naming seat, person and conference; frees nothing', async () => {
    const hall = await call(core, 'hall.get', { id: hallId });
    const before = seats();
    const used = (await seating()).items.find((i) => i.area === 'floor' && i.block === hall.blocks[0].name)!;
    const [delegate] = (await call(core, 'delegate.list', { conferenceId })).items.filter(
      (d) => d.id === used.delegateId,
    );
    const blocks = hall.blocks.map((b, i) =>
      i === 0 ? { ...b, disabled: [...b.disabled, { row: used.row, x: used.x }] } : b,
    );
    const err = await callError(core, 'hall.update', { id: hallId, patch: { blocks } });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(
      `1 ghế bị bỏ hoặc tắt đang có người ngồi — ${used.short} (${delegate.fullName || delegate.position}, hội nghị “Hội nghị sơ kết`,
    );
    expect(err.message).toContain('Hãy bỏ xếp hoặc chuyển những người này sang ghế khác trước');
    expect(await call(core, 'hall.get', { id: hallId })).toEqual(hall);
    const dropped = await callError(core, 'hall.update', { id: hallId, patch: { blocks: hall.blocks.slice(1) } });
    expect(dropped.message).toMatch(/ghế bị bỏ hoặc tắt đang có người ngồi/);
    expect(seats()).toEqual(before);
  });

  it('switching off a free seat saves and leaves every assignment as it was', async () => {
    const hall = await call(core, 'hall.get', { id: hallId });
    const taken = new Set((await seating()).items.map((i) => i.seatId));
    const before = seats();
    const last = hall.blocks.length - 1;
    const b = hall.blocks[last];
    const freeRow = Array.from({ length: b.rows }, (_, r) => b.rows - r).find(
      (row) => !taken.has(`B${last}-${row}-0`),
    )!;
    const blocks = hall.blocks.map((x, i) =>
      i === last ? { ...x, disabled: [...x.disabled, { row: freeRow, x: 0 }] } : x,
    );
    const u = await call(core, 'hall.update', { id: hallId, patch: { blocks, name: 'Hội trường lớn' } });
    expect(u.seatCount).toBe(hall.seatCount - 1);
    expect(seats()).toEqual(before);
  });

  it('an undo never puts someone back on a seat switched off since', async () => {
    const hall = await call(core, 'hall.get', { id: hallId });
    const one = (await seating()).items.find((i) => i.area === 'floor' && !i.locked)!;
    await call(core, 'seating.move', { conferenceId, delegateId: one.delegateId, seatId: null });
    const blocks = hall.blocks.map((b) =>
      b.name === one.block ? { ...b, disabled: [...b.disabled, { row: one.row, x: one.x }] } : b,
    );
    await call(core, 'hall.update', { id: hallId, patch: { blocks } });
    const before = seats();
    const err = await callError(core, 'seating.undo', { conferenceId });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(
      /^Không hoàn tác được “Bỏ xếp .*”: ghế cũ của “.*” không còn dùng được trong hội trường\. Chưa thay đổi gì\.$/,
    );
    expect(seats()).toEqual(before);
  });
});

describe('seating.undo is exact', () => {
  it('leaves a seat given back by the delegate undo alone, and refuses to take it', async () => {
    const { items } = await seating();
    const [x, y] = items.filter((i) => i.area === 'floor' && !i.locked);
    await call(core, 'seating.move', { conferenceId, delegateId: x.delegateId, seatId: null }); // x leaves seat S
    await call(core, 'seating.move', { conferenceId, delegateId: y.delegateId, seatId: x.seatId }); // y takes S
    await call(core, 'delegate.delete', { ids: [y.delegateId] }); // S freed with y
    await call(core, 'seating.undo', { conferenceId }); // y's move: y is gone, nothing to do
    await call(core, 'delegate.undo', { conferenceId }); // y back, on S
    const before = seats();
    const err = await callError(core, 'seating.undo', { conferenceId }); // x back to S? taken by y
    expect(err.message).toContain(`ghế ${x.short} của`);
    expect(err.message).toContain('nay đã xếp cho');
    expect(seats()).toEqual(before);
  });
});
