import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, STORE_FILE_NAME } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/migrations/index';
import { tempDir } from '../helpers/core';

describe('migration 0001-initial', () => {
  it('creates conferences, delegates and undo_entries with WAL and foreign keys on', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const tables = store.sqlite
      .prepare("select name from sqlite_master where type='table' order by name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['conferences', 'delegates', 'undo_entries', 'kysely_migration']));
    const cols = store.sqlite
      .prepare('pragma table_info(delegates)')
      .all()
      .map((c: any) => c.name);
    expect(cols).toEqual(
      expect.arrayContaining([
        'id',
        'conference_id',
        'precedence',
        'full_name',
        'rank',
        'position',
        'unit',
        'category',
        'search_key',
      ]),
    );
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(() =>
      store.sqlite
        .prepare(
          "insert into delegates (id, conference_id, precedence, created_at, updated_at) values ('d','missing',1,'x','x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    await store.close();
  });

  it("deletes a conference's delegates with it (cascade)", async () => {
    const store = await openStore(tempDir());
    store.sqlite.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    store.sqlite
      .prepare("insert into delegates (id,conference_id,precedence,created_at,updated_at) values ('d','c',1,'x','x')")
      .run();
    store.sqlite.prepare("delete from conferences where id='c'").run();
    expect(store.sqlite.prepare('select count(*) from delegates').pluck().get()).toBe(0);
    await store.close();
  });

  it('reopens an up-to-date store without copying it aside', async () => {
    const dir = tempDir();
    await (await openStore(dir)).close();
    const again = await openStore(dir);
    expect(again.preMigrationBackup).toBeNull();
    await again.close();
  });

  it('copies an older store aside before migrating it', async () => {
    const dir = tempDir();
    const old = new SQLite(path.join(dir, STORE_FILE_NAME));
    old.exec("create table legacy_note (x text); insert into legacy_note values ('giữ nguyên')");
    old.close();
    const store = await openStore(dir);
    expect(store.preMigrationBackup).not.toBeNull();
    const copy = new SQLite(store.preMigrationBackup!, { readonly: true });
    expect(copy.prepare('select x from legacy_note').pluck().get()).toBe('giữ nguyên');
    copy.close();
    await store.close();
  });

  it('refuses a store from a newer app, leaving it untouched', async () => {
    const dir = tempDir();
    await (await openStore(dir)).close();
    const file = path.join(dir, STORE_FILE_NAME);
    const raw = new SQLite(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'STORE_TOO_NEW',
      message: expect.stringContaining('phiên bản ThuKy mới hơn'),
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
