import { afterEach, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';

const cores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});

describe('audit trail', () => {
  it('records who changed what, before → after, per conference and per delegate; reads do not', async () => {
    const core = await freshCore();
    cores.push(core);
    const { id } = await call(core, 'conference.createDemo', {});
    const ds = (await call(core, 'delegate.list', { conferenceId: id })).items;
    const d = ds[2];
    await call(core, 'delegate.update', { id: d.id, patch: { fullName: 'Hoàng Văn Sửa', phone: '0912345678' } });
    const r = await core.dispatch(
      'delegate.update',
      { id: d.id, patch: { note: 'Bàn 2 sửa' } },
      { role: 'admin', name: 'Máy văn thư' },
    );
    expect(r.ok).toBe(true);
    await call(core, 'delegate.delete', { ids: [ds[4].id] });
    await call(core, 'delegate.list', { conferenceId: id });

    const mine = (await call(core, 'audit.list', { conferenceId: id, delegateId: d.id })).items;
    expect(mine.map((i) => i.procedure)).toEqual(['delegate.update', 'delegate.update']);
    expect(mine[1]).toMatchObject({
      actor: 'admin',
      before: { fullName: d.fullName, phone: d.phone },
      after: { fullName: 'Hoàng Văn Sửa', phone: '0912345678' },
    });
    expect(mine[0]).toMatchObject({ actor: 'Máy văn thư', before: { note: '' }, after: { note: 'Bàn 2 sửa' } });
    const all = (await call(core, 'audit.list', { conferenceId: id })).items;
    expect(all.map((i) => i.procedure)).toEqual([
      'delegate.delete',
      'delegate.update',
      'delegate.update',
      'conference.createDemo',
    ]);
    expect(all[0].entityIds).toEqual([ds[4].id]);
    expect((all[0].before as { full_name: string }[])[0].full_name).toBe(ds[4].fullName);
    expect(all.every((i) => !i.procedure.endsWith('.list'))).toBe(true);
  });

  it('keeps file contents out of the trail', async () => {
    const core = await freshCore();
    cores.push(core);
    const { id } = await call(core, 'conference.createDemo', {});
    const file = await call(core, 'conference.export', { conferenceId: id });
    const r = await call(core, 'conference.importFile', { ...file, mode: 'new' });
    const row = (await call(core, 'audit.list', { conferenceId: r.conferenceId })).items.find(
      (i) => i.procedure === 'conference.importFile',
    )!;
    expect(JSON.stringify(row.after)).toMatch(/tệp \d+ byte/);
    expect(JSON.stringify(row.after)).not.toContain(file.contentBase64.slice(0, 100));
  });
});
