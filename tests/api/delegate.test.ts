import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

let core: Core;
let conferenceId: string;
beforeEach(async () => {
  core = await freshCore();
  conferenceId = (await call(core, 'conference.create', { title: 'Hội nghị thử' })).id;
});
afterEach(async () => {
  await core.close();
});

const add = (fullName: string, extra: Record<string, string> = {}) =>
  call(core, 'delegate.create', { conferenceId, delegate: { fullName, ...extra } });
const names = async () => (await call(core, 'delegate.list', { conferenceId })).items.map((d) => d.fullName);

describe('delegate.*', () => {
  it('cleans text on the way in: NFC, Ð→Đ, no Đ/c, single spaces, canonical rank', async () => {
    const d = await add('Đ/c  Nguye\u0302\u0303n   Văn \u00D0ức', { rank: 'đại uý', unit: ' Sở  Tài chính ' });
    expect(d.fullName).toBe('Nguyễn Văn Đức');
    expect(d.fullName).toBe(d.fullName.normalize('NFC'));
    expect(d.rank).toBe('Đại úy');
    expect(d.unit).toBe('Sở Tài chính');
    expect(d.precedence).toBe(1);
  });

  it('keeps a placeholder with an empty name', async () => {
    const d = await add('', { position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính' });
    expect(d).toMatchObject({ fullName: '', unit: 'Sở Tài chính' });
  });

  it('searches without diacritics, best match first', async () => {
    await add('Nguyễn Văn Sơn', { unit: 'Sở Y tế' });
    await add('Trần Thị Đào', { unit: 'Sở Nội vụ' });
    await add('Nguyễn Sơn Hà', { unit: 'Sở Xây dựng' });
    await add('Lê Văn Sờn');
    const hit = async (q: string) =>
      (await call(core, 'delegate.search', { conferenceId, query: q })).items.map((d) => d.fullName);
    expect((await hit('nguyen van son'))[0]).toBe('Nguyễn Văn Sơn');
    expect(await hit('dao')).toEqual(['Trần Thị Đào']);
    expect(await hit('d')).toContain('Trần Thị Đào');
    expect((await hit('Sơn'))[0]).not.toBe('Lê Văn Sờn');
    expect(await hit('xay dung')).toEqual(['Nguyễn Sơn Hà']);
    expect(await hit('khong ai')).toEqual([]);
    // inside a word, when word starts find too few: "uyen" still finds the Nguyễns
    expect(await hit('uyen')).toEqual(expect.arrayContaining(['Nguyễn Văn Sơn', 'Nguyễn Sơn Hà']));
    expect(await hit('chinh')).toEqual([]);
  });

  it('updates, and the search index follows', async () => {
    const d = await add('Hà Văn Mai');
    await call(core, 'delegate.update', { id: d.id, patch: { fullName: 'Hà Văn Minh', position: 'Phó Chủ tịch' } });
    expect((await call(core, 'delegate.search', { conferenceId, query: 'minh' })).items[0]).toMatchObject({
      id: d.id,
      position: 'Phó Chủ tịch',
    });
    expect((await call(core, 'delegate.search', { conferenceId, query: 'mai' })).items).toHaveLength(0);
  });

  it('changes only the fields a patch names', async () => {
    const d = await add('Hà Văn Mai', {
      rank: 'Đại tá',
      position: 'Chính ủy',
      unit: 'Bộ CHQS tỉnh',
      phone: '0912000000',
    });
    const after = await call(core, 'delegate.update', { id: d.id, patch: { note: 'Tham luận' } });
    expect(after).toMatchObject({
      fullName: 'Hà Văn Mai',
      rank: 'Đại tá',
      position: 'Chính ủy',
      unit: 'Bộ CHQS tỉnh',
      phone: '0912000000',
      note: 'Tham luận',
    });
    await call(core, 'delegate.bulkUpdate', { ids: [d.id], patch: { salutation: 'Đồng chí' } });
    expect((await call(core, 'delegate.list', { conferenceId })).items[0]).toMatchObject({
      unit: 'Bộ CHQS tỉnh',
      salutation: 'Đồng chí',
    });
  });

  it('reorders, deletes with renumbering, and undoes step by step', async () => {
    const a = await add('A An');
    const b = await add('B Bình');
    const c = await add('C Cường');
    await call(core, 'delegate.reorder', { conferenceId, orderedIds: [c.id, a.id, b.id] });
    expect(await names()).toEqual(['C Cường', 'A An', 'B Bình']);
    await call(core, 'delegate.delete', { ids: [a.id] });
    const after = (await call(core, 'delegate.list', { conferenceId })).items;
    expect(after.map((d) => [d.fullName, d.precedence])).toEqual([
      ['C Cường', 1],
      ['B Bình', 2],
    ]);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toMatch(/Xóa/);
    expect(await names()).toEqual(['C Cường', 'A An', 'B Bình']);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Đổi thứ tự');
    expect(await names()).toEqual(['A An', 'B Bình', 'C Cường']);
  });

  it('refuses a reorder that misses someone, naming the count, and changes nothing', async () => {
    const a = await add('A An');
    await add('B Bình');
    const err = await callError(core, 'delegate.reorder', { conferenceId, orderedIds: [a.id] });
    expect(err.message).toContain('phải gồm đúng 2 đại biểu');
    expect(await names()).toEqual(['A An', 'B Bình']);
  });

  it('sorts one section by rank and by Vietnamese name order without moving other sections', async () => {
    await add('Khách Một', { category: 'Khách mời' });
    await add('Đỗ Văn Bình', { category: 'Đại biểu', rank: 'Thiếu tá' });
    await add('Âu Văn Ánh', { category: 'Đại biểu', rank: 'Đại tá' });
    await add('Lê Thị Ân', { category: 'Đại biểu' });
    await add('Cuối Cùng', { category: 'Phục vụ' });
    await call(core, 'delegate.sortSection', { conferenceId, category: 'Đại biểu', by: 'rank' });
    expect(await names()).toEqual(['Khách Một', 'Âu Văn Ánh', 'Đỗ Văn Bình', 'Lê Thị Ân', 'Cuối Cùng']);
    await call(core, 'delegate.sortSection', { conferenceId, category: 'Đại biểu', by: 'name' });
    // given name first: Ân < Ánh (tone secondary: Ân vs Ánh → a-hat after a-acute) … Bình
    expect(await names()).toEqual(['Khách Một', 'Âu Văn Ánh', 'Lê Thị Ân', 'Đỗ Văn Bình', 'Cuối Cùng']);
  });

  it('bulk-edits the category and undoes it', async () => {
    const a = await add('A An');
    const b = await add('B Bình');
    await call(core, 'delegate.bulkUpdate', { ids: [a.id, b.id], patch: { category: 'Khách mời' } });
    expect((await call(core, 'delegate.list', { conferenceId })).items.map((d) => d.category)).toEqual([
      'Khách mời',
      'Khách mời',
    ]);
    await call(core, 'delegate.undo', { conferenceId });
    expect((await call(core, 'delegate.list', { conferenceId })).items.map((d) => d.category)).toEqual(['', '']);
  });

  it('inserts at a given precedence', async () => {
    await add('A An');
    await add('C Cường');
    await call(core, 'delegate.create', { conferenceId, delegate: { fullName: 'B Bình' }, precedence: 2 });
    expect(await names()).toEqual(['A An', 'B Bình', 'C Cường']);
  });

  it('rejects bad input with the field named and writes nothing', async () => {
    const err = await callError(core, 'delegate.create', { conferenceId, delegate: { fullName: 'x'.repeat(201) } });
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toContain('delegate.fullName');
    expect(err.message).toContain('Họ và tên quá dài');
    expect(await names()).toEqual([]);
  });
});
