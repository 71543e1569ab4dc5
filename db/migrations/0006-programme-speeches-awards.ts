/**
 * Frozen: the programme (agenda items in order, with marks taken on the day), speech assignments
 * (phân công tham luận), award decisions with their recipients, and the ceremony's batches.
 * A delegate deleted from the list leaves the items/recipients in place, unlinked (set null).
 */
import type { Kysely } from 'kysely';

const text = (c: any) => c.notNull().defaultTo('');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('title', 'text', text)
    .addColumn('presenter_delegate_id', 'text', (c) => c.references('delegates.id').onDelete('set null'))
    .addColumn('presenter_text', 'text', text)
    .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mc_text', 'text', text)
    .addColumn('speech_id', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agenda_items_conf').on('agenda_items').columns(['conference_id', 'position']).execute();

  await db.schema
    .createTable('speeches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', text)
    .addColumn('topic', 'text', text)
    .addColumn('presenter_note', 'text', text)
    .addColumn('presenter_delegate_id', 'text', (c) => c.references('delegates.id').onDelete('set null'))
    .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('spoken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('spoken_order', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('speeches_conf').on('speeches').columns(['conference_id', 'position']).execute();

  await db.schema
    .createTable('award_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', text)
    .addColumn('date', 'text')
    .addColumn('authority', 'text', text)
    .addColumn('form', 'text', text)
    .addColumn('reason', 'text', text)
    .addColumn('planned_collectives', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('planned_individuals', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('award_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('award_decisions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', text)
    .addColumn('rank', 'text', text)
    .addColumn('position_title', 'text', text)
    .addColumn('unit', 'text', text)
    .addColumn('achievement', 'text', text)
    .addColumn('receiver_text', 'text', text)
    .addColumn('delegate_id', 'text', (c) => c.references('delegates.id').onDelete('set null'))
    .addColumn('absent_action', 'text', text)
    .addColumn('batch_no', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('award_recipients_decision')
    .on('award_recipients')
    .columns(['decision_id', 'position'])
    .execute();

  await db.schema
    .createTable('award_batches')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('no', 'integer', (c) => c.notNull())
    .addColumn('presenter_delegate_id', 'text', (c) => c.references('delegates.id').onDelete('set null'))
    .addColumn('presenter_text', 'text', text)
    .addPrimaryKeyConstraint('award_batches_pk', ['conference_id', 'no'])
    .execute();
}
