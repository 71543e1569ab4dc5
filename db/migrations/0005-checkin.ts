/**
 * Frozen: check-in at the door. One active check-in per delegate (a partial unique index, so two
 * desks racing on the same person leave exactly one row; undone rows stay as history), the paired
 * desks (only a hash of each token is kept), an audit of every check-in action, and walk-ins.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('delegate_id', 'text', (c) => c.notNull().references('delegates.id').onDelete('cascade'))
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('station', 'text', (c) => c.notNull())
    /** 'invited' | 'walk_in' | 'substitute' */
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('invited'))
    /** The desk's own id for this scan: a replayed offline scan is recognised, not counted twice. */
    .addColumn('client_id', 'text')
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema
    .createIndex('checkins_active')
    .on('checkins')
    .columns(['conference_id', 'delegate_id'])
    .unique()
    .where(sql.ref('undone_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('checkins_client')
    .on('checkins')
    .column('client_id')
    .unique()
    .where(sql.ref('client_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('checkins_time').on('checkins').columns(['conference_id', 'checked_in_at']).execute();

  await db.schema
    .createTable('checkin_stations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('checkin_audit')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'text', (c) => c.notNull())
    .addColumn('delegate_id', 'text')
    /** 'mark' | 'repeat' | 'undo' | 'walk_in' | 'substitute' | 'conflict' | 'unknown_code' | 'fix' | 'print' */
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('station', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('client_at', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('checkin_audit_conf').on('checkin_audit').columns(['conference_id', 'id']).execute();

  await db.schema
    .createTable('checkin_walk_ins')
    .addColumn('delegate_id', 'text', (c) => c.primaryKey().references('delegates.id').onDelete('cascade'))
    .addColumn('conference_id', 'text', (c) => c.notNull())
    .addColumn('station', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
