/**
 * Badge types and the head count: staff, press and organisers (by badge type, set by section and per
 * delegate) are not invited to attend — listed apart, never absent; a per-delegate type overrides the
 * section's; the conference's short title is stored and returned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, demoCore } from '../helpers/core';

let core: Core;
let conferenceId = '';
let ds: Awaited<ReturnType<typeof list>> = [];
const list = async () => (await call(core, 'delegate.list', { conferenceId })).items;

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  ds = await list();
});
afterAll(() => core.close());

describe('badge types and the head count', () => {
  it('the demo sets the types as data: press and the secretariat one by one, the section says Phục vụ', async () => {
    const conf = await call(core, 'conference.get', { id: conferenceId });
    expect(conf.shortTitle).toBe('Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND');
    expect(conf.sectionBadges['Phóng viên, phục vụ']).toBe('Phục vụ');
    const press = ds.filter((d) => d.badgeType === 'Phóng viên');
    expect(press.map((d) => d.unit)).toEqual([
      'Báo Lạng Sơn',
      'Báo Lạng Sơn',
      'Đài PT-TH tỉnh',
      'Đài PT-TH tỉnh',
      'Đài PT-TH tỉnh',
      'Đài PT-TH tỉnh',
    ]);
    expect(ds.filter((d) => d.badgeType === 'Ban tổ chức')).toHaveLength(2);
    // An assistant in the list of leaders has no type of his own: he follows his section.
    expect(ds.find((d) => d.position === 'Trợ lý Tác chiến')!.badgeType).toBe('');
  });

  it('counts only those invited to attend; staff are listed apart, not absent', async () => {
    const staff = ds.filter((d) => d.category === 'Phóng viên, phục vụ');
    const s0 = await call(core, 'checkin.stats', { conferenceId });
    expect(s0).toMatchObject({
      invited: ds.length - staff.length,
      present: 0,
      absent: ds.length - staff.length,
      staffTotal: staff.length,
      staffPresent: 0,
    });
    await call(core, 'checkin.mark', { conferenceId, delegateId: staff[0].id });
    await call(core, 'checkin.mark', { conferenceId, delegateId: ds[0].id });
    const s1 = await call(core, 'checkin.stats', { conferenceId });
    expect(s1).toMatchObject({ present: 1, absent: ds.length - staff.length - 1, staffPresent: 1 });
    expect(s1.bySection.find((x) => x.staff)).toMatchObject({
      category: 'Phóng viên, phục vụ',
      invited: staff.length,
      present: 1,
    });
    const board = await call(core, 'checkin.board', { conferenceId, maxPrecedence: 500 });
    expect(board.absentDignitaries.some((d) => d.category === 'Phóng viên, phục vụ')).toBe(false);
  });

  it('a delegate’s own type overrides the section: a guest in the staff section counts again', async () => {
    const staff = ds.filter((d) => d.category === 'Phóng viên, phục vụ');
    await call(core, 'delegate.update', { id: staff[1].id, patch: { badgeType: 'Khách mời' } });
    const s = await call(core, 'checkin.stats', { conferenceId });
    expect(s.staffTotal).toBe(staff.length - 1);
    expect((await list()).find((d) => d.id === staff[1].id)!.badgeType).toBe('Khách mời');
    await call(core, 'conference.update', { id: conferenceId, patch: { sectionBadges: {}, shortTitle: '' } });
    // With no section setting, the section's name decides ("phục vụ"), never a job title.
    expect((await call(core, 'checkin.stats', { conferenceId })).staffTotal).toBe(staff.length - 1);
  });
});
