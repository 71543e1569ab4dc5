import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0007-audit', () => {
  it('creates audit_log and refuses UPDATE and DELETE on it', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    db.prepare(
      "insert into audit_log (id, at, role, actor, procedure, conference_id, entity_ids, before_json, after_json) values ('a1', '2026-01-01T00:00:00Z', 'admin', 'admin', 'delegate.update', 'c1', '[\"d1\"]', '{\"full_name\":\"A\"}', '{\"fullName\":\"B\"}')",
    ).run();
    expect(() => db.prepare("update audit_log set actor = 'x' where id = 'a1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("delete from audit_log where id = 'a1'").run()).toThrow(/append-only/);
    expect(() => db.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(db.prepare("select actor from audit_log where id = 'a1'").pluck().get()).toBe('admin');
    // Plain text, not a foreign key: a trail may name a conference this store does not have.
    const fks = db.prepare("select * from pragma_foreign_key_list('audit_log')").all();
    expect(fks).toHaveLength(0);
    await store.close();
  });
});
