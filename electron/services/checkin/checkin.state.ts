/** The check-in area's part of a core's memory (see CoreState in kernel/context.ts). */
import type { Database as Sqlite, Statement } from 'better-sqlite3';
import type { Seat } from '../../../shared/seating/layout';
import type { PendingMark } from './commit';
import { newStationState, type StationState } from './stations';

export interface CheckinState {
  /** Paired desks, the PIN and its guess budget (stations.ts). */
  stations: StationState;
  /** The marks waiting for this turn's group commit (commit.ts); null when none. */
  pendingMarks: PendingMark[] | null;
  /** The door: opened with the first check-in of this run (its time, and its backup), mark.ts. */
  door: { at: string; opened: Promise<void> } | null;
  /** The seat lookup per connection, and the seats of each hall version (checkin-seat.ts). */
  seatStatements: WeakMap<Sqlite, Statement>;
  hallSeats: Map<string, Map<string, Seat>>;
  /**
   * The counts every desk reads (key: the conference id) and the board (`board|…`), per connection,
   * kept until the store changes (checkin-stats.ts).
   */
  storeVersions: WeakMap<Sqlite, () => string>;
  statsCache: WeakMap<Sqlite, Map<string, { version: string; value: unknown }>>;
}

declare module '../kernel/context' {
  interface CoreState {
    checkin: CheckinState;
  }
}

export const checkinState = (): CheckinState => ({
  stations: newStationState(),
  pendingMarks: null,
  door: null,
  seatStatements: new WeakMap(),
  hallSeats: new Map(),
  storeVersions: new WeakMap(),
  statsCache: new WeakMap(),
});
