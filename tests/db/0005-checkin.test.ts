import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { tempDir } from '../helpers/core';

describe('migration 0005-checkin', () => {
  it('allows one active check-in per delegate, keeps undone ones, and cascades with the delegate', async () => {
    const store = await openStore(tempDir());
    const db = store.sqlite;
    db.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','T','x','x')").run();
    db.prepare(
      "insert into delegates (id,conference_id,precedence,full_name,created_at,updated_at) values ('d','c',1,'A','x','x')",
    ).run();
    const ins = db.prepare(
      "insert into checkins (id,conference_id,delegate_id,checked_in_at,station,client_id) values (?, 'c', 'd', 't', 'Bàn 1', ?)",
    );
    ins.run('k1', 'client-1');
    expect(() => ins.run('k2', null)).toThrow(/UNIQUE/);
    db.prepare("update checkins set undone_at = 't2' where id = 'k1'").run();
    ins.run('k2', null);
    expect(() => ins.run('k3', 'client-1')).toThrow(/UNIQUE/);
    expect(db.prepare('select count(*) from checkins').pluck().get()).toBe(2);
    db.prepare(
      "insert into checkin_walk_ins (delegate_id, conference_id, station, created_at) values ('d','c','Bàn 1','t')",
    ).run();
    db.prepare("insert into checkin_stations (id,name,token_hash,created_at) values ('s','Bàn 1','h','t')").run();
    expect(() =>
      db.prepare("insert into checkin_stations (id,name,token_hash,created_at) values ('s2','Bàn 2','h','t')").run(),
    ).toThrow(/UNIQUE/);
    db.prepare(
      "insert into checkin_audit (conference_id, delegate_id, action, station, at) values ('c','d','mark','Bàn 1','t')",
    ).run();
    db.prepare("delete from delegates where id = 'd'").run();
    expect(db.prepare('select count(*) from checkins').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from checkin_walk_ins').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from checkin_audit').pluck().get()).toBe(1);
    await store.close();
  });

  it('opens a store made before check-in existed (data kept, tables added)', async () => {
    const dir = tempDir();
    const s1 = await openStore(dir);
    s1.sqlite.prepare("insert into conferences (id,title,created_at,updated_at) values ('c','Giữ lại','x','x')").run();
    await s1.close();
    const s2 = await openStore(dir);
    expect(s2.sqlite.prepare('select title from conferences').pluck().get()).toBe('Giữ lại');
    expect(fs.existsSync(path.join(dir, 'thuky.sqlite'))).toBe(true);
    await s2.close();
  });
});
