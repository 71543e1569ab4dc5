/** Tables of the safety area (added by its migrations). */

/**
 * The audit trail: one row per change, append-only (triggers refuse UPDATE and DELETE).
 * `conference_id` is plain text, not a foreign key: a cascade from a deleted conference would be
 * refused by the triggers, and the trail must outlive what it describes.
 */
export interface AuditLogTable {
  /** UUID: stable across export/import, so a re-import does not duplicate rows. */
  id: string;
  /** ISO time of the change. */
  at: string;
  /** 'admin' or 'desk'. */
  role: string;
  /** "admin" or the desk's name. */
  actor: string;
  /** The procedure, e.g. "delegate.update". */
  procedure: string;
  conference_id: string | null;
  /** JSON array of the ids the change touched (delegates, rows…). */
  entity_ids: string;
  /** JSON: the fields before the change (null when not captured). */
  before_json: string | null;
  /** JSON: the input or the changed fields after. */
  after_json: string | null;
}

export interface SafetyTables {
  audit_log: AuditLogTable;
}
