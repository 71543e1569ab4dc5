/**
 * Where a delegate added by hand goes (#14): at the end of his own section (thành phần), not at the
 * bottom of the list under a second copy of the section's header. Sections compare without case or
 * diacritics ("Khách mời" = "khach moi").
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema/database';
import { foldDiacritics } from '../../../shared/text/normalize';

const sectionKey = (c: string) => foldDiacritics(c).toLowerCase().trim();

/**
 * The precedence just after the section's last delegate, or undefined when the section is new or
 * already last (then appending is right).
 */
export async function endOfSection(db: Kysely<Database>, conferenceId: string, category: string | undefined): Promise<number | undefined> {
  const key = sectionKey(category ?? '');
  if (!key) return undefined;
  const rows = await db.selectFrom('delegates').select(['precedence', 'category'])
    .where('conference_id', '=', conferenceId).orderBy('precedence').execute();
  let last = -1;
  rows.forEach((r, i) => { if (sectionKey(r.category) === key) last = i; });
  if (last < 0 || last === rows.length - 1) return undefined;
  return rows[last].precedence + 1;
}

/**
 * The order after a second import: each new row joins the end of its existing section (in the
 * file's order); rows of a section the list does not have yet go to the end, as before.
 */
export function orderWithSections(existing: { id: string; category: string }[], added: { id: string; category: string }[]): string[] {
  const order = existing.map((r) => ({ id: r.id, key: sectionKey(r.category) }));
  const known = new Set(order.map((r) => r.key).filter(Boolean));
  const tail: string[] = [];
  for (const a of added) {
    const key = sectionKey(a.category);
    if (!key || !known.has(key)) { tail.push(a.id); continue; }
    let at = -1;
    order.forEach((r, i) => { if (r.key === key) at = i; });
    order.splice(at + 1, 0, { id: a.id, key });
  }
  return [...order.map((r) => r.id), ...tail];
}
