/** Kysely table types: what the SQLite file holds. What leaves db/ is shared/models, not these rows. */
import type { Generated } from 'kysely';

export interface ConferenceTable {
  id: string;
  title: string;
  kind: string;
  starts_at: string | null;
  ends_at: string | null;
  venue: string;
  parent_body: string;
  host_body: string;
  chair: string;
  place_name: string;
  document_symbol: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  /** JSON array of strings. */
  backdrop_lines: string;
  notes: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface DelegateTable {
  id: string;
  conference_id: string;
  precedence: number;
  full_name: string;
  rank: string;
  position: string;
  unit: string;
  category: string;
  salutation: string;
  phone: string;
  email: string;
  note: string;
  sort_key: string;
  /** Folded (no diacritics, lowercase) name + rank + position + unit, for search. */
  search_key: string;
  created_at: string;
  updated_at: string;
}

export interface UndoEntryTable {
  id: Generated<number>;
  conference_id: string;
  label: string;
  /** JSON: {rows: DelegateTable[] before the change, createdIds: ids the change added}. */
  payload: string;
  created_at: string;
}

export interface CoreTables {
  conferences: ConferenceTable;
  delegates: DelegateTable;
  undo_entries: UndoEntryTable;
}
