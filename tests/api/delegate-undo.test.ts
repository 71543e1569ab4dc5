/**
 * Undo undoes exactly its action (issue #11), on the demo conference with everything that hangs on
 * delegates recorded: invitations sent, replies and a substitute, seats (some locked), check-ins,
 * an agenda presenter, a speech presenter, an award recipient. Each undo kind is checked against a
 * copy of every dependent table taken before the action.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seatsOf } from '../../shared/seating/layout';
import { call, callError, demoCore, type TestCore } from '../helpers/core';

let core: TestCore;
let conferenceId = '';
let hallId = '';
let ids: string[] = [];

const TABLES = [
  'delegate_register',
  'invitation_prints',
  'seat_assignments',
  'checkins',
  'checkin_walk_ins',
  'checkin_audit',
];
/** Every dependent row, and the links to delegates, as plain data to compare. */
function dependents() {
  const db = core.store.sqlite;
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = db.prepare(`select * from ${t} order by 1, 2`).all();
  out.links = db
    .prepare(
      `select 'a' t, id, presenter_delegate_id d from agenda_items union all select 's', id, presenter_delegate_id from speeches
    union all select 'r', id, delegate_id from award_recipients order by 1, 2`,
    )
    .all();
  return out;
}
async function freeSeat() {
  const taken = new Set((await call(core, 'seating.list', { conferenceId })).items.map((i) => i.seatId));
  return seatsOf(await call(core, 'hall.get', { id: hallId })).find((s) => !s.disabled && !taken.has(s.id))!.id;
}
const delegates = async () => (await call(core, 'delegate.list', { conferenceId })).items;
const order = async () => (await delegates()).map((d) => d.id);

beforeEach(async () => {
  ({ core, conferenceId } = await demoCore());
  hallId = (await call(core, 'hall.createDemo', {})).id;
  ids = await order();
  await call(core, 'invitation.mark', {
    conferenceId,
    delegateIds: ids.slice(0, 11),
    status: 'sent',
    sentAt: '2026-11-20',
    method: 'buu_dien',
  });
  await call(core, 'invitation.reply', { delegateId: ids[3], reply: 'attending' });
  await call(core, 'invitation.reply', {
    delegateId: ids[5],
    reply: 'substitute',
    substitute: { fullName: 'Trần Văn Thay', rank: '', position: 'Phó Giám đốc', unit: 'Sở Nội vụ' },
  });
  await call(core, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
  await call(core, 'seating.lock', { conferenceId, delegateIds: ids.slice(0, 3), locked: true });
  for (const id of ids.slice(0, 8)) await call(core, 'checkin.mark', { conferenceId, delegateId: id });
  await call(core, 'checkin.undo', { conferenceId, delegateId: ids[7] });
  await call(core, 'agenda.create', {
    conferenceId,
    kind: 'speech',
    title: 'Phát biểu khai mạc',
    presenterDelegateId: ids[0],
  });
  await call(core, 'speech.create', { conferenceId, unit: 'Sở Nội vụ', presenterDelegateId: ids[4] });
  const decision = (await call(core, 'award.decision.create', { conferenceId, number: '12/QĐ-UBND' })).id;
  await call(core, 'award.recipient.create', {
    decisionId: decision,
    kind: 'individual',
    name: 'Cá nhân',
    delegateId: ids[6],
  });
}, 60_000);
afterEach(async () => {
  await core.close();
});

describe('delegate.undo restores in place and touches nothing that hangs on delegates', () => {
  it('sort, reorder, edit and bulk edit: order and fields back, every dependent row identical', async () => {
    const before = dependents();
    const rows = await delegates();
    const category = rows[20].category;
    await call(core, 'delegate.sortSection', { conferenceId, category, by: 'name' });
    await call(core, 'delegate.reorder', { conferenceId, orderedIds: [...ids].reverse() });
    await call(core, 'delegate.update', { id: ids[3], patch: { fullName: 'Tên Đã Sửa', unit: 'Đơn vị mới' } });
    await call(core, 'delegate.bulkUpdate', { ids: ids.slice(0, 5), patch: { category: 'Khách mời' } });
    for (const label of ['Sửa hàng loạt 5 đại biểu', 'Sửa đại biểu', 'Đổi thứ tự', 'Sắp xếp theo tên']) {
      expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe(label);
      expect(dependents()).toEqual(before);
    }
    expect(await delegates()).toEqual(rows);
  });

  it('undoing an import deletes only the rows it inserted; refused once an imported delegate is checked in', async () => {
    const before = dependents();
    const csv = 'Họ và tên;Chức vụ;Đơn vị\nNguyễn Văn Nhập;Chuyên viên;Sở Nội vụ\nLê Thị Mới;Chuyên viên;Sở Y tế\n';
    const input = { conferenceId, fileName: 'bo-sung.csv', contentBase64: Buffer.from(csv).toString('base64') };
    await call(core, 'delegate.import', input);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Nhập tệp bo-sung.csv');
    expect(await order()).toEqual(ids);
    expect(dependents()).toEqual(before);

    await call(core, 'delegate.import', input);
    const added = (await delegates()).slice(ids.length);
    await call(core, 'checkin.mark', { conferenceId, delegateId: added[0].id });
    await call(core, 'checkin.undo', { conferenceId, delegateId: added[0].id });
    const during = dependents();
    const err = await callError(core, 'delegate.undo', { conferenceId });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe(
      'Không hoàn tác được “Nhập tệp bo-sung.csv”: sau thao tác này “Nguyễn Văn Nhập” có lượt điểm danh (đã hủy). ' +
        'Hoàn tác bây giờ sẽ làm mất những thay đổi đó, nên chưa thay đổi gì.',
    );
    expect((await delegates()).slice(ids.length)).toEqual(added);
    expect(dependents()).toEqual(during);
    // Still the newest entry: refused again, never skipped.
    expect((await callError(core, 'delegate.undo', { conferenceId })).code).toBe('CONFLICT');
  });

  it('undoing a create refuses when the new delegate was seated or sent an invitation since', async () => {
    const d = await call(core, 'delegate.create', { conferenceId, delegate: { fullName: 'Phạm Văn Thêm' } });
    await call(core, 'invitation.mark', { conferenceId, delegateIds: [d.id], status: 'sent' });
    const free = await freeSeat();
    await call(core, 'seating.move', { conferenceId, delegateId: d.id, seatId: free });
    const err = await callError(core, 'delegate.undo', { conferenceId });
    expect(err.message).toMatch(/“Phạm Văn Thêm” đã được đánh dấu gửi giấy mời, đã được xếp ghế/);
    await call(core, 'seating.undo', { conferenceId });
    await call(core, 'invitation.mark', { conferenceId, delegateIds: [d.id], status: 'not_sent' });
    // An empty register row is nothing to lose: now the undo runs and removes only that delegate.
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Thêm đại biểu');
    expect(await order()).toEqual(ids);
  });

  it('undoing a delete brings the delegates back with register, seats and locks, check-ins, presenters and award links', async () => {
    const before = dependents();
    const gone = [ids[0], ids[3], ids[4], ids[5], ids[6], ids[7]];
    await call(core, 'delegate.delete', { ids: gone });
    const after = dependents();
    expect((after.seat_assignments as unknown[]).length).toBe(
      (before.seat_assignments as unknown[]).length - gone.length,
    );
    expect(after.checkin_audit).toEqual(before.checkin_audit);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Xóa 6 đại biểu');
    expect(dependents()).toEqual(before);
    expect(await order()).toEqual(ids);
    const stats = await call(core, 'checkin.stats', { conferenceId });
    expect(JSON.stringify(stats)).toContain('"present":7');
  });

  it('undoing a delete refuses when the seat was given to someone else since, and changes nothing', async () => {
    const seatOf = async (id: string) =>
      (await call(core, 'seating.list', { conferenceId })).items.find((i) => i.delegateId === id)!;
    const target = await seatOf(ids[20]);
    await call(core, 'delegate.delete', { ids: [ids[20]] });
    await call(core, 'seating.move', { conferenceId, delegateId: ids[30], seatId: target.seatId });
    const during = dependents();
    const err = await callError(core, 'delegate.undo', { conferenceId });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(`ghế ${target.short} của`);
    expect(dependents()).toEqual(during);
    expect(await order()).not.toContain(ids[20]);
    // Give the seat back, then the delete undoes with the seat.
    await call(core, 'seating.undo', { conferenceId });
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Xóa 1 đại biểu');
    expect((await seatOf(ids[20])).seatId).toBe(target.seatId);
  });
});
