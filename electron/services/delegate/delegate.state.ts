/** The delegate area's part of a core's memory (see CoreState in kernel/context.ts). */
import type { SearchSlot } from './search-cache';

export interface DelegateState {
  /** The search index of each conference (or its build in progress), built on first search, dropped after a write (search-cache.ts). */
  searchIndexes: Map<string, SearchSlot>;
}

declare module '../kernel/context' {
  interface CoreState {
    delegate: DelegateState;
  }
}

export const delegateState = (): DelegateState => ({ searchIndexes: new Map() });
