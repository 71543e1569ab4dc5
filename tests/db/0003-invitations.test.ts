import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0003-invitations', () => {
  it('adds the invitation settings and print log, both removed with their conference or delegate', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    db.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    db.prepare(
      "insert into delegates (id,conference_id,precedence,full_name,code,created_at,updated_at) values ('d1','c',1,'A','AAAAAAAAAAAA','x','x'),('d2','c',2,'B','BBBBBBBBBBBB','x','x')",
    ).run();
    db.prepare("insert into invitation_settings (conference_id, settings, updated_at) values ('c', '{}', 'x')").run();
    expect(() =>
      db.prepare("insert into invitation_settings (conference_id, settings, updated_at) values ('c', '{}', 'x')").run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(
      "insert into invitation_prints (delegate_id, conference_id, batch_id, printed_at) values ('d1','c','b1','t'),('d2','c','b1','t')",
    ).run();
    expect(() =>
      db
        .prepare(
          "insert into invitation_prints (delegate_id, conference_id, batch_id, printed_at) values ('zz','c','b1','t')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("delete from delegates where id = 'd1'").run();
    expect(db.prepare('select count(*) from invitation_prints').pluck().get()).toBe(1);
    db.prepare('delete from delegates').run();
    db.prepare("delete from conferences where id = 'c'").run();
    expect(db.prepare('select count(*) from invitation_settings').pluck().get()).toBe(0);
    await store.close();
  });
});
