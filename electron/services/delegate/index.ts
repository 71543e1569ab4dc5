/** What other areas may use from the delegate area. */
export { invalidateSearch, listDelegates, updateDelegate } from './delegates';
export { insertNewDelegates, newDelegateRow } from './delegate-rows';
export { HEADER_SCAN_ROWS, fieldForHeader, foldHeader } from './import/header';
export { endOfSection } from './delegate-placement';
