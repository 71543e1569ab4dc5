import type { systemProcedures } from '../../../shared/api/procedures/system';
import { SCHEMA_VERSION } from '../../../db/migrations/index';
import { APP_VERSION } from '../kernel/version';
import type { AreaFactory } from '../kernel/context';

export const systemHandlers: AreaFactory<typeof systemProcedures> = (ctx) => ({
  'system.info': async (_i, caller) => ({
    version: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    dataDir: ctx.store.dataDir,
    role: caller.role,
  }),
});
