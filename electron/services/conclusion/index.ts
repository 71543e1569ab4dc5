/** What other areas may use of the conclusion area. */
export { getNotice } from './conclusions';
export { conclusionHandlers } from './conclusion.handlers';
