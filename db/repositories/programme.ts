/** Programme-area queries (agenda, speeches, awards). Functions take `db` or a transaction; no business rules. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/database';
import type {
  AgendaItemTable,
  AwardBatchTable,
  AwardDecisionTable,
  AwardRecipientTable,
  SpeechTable,
} from '../schema/programme.tables';

type Db = Kysely<Database>;
export type AgendaRow = Selectable<AgendaItemTable>;
export type SpeechRow = Selectable<SpeechTable>;
export type DecisionRow = Selectable<AwardDecisionTable>;
export type RecipientRow = Selectable<AwardRecipientTable>;
export type BatchRow = Selectable<AwardBatchTable>;

export const listAgendaRows = (db: Db, conferenceId: string) =>
  db.selectFrom('agenda_items').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

export const findAgendaRow = (db: Db, id: string) =>
  db.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertAgendaRow(db: Db, row: AgendaRow) {
  await db.insertInto('agenda_items').values(row).execute();
}

export async function updateAgendaRow(db: Db, id: string, set: Partial<AgendaItemTable>) {
  await db.updateTable('agenda_items').set(set).where('id', '=', id).execute();
}

export async function deleteAgendaRows(db: Db, ids: string[]) {
  if (ids.length) await db.deleteFrom('agenda_items').where('id', 'in', ids).execute();
}

/** Positions 1..n in the given order. */
export async function setPositions(
  db: Db,
  table: 'agenda_items' | 'speeches' | 'award_decisions' | 'award_recipients',
  ids: string[],
) {
  for (let i = 0; i < ids.length; i++)
    await db
      .updateTable(table)
      .set({ position: i + 1 })
      .where('id', '=', ids[i])
      .execute();
}

export const listSpeechRows = (db: Db, conferenceId: string) =>
  db.selectFrom('speeches').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

export const findSpeechRow = (db: Db, id: string) =>
  db.selectFrom('speeches').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertSpeechRow(db: Db, row: SpeechRow) {
  await db.insertInto('speeches').values(row).execute();
}

export async function updateSpeechRow(db: Db, id: string, set: Partial<SpeechTable>) {
  await db.updateTable('speeches').set(set).where('id', '=', id).execute();
}

export async function deleteSpeechRow(db: Db, id: string) {
  await db.deleteFrom('speeches').where('id', '=', id).execute();
}

export const listDecisionRows = (db: Db, conferenceId: string) =>
  db.selectFrom('award_decisions').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();

export const findDecisionRow = (db: Db, id: string) =>
  db.selectFrom('award_decisions').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertDecisionRow(db: Db, row: DecisionRow) {
  await db.insertInto('award_decisions').values(row).execute();
}

export async function updateDecisionRow(db: Db, id: string, set: Partial<AwardDecisionTable>) {
  await db.updateTable('award_decisions').set(set).where('id', '=', id).execute();
}

export async function deleteDecisionRow(db: Db, id: string) {
  await db.deleteFrom('award_decisions').where('id', '=', id).execute();
}

/** Recipients of a conference, in decision order then list order. */
export const listRecipientRows = (db: Db, conferenceId: string) =>
  db
    .selectFrom('award_recipients as r')
    .innerJoin('award_decisions as d', 'd.id', 'r.decision_id')
    .selectAll('r')
    .where('d.conference_id', '=', conferenceId)
    .orderBy('d.position')
    .orderBy('r.position')
    .execute();

export const findRecipientRow = (db: Db, id: string) =>
  db.selectFrom('award_recipients').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertRecipientRows(db: Db, rows: RecipientRow[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('award_recipients')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function updateRecipientRow(db: Db, id: string, set: Partial<AwardRecipientTable>) {
  await db.updateTable('award_recipients').set(set).where('id', '=', id).execute();
}

export async function deleteRecipientRow(db: Db, id: string) {
  await db.deleteFrom('award_recipients').where('id', '=', id).execute();
}

export const maxRecipientPosition = async (db: Db, decisionId: string) =>
  Number(
    (
      await db
        .selectFrom('award_recipients')
        .select((eb) => eb.fn.max('position').as('m'))
        .where('decision_id', '=', decisionId)
        .executeTakeFirst()
    )?.m ?? 0,
  );

export const listBatchRows = (db: Db, conferenceId: string) =>
  db.selectFrom('award_batches').selectAll().where('conference_id', '=', conferenceId).orderBy('no').execute();

export async function upsertBatchRow(db: Db, row: BatchRow) {
  await db
    .insertInto('award_batches')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['conference_id', 'no'])
        .doUpdateSet({ presenter_delegate_id: row.presenter_delegate_id, presenter_text: row.presenter_text }),
    )
    .execute();
}

export async function deleteBatchesFrom(db: Db, conferenceId: string, fromNo: number) {
  await db.deleteFrom('award_batches').where('conference_id', '=', conferenceId).where('no', '>=', fromNo).execute();
}
