/**
 * Backups with SQLite's online backup API (never a file copy of a live database).
 * Taken before every import and bulk change; kept in <dataDir>/backups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../../db/database';
import type { ServiceContext } from './context';

export const backupDir = (ctx: ServiceContext) => path.join(ctx.store.dataDir, 'backups');

/**
 * @example const file = await backupStore(ctx, 'before-import');
 */
export async function backupStore(ctx: ServiceContext, reason: string): Promise<string> {
  const dir = backupDir(ctx);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${fileStamp()}-${reason.replace(/[^a-z0-9-]/gi, '_')}.sqlite`);
  await ctx.store.sqlite.backup(file);
  return file;
}
