/**
 * The search index of each conference, kept between searches. A write forgets it; the next search
 * builds it again in slices (SearchIndex.build with a turn of the event loop between), so a desk's
 * search and check-ins never wait behind one long rebuild of a 20,000-row list. After an import into
 * a conference whose index was in use, the new index is started at once (refreshSearch): the next
 * search finds the imported people without building anything itself. A build that a write overtook
 * answers the searches that asked for it but is not kept.
 */
import type { Delegate } from '../../../shared/models/delegate';
import type { ServiceContext } from '../kernel/context';
import { SearchIndex } from './search-index';

interface Slot { generation: number; index?: SearchIndex; building?: Promise<SearchIndex> }

const caches = new WeakMap<ServiceContext, Map<string, Slot>>();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function slotOf(ctx: ServiceContext, conferenceId: string): Slot {
  let m = caches.get(ctx);
  if (!m) caches.set(ctx, (m = new Map()));
  let slot = m.get(conferenceId);
  if (!slot) m.set(conferenceId, (slot = { generation: 0 }));
  return slot;
}

/** Forget the cached search index of a conference after a write. */
export function invalidateSearch(ctx: ServiceContext, conferenceId: string) {
  const slot = slotOf(ctx, conferenceId);
  slot.generation++;
  slot.index = undefined;
  slot.building = undefined;
}

/** The conference's index: cached, being built, or built now (in slices). */
export function searchIndex(ctx: ServiceContext, conferenceId: string, load: () => Promise<Delegate[]>): Promise<SearchIndex> {
  const slot = slotOf(ctx, conferenceId);
  if (slot.index) return Promise.resolve(slot.index);
  if (slot.building) return slot.building;
  const generation = slot.generation;
  const building = (async () => SearchIndex.build(await load(), nextTurn, 250))();
  slot.building = building;
  building.then(
    (index) => { if (slot.generation === generation) { slot.index = index; slot.building = undefined; } },
    () => { if (slot.generation === generation) slot.building = undefined; },
  );
  return building;
}

/** After an import: forget the index, and when it was in use start the new one at once. */
export function refreshSearch(ctx: ServiceContext, conferenceId: string, load: () => Promise<Delegate[]>) {
  const slot = slotOf(ctx, conferenceId);
  const inUse = !!(slot.index || slot.building);
  invalidateSearch(ctx, conferenceId);
  if (inUse) searchIndex(ctx, conferenceId, load).catch(() => {}); // a failed build is retried by the next search
}
