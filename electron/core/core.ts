/**
 * The app's core, without Electron: the store, the services, the dispatcher and the change feed.
 * Electron's main process and the HTTP host each create one and put a transport in front.
 */
import { EventEmitter } from 'node:events';
import { openStore, type Store } from '../../db/database';
import type { ChangeEvent } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';

export interface Core {
  store: Store;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Change events, for every window and desk. */
  events: EventEmitter<{ change: [ChangeEvent] }>;
  close(): Promise<void>;
}

/** @example const core = await createCore({ dataDir: '/tmp/thuky' }); */
export async function createCore(opts: { dataDir: string; now?: () => string }): Promise<Core> {
  const store = await openStore(opts.dataDir);
  const ctx: ServiceContext = { store, now: opts.now ?? (() => new Date().toISOString()) };
  const events = new EventEmitter<{ change: [ChangeEvent] }>();
  events.setMaxListeners(100);
  const dispatch = createDispatcher(createHandlers(ctx), (e) => events.emit('change', e));
  return { store, ctx, dispatch, events, close: () => store.close() };
}
