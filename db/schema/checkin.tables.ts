/** Tables of the checkin area (added by its migrations). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CheckinTables {}
