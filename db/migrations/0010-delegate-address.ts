/**
 * Frozen: a delegate's postal address (for the envelope), "" when unknown. Imported when a column
 * has it ("Địa chỉ"); placeholders are addressed to their unit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('delegates')
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
