/**
 * Frozen: the MC's script as edited by the secretary (one per conference), kept so a reload or a
 * second machine prints the edited text; blocks_json = [{time, heading, text}], named = the sections
 * introduced one by one when it was generated.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mc_script_edits')
    .addColumn('conference_id', 'text', (c) => c.primaryKey().references('conferences.id').onDelete('cascade'))
    .addColumn('blocks_json', 'text', (c) => c.notNull())
    .addColumn('named_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
}
