/** What every service gets: the store and a clock. Built once per process by createCore(). */
import type { Store } from '../../db/database';

export interface ServiceContext {
  store: Store;
  /** ISO time; injectable so tests can fix it. */
  now(): string;
}

export const newId = () => crypto.randomUUID();
