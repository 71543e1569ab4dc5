/** Tables of the invitation area (migration 0003-invitations). The register itself is delegate_register. */

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
  delegate_register: DelegateRegisterTable;
  invitation_settings: InvitationSettingsTable;
  invitation_prints: InvitationPrintTable;
}
