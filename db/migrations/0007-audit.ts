/**
 * Frozen: the append-only audit trail (who, what, which ids, before → after, when).
 * Triggers refuse UPDATE and DELETE so no code path — ours or a future one — can rewrite history.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('admin'))
    .addColumn('actor', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('conference_id', 'text')
    .addColumn('entity_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_log_conference_at').on('audit_log').columns(['conference_id', 'at']).execute();
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}
