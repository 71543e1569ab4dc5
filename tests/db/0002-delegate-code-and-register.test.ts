import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore, STORE_FILE_NAME } from '../../db/database';
import * as m0001 from '../../db/migrations/0001-initial';
import { tempDir } from '../helpers/core';

describe('migration 0002-delegate-code-and-register', () => {
  it('gives every existing delegate a distinct 12-digit code and adds the register', async () => {
    const dir = tempDir();
    const raw = new SQLite(path.join(dir, STORE_FILE_NAME));
    const k = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    await m0001.up(k);
    await k.schema
      .createTable('kysely_migration')
      .addColumn('name', 'varchar(255)', (c) => c.primaryKey())
      .addColumn('timestamp', 'varchar(255)')
      .execute();
    await k
      .insertInto('kysely_migration')
      .values({ name: '0001-initial', timestamp: new Date().toISOString() })
      .execute();
    raw.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    for (let i = 1; i <= 50; i++) {
      raw
        .prepare(
          "insert into delegates (id,conference_id,precedence,full_name,created_at,updated_at) values (?, 'c', ?, ?, 'x','x')",
        )
        .run(`d${i}`, i, `Người ${i}`);
    }
    raw.pragma('user_version = 1');
    await k.destroy();

    const store = await openStore(dir);
    expect(store.preMigrationBackup).toBeTruthy();
    const codes = store.sqlite.prepare('select code from delegates').pluck().all() as string[];
    expect(codes).toHaveLength(50);
    expect(codes.every((c) => /^[0-9A-F]{12}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(50);
    expect(() => store.sqlite.prepare("update delegates set code = ? where id = 'd2'").run(codes[0])).toThrow(/UNIQUE/);
    store.sqlite
      .prepare("insert into delegate_register (delegate_id, reply, updated_at) values ('d1','substitute','x')")
      .run();
    store.sqlite.prepare("delete from delegates where id = 'd1'").run();
    expect(store.sqlite.prepare('select count(*) from delegate_register').pluck().get()).toBe(0);
    await store.close();
  });
});
