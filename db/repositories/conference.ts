/** Conference queries. Functions take `db` or a transaction; no business rules here. */
import type { Kysely, Selectable } from 'kysely';
import type { Conference, ConferenceFields } from '../../shared/models/conference';
import type { ConferenceTable } from '../schema/conference.tables';
import type { Database } from '../schema/database';

type Db = Kysely<Database>;

const toRow = (f: Partial<ConferenceFields>): Partial<ConferenceTable> => {
  const r: Partial<ConferenceTable> = {};
  if (f.title !== undefined) r.title = f.title;
  if (f.kind !== undefined) r.kind = f.kind;
  if (f.startsAt !== undefined) r.starts_at = f.startsAt;
  if (f.endsAt !== undefined) r.ends_at = f.endsAt;
  if (f.venue !== undefined) r.venue = f.venue;
  if (f.parentBody !== undefined) r.parent_body = f.parentBody;
  if (f.hostBody !== undefined) r.host_body = f.hostBody;
  if (f.chair !== undefined) r.chair = f.chair;
  if (f.placeName !== undefined) r.place_name = f.placeName;
  if (f.documentSymbol !== undefined) r.document_symbol = f.documentSymbol;
  if (f.signerAuthority !== undefined) r.signer_authority = f.signerAuthority;
  if (f.signerTitle !== undefined) r.signer_title = f.signerTitle;
  if (f.signerName !== undefined) r.signer_name = f.signerName;
  if (f.backdropLines !== undefined) r.backdrop_lines = JSON.stringify(f.backdropLines);
  if (f.notes !== undefined) r.notes = f.notes;
  if (f.shortTitle !== undefined) r.short_title = f.shortTitle;
  if (f.sectionBadges !== undefined) r.section_badges = JSON.stringify(f.sectionBadges);
  return r;
};

const fromRow = (r: Selectable<ConferenceTable> & { delegate_count: number | bigint | null }): Conference => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  venue: r.venue,
  parentBody: r.parent_body,
  hostBody: r.host_body,
  chair: r.chair,
  placeName: r.place_name,
  documentSymbol: r.document_symbol,
  signerAuthority: r.signer_authority,
  signerTitle: r.signer_title,
  signerName: r.signer_name,
  backdropLines: JSON.parse(r.backdrop_lines) as string[],
  notes: r.notes,
  shortTitle: r.short_title ?? '',
  sectionBadges: JSON.parse(r.section_badges || '{}') as Conference['sectionBadges'],
  archived: r.archived === 1,
  delegateCount: Number(r.delegate_count ?? 0),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const selectWithCount = (db: Db) =>
  db
    .selectFrom('conferences')
    .selectAll('conferences')
    .select((eb) =>
      eb
        .selectFrom('delegates')
        .whereRef('delegates.conference_id', '=', 'conferences.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('delegate_count'),
    );

export async function insertConference(db: Db, id: string, fields: ConferenceFields, now: string): Promise<void> {
  await db
    .insertInto('conferences')
    .values({ ...(toRow(fields) as ConferenceTable), id, archived: 0, created_at: now, updated_at: now })
    .execute();
}

export async function findConference(db: Db, id: string): Promise<Conference | undefined> {
  const row = await selectWithCount(db).where('conferences.id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listConferences(db: Db, includeArchived: boolean): Promise<Conference[]> {
  let q = selectWithCount(db);
  if (!includeArchived) q = q.where('archived', '=', 0);
  const rows = await q.orderBy('archived').orderBy('starts_at', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map(fromRow);
}

export async function updateConference(
  db: Db,
  id: string,
  patch: Partial<ConferenceFields> & { archived?: boolean },
  now: string,
): Promise<number> {
  const row = toRow(patch);
  if (patch.archived !== undefined) row.archived = patch.archived ? 1 : 0;
  const res = await db
    .updateTable('conferences')
    .set({ ...row, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
