import type { invitationProcedures } from '../../../shared/api/procedures/invitation';
import * as invitations from './invitations';
import { delegateListDocument, invitationModels, invitationsDocument } from './invitation-documents';
import type { AreaFactory } from '../kernel/context';

export const invitationHandlers: AreaFactory<typeof invitationProcedures> = (ctx) => ({
  'invitation.settings.get': (i) => invitations.getInvitationSettings(ctx, i.conferenceId),
  'invitation.settings.update': ({ conferenceId, ...patch }) =>
    invitations.updateInvitationSettings(ctx, conferenceId, patch),
  'invitation.register': (i) => invitations.getRegister(ctx, i.conferenceId),
  'invitation.mark': (i) => invitations.markInvitations(ctx, i),
  'invitation.reply': (i) => invitations.replyInvitation(ctx, i.delegateId, i.reply, i.substitute, i.note),
  'invitation.models': async (i) => ({ items: await invitationModels(ctx, i) }),
  'document.invitations': (i) => invitationsDocument(ctx, i),
  'document.delegateList': (i) => delegateListDocument(ctx, i.conferenceId, i.kind),
});
