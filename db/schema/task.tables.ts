/** Tables of the task and conclusion areas (migration 0009). */

/** A task: who does what by when. `due_json` holds the rule (a date, a month, N days before/after the conference), never a computed date. */
export interface TaskTable {
  id: string;
  conference_id: string;
  position: number;
  agency: string;
  /** JSON array of the agencies that help. */
  coordinating_json: string;
  content: string;
  /** JSON of shared/models/task Due, or null (no deadline). */
  due_json: string | null;
  due_text: string;
  overseer: string;
  /** todo | doing | done */
  status: string;
  /** "YYYY-MM-DD" */
  done_date: string | null;
  note: string;
  /** plan | conclusion | manual */
  source: string;
  /** The notice's item it came from (deleted with it). */
  conclusion_item_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConclusionItemTable {
  id: string;
  conference_id: string;
  position: number;
  title: string;
  presenter: string;
  text: string;
}

/** The notice's own fields, one row per conference. */
export interface ConclusionNoticeTable {
  conference_id: string;
  number: string;
  symbol: string;
  issued_on: string | null;
  opening: string;
  recipients_json: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  saved_at: string;
}

export interface TaskTables {
  tasks: TaskTable;
  conclusion_items: ConclusionItemTable;
  conclusion_notices: ConclusionNoticeTable;
}
