/**
 * The MC's script from the store: programme + who is in the hall + award batches (see
 * shared/programme/mc-script), and the secretary's edit of it (table mc_script_edits, migration 0008).
 * The DOCX and the print view both take scriptBlocksFor(): the saved edit when there is one, else a
 * fresh generation.
 */
import type { Delegate } from '../../../shared/models/delegate';
import { ScriptBlock } from '../../../shared/models/programme';
import { buildMcScript, introductionLines, type ScriptBatch } from '../../../shared/programme/mc-script';
import { writtenName } from '../../../shared/programme/spoken';
import { findConference } from '../../../db/repositories/conference';
import { notFound } from '../../../shared/api/errors';
import { listAgenda } from './agenda';
import { listAwards } from './awards';
import { listSpeeches } from './speeches';
import { checkedInIds, dignitaries } from './programme-presence';
import type { ServiceContext } from '../kernel/context';

const SKIP = /phóng viên|phục vụ|khen thưởng/i;

/** The sections named one by one by default: the first two of the list (guests, then the province's leaders). */
export function defaultNamedCategories(delegates: Delegate[]): string[] {
  const cats: string[] = [];
  for (const d of delegates)
    if (d.category && !cats.includes(d.category) && !SKIP.test(d.category)) cats.push(d.category);
  return cats.slice(0, 2);
}

/** @example const { blocks } = await generateMcScript(ctx, conferenceId) */
export async function generateMcScript(ctx: ServiceContext, conferenceId: string, named?: string[]) {
  const conf = await findConference(ctx.store.db, conferenceId);
  if (!conf) throw notFound('hội nghị', conferenceId);
  const [{ delegates, list }, agenda, awards, speeches] = await Promise.all([
    dignitaries(ctx, conferenceId),
    listAgenda(ctx, conferenceId),
    listAwards(ctx, conferenceId),
    listSpeeches(ctx, conferenceId),
  ]);
  const speechById = new Map(speeches.map((s) => [s.id, s]));
  const checkedIn = checkedInIds(ctx, conferenceId);
  const byId = new Map(delegates.map((d) => [d.id, d]));
  const namedCategories = named ?? defaultNamedCategories(delegates);
  const recipients = new Map(awards.decisions.flatMap((d) => d.recipients.map((r) => [r.id, { r, d }] as const)));
  const batches: ScriptBatch[] = awards.batches.map((b) => {
    const first = recipients.get(b.recipientIds[0]);
    return {
      no: b.no,
      leader: b.presenterDelegateId ? (byId.get(b.presenterDelegateId) ?? null) : null,
      leaderText: b.presenterText,
      form: first?.d.form ?? 'Bằng khen',
      authority: first?.d.authority ?? '',
      kind: first?.r.kind ?? 'individual',
      recipients: b.recipientIds
        .map((id) => recipients.get(id)!)
        .filter(Boolean)
        .map(({ r }) => ({
          label:
            r.kind === 'collective'
              ? r.name
              : writtenName({ rank: r.rank, fullName: r.name, position: r.position, unit: r.unit }),
          note: r.present === false ? (r.absentAction === 'representative' ? 'vắng, đại diện nhận thay' : 'vắng') : '',
          // A collective's representative: the linked delegate, else the name typed in "Người nhận".
          receiver:
            r.kind !== 'collective'
              ? undefined
              : r.delegateId && byId.get(r.delegateId)
                ? `đồng chí ${writtenName(byId.get(r.delegateId)!)}`
                : r.receiverText || undefined,
        })),
    };
  });
  const input = {
    hostBody: conf.hostBody,
    title: conf.title,
    delegates: list,
    checkedIn,
    namedCategories,
    batches,
    decisions: awards.decisions.map((d) => ({ number: d.number, date: d.date, authority: d.authority, form: d.form })),
    items: agenda.items.map((it) => ({
      kind: it.kind,
      title: it.title,
      minutes: it.minutes,
      startsAt: it.startsAt,
      presenter: it.presenterDelegateId ? (byId.get(it.presenterDelegateId) ?? null) : null,
      presenterText: it.presenterText,
      mcText: it.mcText,
      topic: it.speechId ? speechById.get(it.speechId)?.topic : undefined,
      speechUnit: it.speechId ? speechById.get(it.speechId)?.unit : undefined,
    })),
  };
  const blocks: ScriptBlock[] = buildMcScript(input);
  const categories = [...new Set(delegates.map((d) => d.category).filter(Boolean))];
  return {
    blocks,
    categories,
    namedCategories,
    hasCheckins: checkedIn !== null,
    introduced: introductionLines(input).length,
  };
}

export interface SavedScript {
  blocks: ScriptBlock[] | null;
  namedCategories: string[];
  savedAt: string | null;
}

export async function loadScriptEdits(ctx: ServiceContext, conferenceId: string): Promise<SavedScript> {
  if (!(await findConference(ctx.store.db, conferenceId))) throw notFound('hội nghị', conferenceId);
  const row = await ctx.store.db
    .selectFrom('mc_script_edits')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  if (!row) return { blocks: null, namedCategories: [], savedAt: null };
  // Parsed through the model: a hand-edited or older row never reaches the documents malformed.
  const blocks = ScriptBlock.array().safeParse(JSON.parse(row.blocks_json));
  const named = JSON.parse(row.named_json) as unknown;
  return {
    blocks: blocks.success ? blocks.data : null,
    namedCategories: Array.isArray(named) ? named.filter((x): x is string => typeof x === 'string') : [],
    savedAt: row.saved_at,
  };
}

/** Saves the edited blocks (null = drop the edit and go back to the generated text). */
export async function saveScriptEdits(
  ctx: ServiceContext,
  conferenceId: string,
  blocks: ScriptBlock[] | null,
  named: string[] = [],
) {
  if (!(await findConference(ctx.store.db, conferenceId))) throw notFound('hội nghị', conferenceId);
  const db = ctx.store.db;
  if (!blocks) {
    await db.deleteFrom('mc_script_edits').where('conference_id', '=', conferenceId).execute();
    return { savedAt: null };
  }
  const row = {
    conference_id: conferenceId,
    blocks_json: JSON.stringify(blocks),
    named_json: JSON.stringify(named),
    saved_at: ctx.now(),
  };
  await db
    .insertInto('mc_script_edits')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('conference_id')
        .doUpdateSet({ blocks_json: row.blocks_json, named_json: row.named_json, saved_at: row.saved_at }),
    )
    .execute();
  return { savedAt: row.saved_at };
}

/** The blocks to print: saved edit, else generated now (with the given or default sections named). */
export async function scriptBlocksFor(ctx: ServiceContext, conferenceId: string, named?: string[]) {
  const saved = await loadScriptEdits(ctx, conferenceId);
  if (saved.blocks) return { blocks: saved.blocks, edited: true, savedAt: saved.savedAt };
  return { blocks: (await generateMcScript(ctx, conferenceId, named)).blocks, edited: false, savedAt: null };
}
