/** Tables of the checkin area (migration 0005-checkin). */
import type { Generated } from 'kysely';

/** One row per check-in; at most one with undone_at null per delegate (partial unique index). */
export interface CheckinTable {
  id: string;
  conference_id: string;
  delegate_id: string;
  checked_in_at: string;
  /** The desk's name ("Bàn 2") or "admin". */
  station: string;
  /** 'invited' | 'walk_in' | 'substitute' */
  kind: string;
  client_id: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

export interface CheckinStationTable {
  id: string;
  name: string;
  /** sha256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export interface CheckinAuditTable {
  id: Generated<number>;
  conference_id: string;
  delegate_id: string | null;
  action: string;
  station: string;
  at: string;
  client_at: string | null;
  /** JSON object. */
  detail: string;
}

export interface CheckinWalkInTable {
  delegate_id: string;
  conference_id: string;
  station: string;
  created_at: string;
}

export interface CheckinTables {
  checkins: CheckinTable;
  checkin_stations: CheckinStationTable;
  checkin_audit: CheckinAuditTable;
  checkin_walk_ins: CheckinWalkInTable;
}
