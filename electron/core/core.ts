/**
 * The app's core, without Electron: the store, the services, the dispatcher and the change feed.
 * Electron's main process and the HTTP host each create one and put a transport in front.
 */
import { EventEmitter } from 'node:events';
import type { Store } from '../../db/database';
import type { ChangeEvent } from '../../shared/api/contract';
import type { CoreState, ServiceContext } from '../services/kernel/context';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import { openCheckedStore } from '../services/safety/store-health';
import { auditHooks } from '../services/safety/audit';
import { backupAtStart, backupOnQuit } from '../services/safety/backup';
import { safetyState } from '../services/safety/safety.state';
import { checkinState } from '../services/checkin/checkin.state';
import { delegateState } from '../services/delegate/delegate.state';
import { lanState } from '../services/lan/lan.state';

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
  // integrity_check first: a damaged store opens read-only with a message (see store-health.ts).
  const { store, health } = await openCheckedStore(opts.dataDir);
  // Everything this core keeps in memory, built fresh here: two cores in one process share nothing.
  const state: CoreState = {
    safety: safetyState(health),
    checkin: checkinState(),
    delegate: delegateState(),
    lan: lanState(),
  };
  const ctx: ServiceContext = { store, now: opts.now ?? (() => new Date().toISOString()), state };
  const events = new EventEmitter<{ change: [ChangeEvent] }>();
  events.setMaxListeners(100);
  const dispatch = createDispatcher(createHandlers(ctx), (e) => events.emit('change', e), auditHooks(ctx));
  await backupAtStart(ctx);
  // `store` follows ctx.store: backup.restore swaps the store inside the same context.
  return {
    get store() {
      return ctx.store;
    },
    ctx,
    dispatch,
    events,
    close: async () => {
      await backupOnQuit(ctx);
      await ctx.store.close();
    },
  };
}
