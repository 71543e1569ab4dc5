import type { lanProcedures } from '../../../shared/api/procedures/lan';
import { AppError } from '../../../shared/api/errors';
import type { AreaFactory } from '../kernel/context';
import { lanControl, lanOff, writeLanSetting, type LanControl } from './lan';
import type { ServiceContext } from '../kernel/context';

function controlOf(ctx: ServiceContext): LanControl {
  const control = lanControl(ctx);
  if (!control)
    throw new AppError('CONFLICT', 'Máy này không mở được mạng LAN cho bàn điểm danh (không có máy chủ HTTP đi kèm)');
  return control;
}

export const lanHandlers: AreaFactory<typeof lanProcedures> = (ctx) => ({
  'lan.status': async () => lanControl(ctx)?.status() ?? lanOff(),
  'lan.start': async ({ port }) => {
    const status = await controlOf(ctx).start(port);
    writeLanSetting(ctx.store.dataDir, { enabled: true, port: status.port });
    return status;
  },
  'lan.stop': async () => {
    const control = controlOf(ctx);
    const before = control.status();
    const status = await control.stop();
    writeLanSetting(ctx.store.dataDir, { enabled: false, port: before.port });
    return status;
  },
});
