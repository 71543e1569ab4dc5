/** Frozen: conferences, delegates and the undo journal. Never edit; add a new migration. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conferences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('venue', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('host_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chair', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('document_symbol', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('backdrop_lines', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('delegates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('precedence', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rank', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('salutation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('delegates_conference_precedence')
    .on('delegates')
    .columns(['conference_id', 'precedence'])
    .execute();

  await db.schema
    .createTable('undo_entries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();
  await db.schema.createIndex('undo_entries_conference').on('undo_entries').columns(['conference_id', 'id']).execute();
}
