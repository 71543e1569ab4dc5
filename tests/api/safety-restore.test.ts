/**
 * backup.restore refuses what is not a clean ThuKy store (checked on a staged copy) and survives a
 * failure after the swap; a store that is empty, header-less or not migratable opens read-only and
 * points to the last good backup. Each time: the live data is intact and the core keeps answering.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { restoreTestHooks } from '../../electron/services/safety/restore';
import { runMigrations, STORE_FILE_NAME } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/migrations/index';
import { call, callError, freshCore, tempDir } from '../helpers/core';

const cores: Core[] = [];
afterEach(async () => {
  restoreTestHooks.afterSwap = undefined;
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});

/** A core with the demo conference, one delegate renamed after a backup was taken. */
async function liveCore() {
  const core = await freshCore();
  cores.push(core);
  const { id } = await call(core, 'conference.createDemo', {});
  const { id: backupId } = await call(core, 'backup.create', {});
  const first = (await call(core, 'delegate.list', { conferenceId: id })).items[0];
  await call(core, 'delegate.update', { id: first.id, patch: { fullName: 'Tên sửa sau sao lưu' } });
  const folder = (await call(core, 'backup.list', {})).folder;
  return { core, confId: id, backupId, folder, renamed: first.id };
}

/** The live data is as it was and the core still reads and writes. */
async function expectLiveIntact(core: Core, confId: string, renamed: string) {
  const items = (await call(core, 'delegate.list', { conferenceId: confId })).items;
  expect(items).toHaveLength(179);
  expect(items.find((d) => d.id === renamed)?.fullName).toBe('Tên sửa sau sao lưu');
  const { id } = await call(core, 'conference.create', { title: 'Vẫn ghi được' });
  expect((await call(core, 'conference.list', {})).items.map((c) => c.id)).toContain(id);
  expect((await call(core, 'backup.list', {})).health.ok).toBe(true);
  expect(fs.existsSync(path.join(path.dirname(core.store.file), `${STORE_FILE_NAME}.restoring`))).toBe(false);
  expect(fs.existsSync(path.join(path.dirname(core.store.file), `${STORE_FILE_NAME}.previous`))).toBe(false);
}

/** A ThuKy store as version `v` of the app left it, with one conference. */
async function oldStore(file: string, v: number, extra = '') {
  const raw = new SQLite(file);
  const k = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  await runMigrations(raw, k, v);
  raw
    .prepare(
      "insert into conferences (id, title, created_at, updated_at) values ('c-old', 'Hội nghị năm ngoái', 'x', 'x')",
    )
    .run();
  if (extra) raw.exec(extra);
  await k.destroy();
}

describe('restore refuses a bad candidate and leaves the live store working', () => {
  it('a foreign SQLite database', async () => {
    const { core, confId, folder, renamed } = await liveCore();
    const foreign = new SQLite(path.join(folder, 'khac.sqlite'));
    foreign.exec("create table ghi_chu (x text); insert into ghi_chu values ('không phải ThuKy')");
    foreign.close();
    const e = await callError(core, 'backup.restore', { id: 'khac.sqlite' });
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toMatch(/khac\.sqlite.*không phải dữ liệu ThuKy.*Dữ liệu đang dùng không bị thay đổi/);
    await expectLiveIntact(core, confId, renamed);
  });

  it('a backup carrying an extra trigger', async () => {
    const { core, confId, backupId, folder, renamed } = await liveCore();
    const b = new SQLite(path.join(folder, backupId));
    b.exec(
      'create trigger xoa_dai_bieu after insert on checkins begin delete from delegates where rowid % 3 = 0; end;',
    );
    b.close();
    const e = await callError(core, 'backup.restore', { id: backupId });
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toMatch(/có cấu trúc ThuKy không tạo ra \(có thêm trình kích hoạt "xoa_dai_bieu"\)/);
    await expectLiveIntact(core, confId, renamed);
    // The untouched backup file itself still holds its trigger: nothing was "fixed" in place.
    const again = new SQLite(path.join(folder, backupId), { readonly: true });
    expect(again.prepare("select count(*) from sqlite_master where name = 'xoa_dai_bieu'").pluck().get()).toBe(1);
    again.close();
  });

  it('a view, and a missing index, are refused too', async () => {
    const { core, confId, backupId, folder, renamed } = await liveCore();
    const b = new SQLite(path.join(folder, backupId));
    b.exec('create view tat_ca as select * from delegates; drop index delegates_code;');
    b.close();
    const e = await callError(core, 'backup.restore', { id: backupId });
    expect(e.message).toMatch(/có thêm khung nhìn "tat_ca"; thiếu chỉ mục "delegates_code"/);
    await expectLiveIntact(core, confId, renamed);
  });

  it('an old-layout store that does not migrate is refused; a clean old one is migrated and restored', async () => {
    const { core, confId, folder, renamed } = await liveCore();
    await oldStore(path.join(folder, 'cu-loi.sqlite'), 1, 'create table delegate_register (delegate_id text)');
    const e = await callError(core, 'backup.restore', { id: 'cu-loi.sqlite' });
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toMatch(/có thêm bảng "delegate_register"/);
    await expectLiveIntact(core, confId, renamed);

    await oldStore(path.join(folder, 'cu-tot.sqlite'), 1);
    await call(core, 'backup.restore', { id: 'cu-tot.sqlite' });
    expect((await call(core, 'conference.list', {})).items.map((c) => c.title)).toEqual(['Hội nghị năm ngoái']);
    expect(core.store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await call(core, 'conference.create', { title: 'Sau khôi phục' });
  });

  it('a 0-byte file and a file that is not SQLite', async () => {
    const { core, confId, folder, renamed } = await liveCore();
    fs.writeFileSync(path.join(folder, 'rong.sqlite'), '');
    fs.writeFileSync(
      path.join(folder, 'chu.sqlite'),
      'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(200),
    );
    expect((await callError(core, 'backup.restore', { id: 'rong.sqlite' })).message).toMatch(/là tệp rỗng \(0 byte\)/);
    expect((await callError(core, 'backup.restore', { id: 'chu.sqlite' })).message).toMatch(
      /không phải tệp dữ liệu SQLite/,
    );
    await expectLiveIntact(core, confId, renamed);
  });

  it('a failure after the swap puts the previous file back', async () => {
    const { core, confId, backupId, renamed } = await liveCore();
    restoreTestHooks.afterSwap = () => {
      throw new Error('mô phỏng: không mở được tệp mới');
    };
    const e = await callError(core, 'backup.restore', { id: backupId });
    expect(e.message).toMatch(/Không mở được dữ liệu sau khi khôi phục.*Đã đặt lại dữ liệu như trước khi khôi phục/);
    expect(e.message).not.toMatch(/Lỗi nội bộ|destroyed/);
    await expectLiveIntact(core, confId, renamed);
    // And the same backup restores once the fault is gone.
    restoreTestHooks.afterSwap = undefined;
    await call(core, 'backup.restore', { id: backupId });
    const items = (await call(core, 'delegate.list', { conferenceId: confId })).items;
    expect(items.find((d) => d.id === renamed)?.fullName).not.toBe('Tên sửa sau sao lưu');
  });
});

describe('a store that cannot be used opens read-only and points to the last good backup', () => {
  async function dirWithBackup() {
    const dir = tempDir();
    const first = await createCore({ dataDir: dir });
    await call(first, 'conference.createDemo', {});
    const { id } = await call(first, 'backup.create', {});
    await first.close();
    return { dir, file: path.join(dir, STORE_FILE_NAME), manual: id };
  }

  async function expectDamagedThenRepaired(dir: string, pattern: RegExp) {
    const core = await createCore({ dataDir: dir });
    cores.push(core);
    const { health } = await call(core, 'backup.list', {});
    expect(health).toMatchObject({ ok: false, readOnly: true });
    expect(health.message).toMatch(pattern);
    expect(health.lastGoodBackup).toMatch(/\.sqlite$/);
    expect(health.message).toContain(health.lastGoodBackup!);
    expect(health.message).toMatch(/khôi phục bản sao lưu gần nhất còn tốt: lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/);
    expect((await callError(core, 'conference.create', { title: 'X' })).message).toMatch(/chỉ xem/);
    await call(core, 'backup.restore', { id: health.lastGoodBackup! });
    expect((await call(core, 'backup.list', {})).health.ok).toBe(true);
    expect((await call(core, 'conference.list', {})).items).toHaveLength(1);
    await call(core, 'conference.create', { title: 'Ghi được rồi' });
  }

  it('a 0-byte store is damaged, not a new empty one', async () => {
    const { dir, file } = await dirWithBackup();
    fs.writeFileSync(file, '');
    await expectDamagedThenRepaired(dir, /bị hỏng \(tệp rỗng, 0 byte\).*chỉ xem/);
  });

  it('a header-less store is damaged', async () => {
    const { dir, file } = await dirWithBackup();
    const bytes = fs.readFileSync(file);
    bytes.fill(0, 0, 100);
    fs.writeFileSync(file, bytes);
    await expectDamagedThenRepaired(dir, /thiếu phần đầu tệp/);
  });

  it('a store whose migration fails opens read-only, unchanged, and offers restore', async () => {
    const { dir, file } = await dirWithBackup();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    await oldStore(file, 1, 'create table delegate_register (delegate_id text)');
    const core = await createCore({ dataDir: dir });
    const { health } = await call(core, 'backup.list', {});
    expect(health.message).toMatch(
      /Không nâng cấp được tệp dữ liệu.*0002-delegate-code-and-register.*Dữ liệu không bị thay đổi/,
    );
    expect(health.lastGoodBackup).not.toMatch(/^before-migration/);
    expect(core.store.sqlite.pragma('user_version', { simple: true })).toBe(1);
    expect((await call(core, 'conference.list', {})).items.map((c) => c.title)).toEqual(['Hội nghị năm ngoái']);
    await core.close();
    await expectDamagedThenRepaired(dir, /Không nâng cấp được/);
  });

  it('a 0-byte store with no backup at all starts as a new store', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, STORE_FILE_NAME), '');
    const core = await createCore({ dataDir: dir });
    cores.push(core);
    expect((await call(core, 'backup.list', {})).health.ok).toBe(true);
    await call(core, 'conference.create', { title: 'Mới' });
  });
});
