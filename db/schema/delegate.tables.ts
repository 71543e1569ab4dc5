/** Kysely table types of the delegate area (what leaves db/ is shared/models, not these rows). */
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
  /** Postal address for the envelope; "" when unknown (migration 0010). */
  address: string;
  /** Đại biểu / Khách mời / Phóng viên / Phục vụ / Ban tổ chức; '' = the section's type. */
  badge_type: string;
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

export interface DelegateTables {
  delegates: DelegateTable;
  undo_entries: UndoEntryTable;
}
