/** Kysely table types: what the SQLite file holds. What leaves db/ is shared/models, not these rows. */
import type { Generated } from 'kysely';

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
  /** Stable, unguessable check-in code (QR on the badge); unique in the store. */
  code: string;
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

/** The invitation register, one row per delegate once anything is recorded. */
export interface DelegateRegisterTable {
  delegate_id: string;
  /** 'not_sent' | 'sent' */
  invitation_status: string;
  sent_at: string | null;
  /** 'truc_tiep' | 'buu_dien' | 'he_thong_van_ban' | 'dien_thoai' | '' */
  sent_method: string;
  /** 'none' | 'attending' | 'absent' | 'substitute' */
  reply: string;
  substitute_full_name: string;
  substitute_rank: string;
  substitute_position: string;
  substitute_unit: string;
  note: string;
  updated_at: string;
}

export interface CoreTables {
  delegate_register: DelegateRegisterTable;
  delegates: DelegateTable;
  undo_entries: UndoEntryTable;
}
