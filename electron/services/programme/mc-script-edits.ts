/**
 * The MC's script as edited by the secretary (table mc_script_edits, migration 0008). The DOCX and
 * the print view both take scriptBlocksFor(): the saved edit when there is one, else a fresh generation.
 */
import { notFound } from '../../../shared/api/errors';
import { ScriptBlock } from '../../../shared/models/programme';
import { findConference } from '../../../db/repositories/conference';
import { generateMcScript } from './mc-script';
import type { ServiceContext } from '../kernel/context';

export interface SavedScript { blocks: ScriptBlock[] | null; namedCategories: string[]; savedAt: string | null }

export async function loadScriptEdits(ctx: ServiceContext, conferenceId: string): Promise<SavedScript> {
  if (!(await findConference(ctx.store.db, conferenceId))) throw notFound('hội nghị', conferenceId);
  const row = await ctx.store.db.selectFrom('mc_script_edits').selectAll().where('conference_id', '=', conferenceId).executeTakeFirst();
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
export async function saveScriptEdits(ctx: ServiceContext, conferenceId: string, blocks: ScriptBlock[] | null, named: string[] = []) {
  if (!(await findConference(ctx.store.db, conferenceId))) throw notFound('hội nghị', conferenceId);
  const db = ctx.store.db;
  if (!blocks) {
    await db.deleteFrom('mc_script_edits').where('conference_id', '=', conferenceId).execute();
    return { savedAt: null };
  }
  const row = { conference_id: conferenceId, blocks_json: JSON.stringify(blocks), named_json: JSON.stringify(named), saved_at: ctx.now() };
  await db.insertInto('mc_script_edits').values(row)
    .onConflict((oc) => oc.column('conference_id').doUpdateSet({ blocks_json: row.blocks_json, named_json: row.named_json, saved_at: row.saved_at }))
    .execute();
  return { savedAt: row.saved_at };
}

/** The blocks to print: saved edit, else generated now (with the given or default sections named). */
export async function scriptBlocksFor(ctx: ServiceContext, conferenceId: string, named?: string[]) {
  const saved = await loadScriptEdits(ctx, conferenceId);
  if (saved.blocks) return { blocks: saved.blocks, edited: true, savedAt: saved.savedAt };
  return { blocks: (await generateMcScript(ctx, conferenceId, named)).blocks, edited: false, savedAt: null };
}
