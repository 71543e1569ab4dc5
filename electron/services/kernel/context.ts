/** What every service gets: the store, a clock and the core's memory. Built once per core by createCore(). */
import type { Store } from '../../../db/database';
import type { AreaHandlers } from '../../../shared/api/handlers';

/**
 * What one core keeps in memory besides the store (search indexes, station and door state,
 * statement caches). Each area declares its part in services/<area>/<area>.state.ts by augmenting
 * this interface (`declare module '../kernel/context'`); createCore builds every part fresh, so two
 * cores in one process share nothing. Nothing here is kept in module-level maps.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the areas (declaration merging)
export interface CoreState {}

export interface ServiceContext {
  store: Store;
  /** ISO time; injectable so tests can fix it. */
  now(): string;
  /** This core's in-memory state, one part per area. */
  state: CoreState;
}

export const newId = () => crypto.randomUUID();

/** An area's handler table, built once per core: see services/<area>/<area>.handlers.ts. */
export type AreaFactory<T> = (ctx: ServiceContext) => AreaHandlers<T>;
