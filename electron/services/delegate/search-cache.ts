/**
 * The search index of each conference, kept between searches (ctx.state.delegate.searchIndexes). A
 * write forgets it; the next search builds it again in slices (SearchIndex.build with a turn of the
 * event loop between), so a desk's search and check-ins never wait behind one long rebuild of a
 * 20,000-row list. After an import into a conference whose index was in use, the new index is
 * started at once (refreshSearch): the next search finds the imported people without building
 * anything itself. A build that a write overtook answers the searches that asked for it but is not
 * kept (its slot is no longer the conference's).
 */
import type { Delegate } from '../../../shared/models/delegate';
import type { ServiceContext } from '../kernel/context';
import { SearchIndex } from './search-index';

/** A conference's index, or the build in progress. */
export interface SearchSlot {
  index?: SearchIndex;
  building?: Promise<SearchIndex>;
}

const slots = (ctx: ServiceContext) => ctx.state.delegate.searchIndexes;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Forget the cached search index of a conference after a write. */
export const invalidateSearch = (ctx: ServiceContext, conferenceId: string) => {
  slots(ctx).delete(conferenceId);
};

/** The conference's index: cached, being built, or built now (in slices). */
export function searchIndex(
  ctx: ServiceContext,
  conferenceId: string,
  load: () => Promise<Delegate[]>,
): Promise<SearchIndex> {
  const all = slots(ctx);
  const slot = all.get(conferenceId);
  if (slot?.index) return Promise.resolve(slot.index);
  if (slot?.building) return slot.building;
  const mine: SearchSlot = {};
  const building = (async () => SearchIndex.build(await load(), nextTurn, 250))();
  mine.building = building;
  all.set(conferenceId, mine);
  building.then(
    (index) => {
      if (all.get(conferenceId) === mine) Object.assign(mine, { index, building: undefined });
    },
    () => {
      if (all.get(conferenceId) === mine) all.delete(conferenceId);
    },
  );
  return building;
}

/** After an import: forget the index, and when it was in use start the new one at once. */
export function refreshSearch(ctx: ServiceContext, conferenceId: string, load: () => Promise<Delegate[]>) {
  const inUse = slots(ctx).has(conferenceId);
  invalidateSearch(ctx, conferenceId);
  if (inUse) searchIndex(ctx, conferenceId, load).catch(() => {}); // a failed build is retried by the next search
}
