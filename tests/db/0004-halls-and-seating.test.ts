import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0004-halls-and-seating', () => {
  it('creates the tables: one seat per delegate, one delegate per seat, gone with the delegate', async () => {
    const store = await openStore(tempDir());
    const q = (s: string) => store.sqlite.prepare(s);
    q("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    q(
      "insert into delegates (id,conference_id,precedence,full_name,code,created_at,updated_at) values ('d1','c',1,'A','AAAAAAAAAAAA','x','x'), ('d2','c',2,'B','BBBBBBBBBBBB','x','x')",
    ).run();
    q("insert into halls (id,name,layout,created_at,updated_at) values ('h','H','{}','x','x')").run();
    q("insert into seating_plans (conference_id,hall_id,updated_at) values ('c','h','x')").run();
    q("insert into seat_assignments (delegate_id,conference_id,seat_id,updated_at) values ('d1','c','P1-0','x')").run();
    expect(() =>
      q(
        "insert into seat_assignments (delegate_id,conference_id,seat_id,updated_at) values ('d2','c','P1-0','x')",
      ).run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      q("insert into seating_plans (conference_id,hall_id,updated_at) values ('c','nohall','x')").run(),
    ).toThrow();
    q("delete from delegates where id = 'd1'").run();
    expect(q('select count(*) from seat_assignments').pluck().get()).toBe(0);
    q("insert into seating_undo (conference_id,label,payload) values ('c','x','[]')").run();
    q("delete from conferences where id = 'c'").run();
    expect(q('select count(*) from seating_plans').pluck().get()).toBe(0);
    expect(q('select count(*) from seating_undo').pluck().get()).toBe(0);
    await store.close();
  });
});
