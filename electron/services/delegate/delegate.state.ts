/** The delegate area's part of a core's memory (see CoreState in kernel/context.ts). */
import type { SearchIndex } from './search-index';

export interface DelegateState {
  /** The search index of each conference, built on first search and dropped after a write (invalidateSearch). */
  searchIndexes: Map<string, SearchIndex>;
}

declare module '../kernel/context' {
  interface CoreState { delegate: DelegateState }
}

export const delegateState = (): DelegateState => ({ searchIndexes: new Map() });
