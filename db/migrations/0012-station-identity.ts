/**
 * Frozen: desks are identified by their station id, not by their name (issue 16). A check-in and
 * its audit rows keep the id of the desk that wrote them (undo rights follow the id); a desk is
 * paired for one conference. `paired_conference_id` is deliberately not named conference_id: the
 * desks (and their token hashes) must not travel in a conference's .thuky file.
 * Old rows: the id of the desk that had the name ("admin" for the host).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('checkin_stations').addColumn('paired_conference_id', 'text').execute();
  await db.schema.alterTable('checkins').addColumn('station_id', 'text').execute();
  await db.schema.alterTable('checkin_audit').addColumn('station_id', 'text').execute();
  for (const table of ['checkins', 'checkin_audit']) {
    await sql`update ${sql.table(table)} set station_id = case when station = 'admin' then 'admin'
      else (select s.id from checkin_stations s where s.name = ${sql.table(table)}.station order by s.created_at desc limit 1) end`.execute(
      db,
    );
  }
}
