import type { safetyProcedures } from '../../../shared/api/procedures/safety';
import * as backup from './backup';
import { listBackups } from './backup-list';
import { restoreBackup } from './restore';
import { getHealth } from './store-health';
import { exportConference } from './conference-file/export';
import { importConferenceFile } from './conference-file/import';
import { previewConferenceFile } from './conference-file/preview';
import { listAudit } from './audit';
import type { AreaFactory } from '../kernel/context';

export const safetyHandlers: AreaFactory<typeof safetyProcedures> = (ctx) => ({
  'backup.create': async () => backup.createBackupNow(ctx),
  'backup.list': async () => ({
    ...listBackups(ctx),
    keepLast: backup.KEEP_LAST,
    keepDailyDays: backup.KEEP_DAILY_DAYS,
    health: getHealth(ctx),
  }),
  'backup.restore': (i) => restoreBackup(ctx, i.id),
  'backup.setFolder': async (i) => backup.setBackupFolder(ctx, i.folder),
  'conference.export': (i) => exportConference(ctx, i.conferenceId),
  'conference.importPreview': async (i) => previewConferenceFile(ctx, i),
  'conference.importFile': (i) => importConferenceFile(ctx, i),
  'audit.list': async (i) => ({ items: await listAudit(ctx, i.conferenceId, i.delegateId, i.limit) }),
});
