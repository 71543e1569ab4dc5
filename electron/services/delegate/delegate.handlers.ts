import type { delegateProcedures } from '../../../shared/api/procedures/delegate';
import * as delegates from './delegates';
import { importDelegates, previewImport } from './import/import-delegates';
import { exportDelegates } from './delegate-export';
import type { AreaFactory } from '../kernel/context';

export const delegateHandlers: AreaFactory<typeof delegateProcedures> = (ctx) => ({
  'delegate.list': async (i) => ({ items: await delegates.listDelegates(ctx, i.conferenceId) }),
  'delegate.search': async (i) => ({ items: await delegates.searchDelegates(ctx, i.conferenceId, i.query, i.limit) }),
  'delegate.create': (i) => delegates.createDelegate(ctx, i.conferenceId, i.delegate, i.precedence),
  'delegate.update': (i) => delegates.updateDelegate(ctx, i.id, i.patch),
  'delegate.bulkUpdate': (i) => delegates.bulkUpdateDelegates(ctx, i.ids, i.patch),
  'delegate.delete': (i) => delegates.deleteDelegates(ctx, i.ids),
  'delegate.reorder': (i) => delegates.reorderDelegates(ctx, i.conferenceId, i.orderedIds),
  'delegate.sortSection': (i) => delegates.sortSection(ctx, i.conferenceId, i.category, i.by),
  'delegate.undo': (i) => delegates.undoLastChange(ctx, i.conferenceId),
  'delegate.import': (i) => importDelegates(ctx, i),
  'delegate.importPreview': (i) => previewImport(ctx, i),
  'delegate.export': (i) => exportDelegates(ctx, i.conferenceId),
});
