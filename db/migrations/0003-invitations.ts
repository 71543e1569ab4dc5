/**
 * Frozen: the invitation form per conference (JSON settings) and the print log per delegate
 * (last generated batch), beside the register (delegate_register, migration 0002).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitation_settings')
    .addColumn('conference_id', 'text', (c) => c.primaryKey().references('conferences.id').onDelete('cascade'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('invitation_prints')
    .addColumn('delegate_id', 'text', (c) => c.primaryKey().references('delegates.id').onDelete('cascade'))
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invitation_prints_conference')
    .on('invitation_prints')
    .columns(['conference_id', 'printed_at'])
    .execute();
}
