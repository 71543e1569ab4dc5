/** The conclusion area's handler table. */
import type { OutputOf, ParsedInputOf, ProcedureName } from '../../../shared/api/contract';
import type { conclusionProcedures } from '../../../shared/api/procedures/conclusion';
import type { ServiceContext } from '../kernel/context';
import { extractNotice, getNotice, saveNotice } from './conclusions';
import { conclusionsDocx } from './conclusion-document';
import { conclusionFollowUpDocx } from './conclusion-followup';

type AreaTable<T> = { [P in keyof T & ProcedureName]: (input: ParsedInputOf<P>) => Promise<OutputOf<P>> };

export const conclusionHandlers = (ctx: ServiceContext): AreaTable<typeof conclusionProcedures> => ({
  'conclusion.extract': (i) => extractNotice(ctx, i.conferenceId, i.text),
  'conclusion.save': (i) => saveNotice(ctx, i.conferenceId, i.notice, i.items),
  'conclusion.get': (i) => getNotice(ctx, i.conferenceId),
  'document.conclusions': (i) => conclusionsDocx(ctx, i.conferenceId),
  'document.conclusionFollowUp': (i) => conclusionFollowUpDocx(ctx, i.conferenceId),
});
