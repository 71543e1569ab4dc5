import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

let core: Core;
beforeEach(async () => {
  core = await freshCore();
});
afterEach(async () => {
  await core.close();
});

describe('conference.*', () => {
  it('creates, lists, gets and updates a conference', async () => {
    const { id } = await call(core, 'conference.create', {
      title: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND',
      startsAt: '2025-10-08T07:30',
      venue: 'Hội trường Bộ CHQS tỉnh',
      backdropLines: ['HỘI NGHỊ', 'SƠ KẾT 05 NĂM'],
    });
    const got = await call(core, 'conference.get', { id });
    expect(got).toMatchObject({
      id,
      venue: 'Hội trường Bộ CHQS tỉnh',
      startsAt: '2025-10-08T07:30',
      archived: false,
      delegateCount: 0,
    });
    expect(got.backdropLines).toEqual(['HỘI NGHỊ', 'SƠ KẾT 05 NĂM']);
    const updated = await call(core, 'conference.update', {
      id,
      patch: { chair: 'Chủ tịch UBND tỉnh', archived: true },
    });
    expect(updated).toMatchObject({ chair: 'Chủ tịch UBND tỉnh', archived: true, title: got.title });
    expect((await call(core, 'conference.list', { includeArchived: false })).items).toHaveLength(0);
    expect((await call(core, 'conference.list', { includeArchived: true })).items.map((c) => c.id)).toEqual([id]);
    // Archived conferences are left out unless asked (#14).
    expect((await call(core, 'conference.list', {})).items).toHaveLength(0);
  });

  it('changes only the fields a patch names (archiving keeps the ma-két)', async () => {
    const { id } = await call(core, 'conference.create', {
      title: 'T',
      kind: 'Hội nghị sơ kết',
      startsAt: '2025-10-08T07:30',
      backdropLines: ['HỘI NGHỊ'],
    });
    await call(core, 'conference.update', { id, patch: { archived: true } });
    await call(core, 'conference.update', { id, patch: { venue: 'Hội trường' } });
    expect(await call(core, 'conference.get', { id })).toMatchObject({
      kind: 'Hội nghị sơ kết',
      startsAt: '2025-10-08T07:30',
      backdropLines: ['HỘI NGHỊ'],
      venue: 'Hội trường',
      archived: true,
    });
  });

  it('rejects an empty title in Vietnamese and writes nothing', async () => {
    const err = await callError(core, 'conference.create', { title: '   ' });
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toContain('Tên hội nghị không được để trống');
    expect((await call(core, 'conference.list', {})).items).toHaveLength(0);
  });

  it('says which conference is missing', async () => {
    const err = await callError(core, 'conference.get', { id: 'khong-co' });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy hội nghị có mã "khong-co"' });
  });

  it('builds the demo conference with ~180 delegates in protocol order', async () => {
    const { id } = await call(core, 'conference.createDemo', {});
    const conf = await call(core, 'conference.get', { id });
    expect(conf.delegateCount).toBeGreaterThanOrEqual(170);
    const { items } = await call(core, 'delegate.list', { conferenceId: id });
    expect(items.map((d) => d.precedence)).toEqual(items.map((_, i) => i + 1));
    expect(items[0].rank).toMatch(/tướng/);
  });

  it('refuses an unknown procedure and a desk calling an admin procedure', async () => {
    expect((await callError(core, 'conference.drop', {})).code).toBe('UNKNOWN_PROCEDURE');
    const err = await callError(core, 'conference.create', { title: 'X' }, 'desk');
    expect(err.code).toBe('FORBIDDEN');
    expect((await call(core, 'conference.list', {})).items).toHaveLength(0);
  });
});
