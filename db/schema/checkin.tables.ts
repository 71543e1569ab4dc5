/** Tables of the checkin area (migration 0005-checkin). */
import type { Generated } from 'kysely';

/** One row per check-in; at most one with undone_at null per delegate (partial unique index). */
export interface CheckinTable {
  id: string;
  conference_id: string;
  delegate_id: string;
  checked_in_at: string;
  /** The desk's name ("Bàn 2") or "admin", for display. */
  station: string;
  /** The desk's station id or "admin" (who may undo it); null only for rows older than 0009. */
  station_id: string | null;
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
  /** The conference the desk was paired for (0009); null = paired before 0009. */
  paired_conference_id: string | null;
}

export interface CheckinAuditTable {
  id: Generated<number>;
  conference_id: string;
  delegate_id: string | null;
  action: string;
  station: string;
  station_id: string | null;
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
