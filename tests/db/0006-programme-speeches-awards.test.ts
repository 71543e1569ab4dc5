import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0006-programme-speeches-awards', () => {
  it('creates the tables; deleting a delegate unlinks, deleting a conference or decision cascades', async () => {
    const store = await openStore(tempDir());
    const s = store.sqlite;
    s.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    s.prepare(
      "insert into delegates (id,conference_id,precedence,full_name,code,created_at,updated_at) values ('d','c',1,'Lê Ánh Dương','ABCDEF012345','x','x')",
    ).run();
    s.prepare(
      "insert into agenda_items (id,conference_id,position,kind,presenter_delegate_id,minutes,created_at,updated_at) values ('a','c',1,'conclusion','d',20,'x','x')",
    ).run();
    s.prepare(
      "insert into speeches (id,conference_id,position,unit,created_at,updated_at) values ('s','c',1,'Công an tỉnh','x','x')",
    ).run();
    s.prepare(
      "insert into award_decisions (id,conference_id,position,created_at,updated_at) values ('q','c',1,'x','x')",
    ).run();
    s.prepare(
      "insert into award_recipients (id,decision_id,position,kind,name,delegate_id,created_at,updated_at) values ('r','q',1,'individual','Lê Ánh Dương','d','x','x')",
    ).run();
    s.prepare("insert into award_batches (conference_id,no,presenter_delegate_id) values ('c',1,'d')").run();
    expect(() => s.prepare("insert into award_batches (conference_id,no) values ('c',1)").run()).toThrow(
      /UNIQUE|PRIMARY/,
    );
    s.prepare("delete from delegates where id = 'd'").run();
    expect(s.prepare("select presenter_delegate_id from agenda_items where id='a'").pluck().get()).toBeNull();
    expect(s.prepare("select delegate_id from award_recipients where id='r'").pluck().get()).toBeNull();
    s.prepare("delete from award_decisions where id = 'q'").run();
    expect(s.prepare('select count(*) from award_recipients').pluck().get()).toBe(0);
    s.prepare("delete from conferences where id = 'c'").run();
    expect(s.prepare('select count(*) from agenda_items').pluck().get()).toBe(0);
    expect(s.prepare('select count(*) from speeches').pluck().get()).toBe(0);
    await store.close();
  });
});
