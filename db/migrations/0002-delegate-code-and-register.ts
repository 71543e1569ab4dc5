/**
 * Frozen: each delegate gets a stable, unguessable check-in code (badges' QR, the door scanner),
 * and the invitation register: sent or not, the reply, and who comes instead (substitute).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('delegates')
    .addColumn('code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update delegates set code = upper(hex(randomblob(6))) where code = ''`.execute(db);
  await db.schema
    .createIndex('delegates_code')
    .on('delegates')
    .column('code')
    .unique()
    .where(sql.ref('code'), '!=', '')
    .execute();

  await db.schema
    .createTable('delegate_register')
    .addColumn('delegate_id', 'text', (c) => c.primaryKey().references('delegates.id').onDelete('cascade'))
    .addColumn('invitation_status', 'text', (c) => c.notNull().defaultTo('not_sent'))
    .addColumn('sent_at', 'text')
    .addColumn('sent_method', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('substitute_full_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('substitute_rank', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('substitute_position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('substitute_unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
