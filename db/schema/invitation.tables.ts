/** Tables of the invitation area (migration 0003-invitations). The register itself is delegate_register. */

/** The invitation form of a conference (mẫu giấy mời), once the secretary has saved it. */
export interface InvitationSettingsTable {
  conference_id: string;
  /**
   * JSON of shared/models/invitation InvitationSettingsFields. JSON, not columns: the form gains
   * fields over time and every read is validated by the zod schema (defaults fill what is missing),
   * so adding a field needs no migration.
   */
  settings: string;
  updated_at: string;
}

/** When an invitation was last generated for a delegate, and in which batch ("mark what was just printed"). */
export interface InvitationPrintTable {
  delegate_id: string;
  conference_id: string;
  batch_id: string;
  printed_at: string;
}

export interface InvitationTables {
  invitation_settings: InvitationSettingsTable;
  invitation_prints: InvitationPrintTable;
}
