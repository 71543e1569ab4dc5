/** Kysely table types of the conference area. */
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
  /** The badge's conference line ('' = derived from the title). */
  short_title: string;
  /** JSON {section: badge type}. */
  section_badges: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface ConferenceTables {
  conferences: ConferenceTable;
}
