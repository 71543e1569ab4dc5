import type { seatingProcedures } from '../../../shared/api/procedures/seating';
import * as halls from './halls';
import * as seating from './seating';
import type { AreaFactory } from '../kernel/context';

export const seatingHandlers: AreaFactory<typeof seatingProcedures> = (ctx) => ({
  'hall.create': (i) => halls.createHall(ctx, i),
  'hall.createDemo': () => halls.createDemoHall(ctx),
  'hall.get': (i) => halls.getHall(ctx, i.id),
  'hall.list': async () => ({ items: await halls.listHalls(ctx) }),
  'hall.update': (i) => halls.updateHall(ctx, i.id, i.patch),
  'seating.setPlan': (i) => seating.setPlan(ctx, i.conferenceId, i.hallId, i.rules, i.confirmClear),
  'seating.autoAssign': (i) => seating.autoAssign(ctx, i.conferenceId, i.hallId, i.rules),
  'seating.list': (i) => seating.listSeating(ctx, i.conferenceId),
  'seating.move': (i) => seating.moveDelegate(ctx, i.conferenceId, i.delegateId, i.seatId),
  'seating.lock': (i) => seating.lockSeats(ctx, i.conferenceId, i.delegateIds, i.locked),
  'seating.clear': (i) => seating.clearSeating(ctx, i.conferenceId, i.block, i.keepLocked),
  'seating.undo': (i) => seating.undoSeating(ctx, i.conferenceId),
});
