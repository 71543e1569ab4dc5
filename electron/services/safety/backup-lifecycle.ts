/**
 * The automatic backups tied to the app's life: at start (when there is something to keep) and on
 * quit (when something changed since start). Failures are logged, never block start or quit.
 */
import { backupStore } from './backup';
import type { ServiceContext } from '../kernel/context';
import { getHealth } from './store-health';

const hasData = (ctx: ServiceContext) =>
  (ctx.store.sqlite.prepare('select exists (select 1 from conferences)').pluck().get() as number) === 1;

/** @example await backupAtStart(ctx) — called by createCore after the integrity check. */
export async function backupAtStart(ctx: ServiceContext): Promise<string | null> {
  if (getHealth(ctx).readOnly || !hasData(ctx)) return null;
  try { return await backupStore(ctx, 'at-start'); } catch (e) {
    console.error('[ThuKy] sao lưu lúc khởi động thất bại:', e);
    return null;
  }
}

/** @example await backupOnQuit(ctx) — called by core.close(). */
export async function backupOnQuit(ctx: ServiceContext): Promise<string | null> {
  if (getHealth(ctx).readOnly || !ctx.store.sqlite.open) return null;
  const changed = (ctx.store.sqlite.prepare('select total_changes()').pluck().get() as number) > 0;
  if (!changed || !hasData(ctx)) return null;
  try { return await backupStore(ctx, 'on-quit'); } catch (e) {
    console.error('[ThuKy] sao lưu khi thoát thất bại:', e);
    return null;
  }
}
