/** Tables of the programme area (migration 0006): agenda, speech assignments, award decisions, recipients, batches. */

export interface AgendaItemTable {
  id: string;
  conference_id: string;
  position: number;
  /** reception | opening | report | speech | address | awards | conclusion | closing | break | video | other */
  kind: string;
  title: string;
  presenter_delegate_id: string | null;
  presenter_text: string;
  minutes: number;
  mc_text: string;
  speech_id: string | null;
  /** Local "YYYY-MM-DDTHH:MM" marks taken on the day. */
  started_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SpeechTable {
  id: string;
  conference_id: string;
  position: number;
  unit: string;
  topic: string;
  presenter_note: string;
  presenter_delegate_id: string | null;
  minutes: number;
  /** "YYYY-MM-DD" */
  due_date: string | null;
  /** pending | paper | file */
  status: string;
  spoken: number;
  spoken_order: number | null;
  created_at: string;
  updated_at: string;
}

export interface AwardDecisionTable {
  id: string;
  conference_id: string;
  position: number;
  number: string;
  date: string | null;
  authority: string;
  form: string;
  reason: string;
  planned_collectives: number;
  planned_individuals: number;
  created_at: string;
  updated_at: string;
}

export interface AwardRecipientTable {
  id: string;
  decision_id: string;
  position: number;
  /** collective | individual */
  kind: string;
  name: string;
  rank: string;
  position_title: string;
  unit: string;
  achievement: string;
  receiver_text: string;
  delegate_id: string | null;
  /** '' | representative | skip */
  absent_action: string;
  batch_no: number | null;
  created_at: string;
  updated_at: string;
}

export interface AwardBatchTable {
  conference_id: string;
  no: number;
  presenter_delegate_id: string | null;
  presenter_text: string;
}

/** Migration 0008: the MC's script as edited (one row per conference). */
export interface McScriptEditTable {
  conference_id: string;
  blocks_json: string;
  named_json: string;
  saved_at: string;
}

export interface ProgrammeTables {
  agenda_items: AgendaItemTable;
  speeches: SpeechTable;
  award_decisions: AwardDecisionTable;
  award_recipients: AwardRecipientTable;
  award_batches: AwardBatchTable;
  mc_script_edits: McScriptEditTable;
}
