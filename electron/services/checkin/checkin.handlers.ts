import type { checkinProcedures } from '../../../shared/api/procedures/checkin';
import * as checkin from './checkin';
import * as stats from './checkin-stats';
import * as stations from './stations';
import * as reports from './checkin-reports';
import type { AreaFactory } from '../kernel/context';

export const checkinHandlers: AreaFactory<typeof checkinProcedures> = (ctx) => ({
  'checkin.mark': (i, caller) => checkin.markCheckin(ctx, i, caller),
  'checkin.undo': (i, caller) => checkin.undoCheckin(ctx, i.conferenceId, i.delegateId, caller),
  'checkin.stats': (i) => stats.checkinStats(ctx, i.conferenceId),
  'checkin.walkIn': (i, caller) => checkin.walkInCheckin(ctx, i, caller),
  'checkin.substitute': (i, caller) => checkin.substituteCheckin(ctx, i, caller),
  'checkin.list': (i) => stats.listCheckins(ctx, i.conferenceId),
  'checkin.board': (i) => stats.checkinBoard(ctx, i.conferenceId, i.maxPrecedence),
  'checkin.fix': (i, caller) => checkin.fixAtDesk(ctx, i.delegateId, i.patch, caller),
  'checkin.logPrint': (i, caller) => checkin.logPrint(ctx, i.conferenceId, i.delegateId, i.what, caller),
  'checkin.audit': (i) => stats.checkinAudit(ctx, i.conferenceId, i.limit),
  'checkin.reportAttendance': (i) => reports.attendanceReport(ctx, i.conferenceId, i.format),
  'checkin.reportHeadCount': (i) => reports.headCountReport(ctx, i.conferenceId),
  'checkin.reportPresentDignitaries': (i) => reports.presentDignitariesReport(ctx, i.conferenceId, i.maxPrecedence),
  'station.pairingPin': async () => stations.pairingPin(ctx),
  'station.renewPin': async () => stations.renewPin(ctx),
  'station.pair': (i, caller) => stations.pairStation(ctx, i, caller),
  'station.list': () => stations.listStations(ctx),
  'station.revoke': (i) => stations.revokeStation(ctx, i.id),
});
