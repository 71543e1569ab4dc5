import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { namesToDelete } from '../../electron/services/safety/backup';
import { call, callError, freshCore, tempDir } from '../helpers/core';

const cores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});

async function coreWithDemo() {
  const core = await freshCore();
  cores.push(core);
  const { id } = await call(core, 'conference.createDemo', {});
  return { core, id };
}

describe('backups', () => {
  it('backup.create writes a file that backup.list describes with its counts', async () => {
    const { core } = await coreWithDemo();
    const { id } = await call(core, 'backup.create', {});
    const list = await call(core, 'backup.list', {});
    expect(list.folder).toBe(path.join(core.dataDir, 'backups'));
    const item = list.items.find((b) => b.id === id)!;
    expect(item).toMatchObject({ reason: 'manual', conferences: 1, delegates: 179, readable: true });
    expect(item.sizeBytes).toBeGreaterThan(10_000);
    expect(fs.existsSync(path.join(list.folder, id))).toBe(true);
    expect(list.health.ok).toBe(true);
  });

  it('takes one at start and one on quit when there is data', async () => {
    const dir = tempDir();
    const core = await createCore({ dataDir: dir });
    await call(core, 'conference.createDemo', {});
    await core.close();
    const again = await createCore({ dataDir: dir });
    cores.push(again);
    const reasons = (await call(again, 'backup.list', {})).items.map((b) => b.reason);
    expect(reasons).toContain('on-quit');
    expect(reasons).toContain('at-start');
  });

  it('rotation keeps the last 20 and the newest of each day', () => {
    const day = (d: number, h: number) =>
      `2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}-00-00-000Z-manual.sqlite`;
    const names = [...Array(30)].map((_, i) =>
      day(20, i % 24).replace('-00-000Z', `-${String(i).padStart(2, '0')}-000Z`),
    );
    names.push(day(1, 9), day(1, 10), day(2, 8), 'before-migration-v2-x.sqlite');
    const gone = namesToDelete(names, new Date('2026-03-21T00:00:00Z'));
    const kept = names.filter((n) => !gone.includes(n));
    expect(kept).toContain('before-migration-v2-x.sqlite');
    expect(kept).toContain(day(1, 10));
    expect(kept).not.toContain(day(1, 9));
    expect(kept).toContain(day(2, 8));
    expect(kept.filter((n) => n.startsWith('2026-03-20'))).toHaveLength(20);
  });

  it('restore backs up the current state, swaps the store and the core keeps working', async () => {
    const { core, id: confId } = await coreWithDemo();
    const { id: backupId } = await call(core, 'backup.create', {});
    const before = (await call(core, 'delegate.list', { conferenceId: confId })).items;
    await call(core, 'delegate.update', { id: before[0].id, patch: { fullName: 'Tên sau sao lưu' } });
    await call(core, 'conference.create', { title: 'Hội nghị tạo sau' });
    const oldSqlite = core.store.sqlite;
    const r = await call(core, 'backup.restore', { id: backupId });
    expect(r.safetyBackup).toMatch(/before-restore\.sqlite$/);
    expect(oldSqlite.open).toBe(false);
    expect(core.store.sqlite.open).toBe(true);
    const after = (await call(core, 'delegate.list', { conferenceId: confId })).items;
    expect(after[0].fullName).toBe(before[0].fullName);
    expect((await call(core, 'conference.list', {})).items.map((c) => c.title)).not.toContain('Hội nghị tạo sau');
    // The search cache was dropped with the old store.
    expect(
      (await call(core, 'delegate.search', { conferenceId: confId, query: 'Tên sau sao lưu' })).items.map(
        (d) => d.fullName,
      ),
    ).not.toContain('Tên sau sao lưu');
    // Writes go to the new store, and the state before restore is itself a backup.
    await call(core, 'conference.create', { title: 'Sau khôi phục' });
    const safety = (await call(core, 'backup.list', {})).items.find((b) => b.id === path.basename(r.safetyBackup!))!;
    expect(safety.conferences).toBe(2);
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('restore refuses a damaged backup, a path outside the folder and one from a newer ThuKy', async () => {
    const { core } = await coreWithDemo();
    const folder = (await call(core, 'backup.list', {})).folder;
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'rac.sqlite'), Buffer.alloc(8192, 7));
    expect((await callError(core, 'backup.restore', { id: 'rac.sqlite' })).code).toBe('IMPORT_INVALID');
    expect((await callError(core, 'backup.restore', { id: '../thuky.sqlite' })).code).toBe('BAD_INPUT');
    const { id } = await call(core, 'backup.create', {});
    const SQLite = (await import('better-sqlite3')).default;
    const newer = new SQLite(path.join(folder, id));
    newer.pragma('user_version = 999');
    newer.close();
    const e = await callError(core, 'backup.restore', { id });
    expect(e.code).toBe('STORE_TOO_NEW');
    expect(e.message).toMatch(/mới hơn/);
    expect((await call(core, 'conference.list', {})).items).toHaveLength(1);
  });

  it('a damaged store opens read-only with a message, refuses writes, and restore repairs it', async () => {
    const dir = tempDir();
    const first = await createCore({ dataDir: dir });
    await call(first, 'conference.createDemo', {});
    const { id: good } = await call(first, 'backup.create', {});
    await first.close();
    const file = path.join(dir, 'thuky.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, 4096 * 2, 4096 * 6); // wreck a few pages in the middle
    fs.writeFileSync(file, bytes);
    const core = await createCore({ dataDir: dir });
    cores.push(core);
    const list = await call(core, 'backup.list', {});
    expect(list.health).toMatchObject({ ok: false, readOnly: true });
    expect(list.health.message).toMatch(/bị hỏng.*Sao lưu & dữ liệu/);
    const e = await callError(core, 'conference.create', { title: 'X' });
    expect(e.message).toMatch(/chỉ xem/);
    await call(core, 'backup.restore', { id: good });
    expect((await call(core, 'backup.list', {})).health.ok).toBe(true);
    expect((await call(core, 'conference.list', {})).items).toHaveLength(1);
    await call(core, 'conference.create', { title: 'Ghi được rồi' });
  });

  it('the backup folder can be changed', async () => {
    const { core } = await coreWithDemo();
    const other = tempDir('thuky-bk-');
    await call(core, 'backup.setFolder', { folder: other });
    const { id } = await call(core, 'backup.create', {});
    const own = path.join(fs.realpathSync(other), 'ThuKy-backups');
    expect(fs.existsSync(path.join(own, id))).toBe(true);
    expect((await call(core, 'backup.list', {})).folder).toBe(own);
    expect((await callError(core, 'backup.setFolder', { folder: 'tuong-doi' })).code).toBe('BAD_INPUT');
  });
});
