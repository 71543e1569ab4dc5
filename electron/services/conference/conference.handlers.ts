import type { conferenceProcedures } from '../../../shared/api/procedures/conference';
import * as conferences from './conferences';
import type { AreaFactory } from '../kernel/context';

export const conferenceHandlers: AreaFactory<typeof conferenceProcedures> = (ctx) => ({
  'conference.create': (i) => conferences.createConference(ctx, i),
  'conference.createDemo': () => conferences.createDemoConference(ctx),
  'conference.list': async (i) => ({ items: await conferences.listConferences(ctx, i.includeArchived) }),
  'conference.get': (i) => conferences.getConference(ctx, i.id),
  'conference.update': (i) => conferences.updateConference(ctx, i.id, i.patch),
});
