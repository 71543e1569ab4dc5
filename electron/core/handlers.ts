/** The handler table: every area's handlers, one call into a service each. */
import type { ServiceContext } from '../services/kernel/context';
import type { Handlers } from './dispatcher';
import { conferenceHandlers } from '../services/conference/conference.handlers';
import { delegateHandlers } from '../services/delegate/delegate.handlers';
import { systemHandlers } from '../services/system/system.handlers';
import { invitationHandlers } from '../services/invitation/invitation.handlers';
import { seatingHandlers } from '../services/seating/seating.handlers';
import { checkinHandlers } from '../services/checkin/checkin.handlers';
import { programmeHandlers } from '../services/programme/programme.handlers';
import { safetyHandlers } from '../services/safety/safety.handlers';
import { taskHandlers } from '../services/task';
import { conclusionHandlers } from '../services/conclusion';
import { lanHandlers } from '../services/lan';

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...conferenceHandlers(ctx),
    ...delegateHandlers(ctx),
    ...invitationHandlers(ctx),
    ...seatingHandlers(ctx),
    ...checkinHandlers(ctx),
    ...programmeHandlers(ctx),
    ...safetyHandlers(ctx),
    ...taskHandlers(ctx),
    ...conclusionHandlers(ctx),
    ...lanHandlers(ctx),
    ...systemHandlers(ctx),
  };
}
