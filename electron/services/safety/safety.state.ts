/** The safety area's part of a core's memory (see CoreState in kernel/context.ts). */
import type { Database as Sqlite, Statement } from 'better-sqlite3';
import { OK_HEALTH, type StoreHealth } from './store-health';

export interface SafetyState {
  /** The store's health: checked at start, reset after a restore (store-health.ts). */
  health: StoreHealth;
  /** The store swap of a running restore; every call waits for it (restore.ts). Null when none. */
  swap: Promise<unknown> | null;
  /** The audit trail's insert, prepared once per connection (audit.ts). */
  auditInserts: WeakMap<Sqlite, Statement>;
}

declare module '../kernel/context' {
  interface CoreState {
    safety: SafetyState;
  }
}

export const safetyState = (health: StoreHealth = OK_HEALTH): SafetyState => ({
  health,
  swap: null,
  auditInserts: new WeakMap(),
});
