/** What every service gets: the store and a clock. Built once per process by createCore(). */
import type { Store } from '../../../db/database';
import type { AreaHandlers } from '../../../shared/api/handlers';

export interface ServiceContext {
  store: Store;
  /** ISO time; injectable so tests can fix it. */
  now(): string;
}

export const newId = () => crypto.randomUUID();

/** An area's handler table, built once per core: see services/<area>/<area>.handlers.ts. */
export type AreaFactory<T> = (ctx: ServiceContext) => AreaHandlers<T>;
