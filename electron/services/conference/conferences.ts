/** Conferences: create, read, update, archive, and the demo conference. */
import { ConferenceFields, type Conference } from '../../../shared/models/conference';
import { notFound } from '../../../shared/api/errors';
import * as repo from '../../../db/repositories/conference';
import { buildDemoConference } from '../../../resources/demo/demo-conference';
import { newId, type ServiceContext } from '../kernel/context';
import { insertNewDelegates } from '../delegate';

/** @example const { id } = await createConference(ctx, { title: 'Hội nghị sơ kết' }); */
export async function createConference(ctx: ServiceContext, fields: ConferenceFields): Promise<{ id: string }> {
  const id = newId();
  await repo.insertConference(ctx.store.db, id, fields, ctx.now());
  return { id };
}

export async function getConference(ctx: ServiceContext, id: string): Promise<Conference> {
  const c = await repo.findConference(ctx.store.db, id);
  if (!c) throw notFound('hội nghị', id);
  return c;
}

export async function listConferences(ctx: ServiceContext, includeArchived: boolean): Promise<Conference[]> {
  return repo.listConferences(ctx.store.db, includeArchived);
}

export async function updateConference(
  ctx: ServiceContext,
  id: string,
  patch: Partial<ConferenceFields> & { archived?: boolean },
): Promise<Conference> {
  const n = await repo.updateConference(ctx.store.db, id, patch, ctx.now());
  if (n === 0) throw notFound('hội nghị', id);
  return getConference(ctx, id);
}

/** The demo built from the seeds: a full conference with ~180 synthetic delegates, in one transaction. */
export async function createDemoConference(ctx: ServiceContext): Promise<{ id: string }> {
  const demo = buildDemoConference();
  const id = newId();
  await ctx.store.db.transaction().execute(async (trx) => {
    await repo.insertConference(trx, id, ConferenceFields.parse(demo.conference), ctx.now());
    await insertNewDelegates(trx, id, demo.delegates, 1, ctx.now());
  });
  return { id };
}
