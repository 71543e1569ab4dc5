/** The conclusion area's handler table. */
import type { AreaHandlers } from '../../../shared/api/handlers';
import type { conclusionProcedures } from '../../../shared/api/procedures/conclusion';
import type { ServiceContext } from '../kernel/context';
import { extractNotice, getNotice, saveNotice } from './conclusions';
import { conclusionsDocx } from './conclusion-document';
import { conclusionFollowUpDocx } from './conclusion-followup';

export const conclusionHandlers = (ctx: ServiceContext): AreaHandlers<typeof conclusionProcedures> => ({
  'conclusion.extract': (i) => extractNotice(ctx, i.conferenceId, i.text),
  'conclusion.save': (i) => saveNotice(ctx, i.conferenceId, i.notice, i.items),
  'conclusion.get': (i) => getNotice(ctx, i.conferenceId),
  'document.conclusions': (i) => conclusionsDocx(ctx, i.conferenceId),
  'document.conclusionFollowUp': (i) => conclusionFollowUpDocx(ctx, i.conferenceId),
});
