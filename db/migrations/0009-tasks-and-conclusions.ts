/**
 * Frozen: tasks (the plan's "Tổ chức thực hiện", a notice's follow-up, typed ones) with their deadline
 * rule as JSON; the thông báo kết luận's items and its own fields. A conclusion's tasks go with their
 * item; everything goes with the conference.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conclusion_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('presenter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('conclusion_items_conference')
    .on('conclusion_items')
    .columns(['conference_id', 'position'])
    .execute();
  await db.schema
    .createTable('conclusion_notices')
    .addColumn('conference_id', 'text', (c) => c.primaryKey().references('conferences.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('symbol', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text')
    .addColumn('opening', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recipients_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('signer_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('coordinating_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('due_json', 'text')
    .addColumn('due_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('overseer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('todo')
        .check(sql`status in ('todo', 'doing', 'done')`),
    )
    .addColumn('done_date', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .defaultTo('manual')
        .check(sql`source in ('plan', 'conclusion', 'manual')`),
    )
    .addColumn('conclusion_item_id', 'text', (c) => c.references('conclusion_items.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_conference').on('tasks').columns(['conference_id', 'position']).execute();
}
