import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/database';
import { migrations } from '../../db/migrations/index';
import { tempDir } from '../helpers/core';

describe('migration 0012-station-identity', () => {
  it('adds station ids to check-ins and their audit, and the paired conference to desks', async () => {
    const store = await openStore(tempDir());
    const cols = (t: string) => store.sqlite.prepare(`select name from pragma_table_info('${t}')`).pluck().all();
    expect(cols('checkins')).toContain('station_id');
    expect(cols('checkin_audit')).toContain('station_id');
    expect(cols('checkin_stations')).toContain('paired_conference_id');
    // Not "conference_id": desks and their token hashes must not travel in a .thuky file.
    expect(cols('checkin_stations')).not.toContain('conference_id');
    await store.close();
  });

  it('gives old check-ins the id of the desk that had the name, and "admin" to the host', async () => {
    const sqlite = new SQLite(':memory:');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    const names = Object.keys(migrations);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const r8 = await migrator.migrateTo(names[names.indexOf('0012-station-identity') - 1]);
    expect(r8.error).toBeUndefined();
    sqlite.exec(`insert into conferences (id, title, created_at, updated_at) values ('c', 'H', 'x', 'x');
      insert into delegates (id, conference_id, precedence, full_name, code, created_at, updated_at) values ('d1', 'c', 1, 'A', 'AAAAAAAAAAAA', 'x', 'x'), ('d2', 'c', 2, 'B', 'BBBBBBBBBBBB', 'x', 'x');
      insert into checkin_stations (id, name, token_hash, created_at) values ('s-old', 'Bàn 1', 'h1', '2026-01-01'), ('s-new', 'Bàn 1', 'h2', '2026-02-01');
      insert into checkins (id, conference_id, delegate_id, checked_in_at, station, kind) values ('k1', 'c', 'd1', 't', 'Bàn 1', 'invited'), ('k2', 'c', 'd2', 't', 'admin', 'invited');
      insert into checkin_audit (conference_id, delegate_id, action, station, at, detail) values ('c', 'd1', 'mark', 'Bàn 1', 't', '{}');`);
    const r9 = await migrator.migrateTo('0012-station-identity');
    expect(r9.error).toBeUndefined();
    expect(sqlite.prepare('select station_id from checkins order by id').pluck().all()).toEqual(['s-new', 'admin']);
    expect(sqlite.prepare('select station_id from checkin_audit').pluck().get()).toBe('s-new');
    await db.destroy();
  });
});
