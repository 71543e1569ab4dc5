/** The handler table: every area's handlers, one call into a service each. */
import type { ServiceContext } from '../services/context';
import type { Handlers } from './dispatcher';
import { conferenceHandlers } from './handlers/conference';
import { delegateHandlers } from './handlers/delegate';
import { systemHandlers } from './handlers/system';
import { invitationHandlers } from './handlers/invitation';
import { seatingHandlers } from './handlers/seating';
import { checkinHandlers } from './handlers/checkin';
import { programmeHandlers } from './handlers/programme';
import { safetyHandlers } from './handlers/safety';
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
