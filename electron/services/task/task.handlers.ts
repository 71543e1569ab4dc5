/** The task area's handler table: one call into a service each. */
import type { AreaHandlers } from '../../../shared/api/handlers';
import type { taskProcedures } from '../../../shared/api/procedures/task';
import type { ServiceContext } from '../kernel/context';
import * as tasks from './tasks';
import { exportTasks, preparationReportDocx } from './task-documents';

export const taskHandlers = (ctx: ServiceContext): AreaHandlers<typeof taskProcedures> => ({
  'task.extract': (i) => tasks.extractTasks(ctx, i.conferenceId, i.text),
  'task.createMany': (i) => tasks.createTasks(ctx, i.conferenceId, i.items),
  'task.list': (i) => tasks.listTasks(ctx, i.conferenceId),
  'task.create': (i) => {
    const { conferenceId, ...fields } = i;
    return tasks.createTask(ctx, conferenceId, fields);
  },
  'task.update': (i) => tasks.updateTask(ctx, i.id, i.patch),
  'task.delete': (i) => tasks.deleteTasks(ctx, i.ids),
  'task.export': (i) => exportTasks(ctx, i.conferenceId),
  'document.preparationReport': (i) => preparationReportDocx(ctx, i.conferenceId),
});
