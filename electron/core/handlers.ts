/** The handler table: one line per procedure, each a call into a service. */
import { SCHEMA_VERSION } from '../../db/migrations/index';
import type { ServiceContext } from '../services/context';
import * as conferences from '../services/conferences';
import * as delegates from '../services/delegates';
import { importDelegates, previewImport } from '../services/delegate-import';
import { exportDelegates } from '../services/delegate-export';
import type { Handlers } from './dispatcher';
import { APP_VERSION } from './version';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    'conference.create': (i) => conferences.createConference(ctx, i),
    'conference.createDemo': () => conferences.createDemoConference(ctx),
    'conference.list': async (i) => ({ items: await conferences.listConferences(ctx, i.includeArchived) }),
    'conference.get': (i) => conferences.getConference(ctx, i.id),
    'conference.update': (i) => conferences.updateConference(ctx, i.id, i.patch),
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
    'system.info': async (_i, caller) => ({
      version: APP_VERSION, schemaVersion: SCHEMA_VERSION, dataDir: ctx.store.dataDir, role: caller.role,
    }),
  };
}
