/**
 * Frozen: halls (saved across conferences; the shape is JSON, seats are derived from it), each
 * conference's seating plan (its hall and section rules), seat assignments (one per delegate: a
 * substitute takes the original's seat because the seat belongs to the delegate row) and the
 * seating undo journal.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('halls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('seating_plans')
    .addColumn('conference_id', 'text', (c) => c.primaryKey().references('conferences.id').onDelete('cascade'))
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('rules', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('seat_assignments')
    .addColumn('delegate_id', 'text', (c) => c.primaryKey().references('delegates.id').onDelete('cascade'))
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('seat_id', 'text', (c) => c.notNull())
    .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('seat_assignments_seat')
    .on('seat_assignments')
    .columns(['conference_id', 'seat_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('seating_undo')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`''`))
    .execute();
}
