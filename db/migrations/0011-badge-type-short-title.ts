/**
 * Frozen: the badge type of each delegate (delegates.badge_type: '' = the section's type), the badge
 * type of each section (conferences.section_badges, JSON {section: type}) and the conference's short
 * title for badges (conferences.short_title, '' = the default derived from the title).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('delegates')
    .addColumn('badge_type', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('conferences')
    .addColumn('short_title', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('conferences')
    .addColumn('section_badges', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}
