/** What other areas may use from the conference area. */
export { getConference } from './conferences';
