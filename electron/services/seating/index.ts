/** What other areas may use from the seating area. */
export { rowToHall } from './halls';
export { listSeating } from './seating';
