/** What other areas may use from the safety area: a backup before every bulk change. */
export { backupStore, startPeriodicBackups } from './backup';
