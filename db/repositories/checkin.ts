/** Check-in queries: active check-ins, history, audit, walk-ins, stations. No business rules here. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/database';
import type { CheckinTable, CheckinStationTable } from '../schema/checkin.tables';

type Db = Kysely<Database>;
export type CheckinRow = Selectable<CheckinTable>;
export type StationRow = Selectable<CheckinStationTable>;

export const findActive = (db: Db, conferenceId: string, delegateId: string) =>
  db
    .selectFrom('checkins')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('delegate_id', '=', delegateId)
    .where('undone_at', 'is', null)
    .executeTakeFirst();

export const findByClientId = (db: Db, clientId: string) =>
  db.selectFrom('checkins').selectAll().where('client_id', '=', clientId).executeTakeFirst();

export const insertCheckin = (db: Db, row: CheckinRow) => db.insertInto('checkins').values(row).execute();

export const setCheckin = (db: Db, id: string, set: Partial<CheckinRow>) =>
  db.updateTable('checkins').set(set).where('id', '=', id).execute();

/** Active check-ins of a conference, newest first. */
export const listActive = (db: Db, conferenceId: string) =>
  db
    .selectFrom('checkins')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('undone_at', 'is', null)
    .orderBy('checked_in_at', 'desc')
    .execute();

export async function insertAudit(
  db: Db,
  e: {
    conferenceId: string;
    delegateId: string | null;
    action: string;
    station: string;
    stationId: string;
    at: string;
    clientAt?: string | null;
    detail?: object;
  },
) {
  await db
    .insertInto('checkin_audit')
    .values({
      conference_id: e.conferenceId,
      delegate_id: e.delegateId,
      action: e.action,
      station: e.station,
      station_id: e.stationId,
      at: e.at,
      client_at: e.clientAt ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export const listAudit = (db: Db, conferenceId: string, limit: number) =>
  db
    .selectFrom('checkin_audit')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const walkInIds = async (db: Db, conferenceId: string) =>
  new Set(
    (
      await db.selectFrom('checkin_walk_ins').select('delegate_id').where('conference_id', '=', conferenceId).execute()
    ).map((r) => r.delegate_id),
  );

export const insertWalkIn = (db: Db, delegateId: string, conferenceId: string, station: string, at: string) =>
  db
    .insertInto('checkin_walk_ins')
    .values({ delegate_id: delegateId, conference_id: conferenceId, station, created_at: at })
    .execute();

export const findStationByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('checkin_stations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const insertStation = (db: Db, row: StationRow) => db.insertInto('checkin_stations').values(row).execute();

export const listStations = (db: Db) => db.selectFrom('checkin_stations').selectAll().orderBy('created_at').execute();

export const setStation = (db: Db, id: string, set: Partial<StationRow>) =>
  db.updateTable('checkin_stations').set(set).where('id', '=', id).executeTakeFirst();

type Statement = import('better-sqlite3').Statement;
export type MarkStatements = Record<
  'delegateById' | 'delegateByCode' | 'isWalkIn' | 'byClientId' | 'active' | 'insert' | 'setTime' | 'audit',
  Statement
>;
const stmtCache = new WeakMap<object, MarkStatements>();

/**
 * The door's hot path as prepared statements (better-sqlite3, synchronous): a check-in is one
 * synchronous transaction of microseconds instead of ~8 awaited Kysely round trips, which keeps
 * the round trip within a frame when 8 desks scan at once. Cached per connection.
 */
export function markStatements(sqlite: import('better-sqlite3').Database): MarkStatements {
  const cached = stmtCache.get(sqlite);
  if (cached) return cached;
  const s: MarkStatements = {
    delegateById: sqlite.prepare('select * from delegates where conference_id = ? and id = ?'),
    delegateByCode: sqlite.prepare('select * from delegates where conference_id = ? and code = ?'),
    isWalkIn: sqlite.prepare('select 1 from checkin_walk_ins where delegate_id = ?').pluck(),
    byClientId: sqlite.prepare('select * from checkins where client_id = ?'),
    active: sqlite.prepare('select * from checkins where conference_id = ? and delegate_id = ? and undone_at is null'),
    insert:
      sqlite.prepare(`insert into checkins (id, conference_id, delegate_id, checked_in_at, station, station_id, kind, client_id, undone_at, undone_by)
      values (@id, @conference_id, @delegate_id, @checked_in_at, @station, @station_id, @kind, @client_id, @undone_at, @undone_by)`),
    setTime: sqlite.prepare('update checkins set checked_in_at = ? where id = ?'),
    audit: sqlite.prepare(
      'insert into checkin_audit (conference_id, delegate_id, action, station, station_id, at, client_at, detail) values (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  stmtCache.set(sqlite, s);
  return s;
}
