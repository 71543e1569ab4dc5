/** What other areas may use of the task area: the list with computed dates, and the pieces the conclusion area builds on. */
export { conferenceDay, listTasks, localToday, newTaskRows, toTask } from './tasks';
export { taskHandlers } from './task.handlers';
export { countsText, statusText, symbolAs, taskTable } from './task-documents';
