/**
 * `npm run host -- --data-dir DIR --port N [--lan]`: the core without Electron, for the LAN and for
 * automation. Prints one line "ThuKy host: http://127.0.0.1:N/#token=…" (the token in the fragment:
 * the browser never sends it, and the page moves it out of the address at once).
 */
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/core';
import { attachLan, restoreLan } from '../services/lan';
import { createLanController } from './lan-controller';
import { assertAdminToken } from './auth';

export interface HostArgs {
  dataDir: string;
  port: number;
  lan: boolean;
  staticDir: string;
}

export function parseHostArgs(argv: string[], here = path.dirname(fileURLToPath(import.meta.url))): HostArgs {
  const args: HostArgs = {
    dataDir: process.env.THUKY_DATA_DIR || path.join(os.homedir(), '.thuky'),
    port: 8787,
    lan: false,
    staticDir: path.resolve(here, '../renderer'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`Thiếu giá trị sau ${a} / missing value after ${a}`);
      return v;
    };
    if (a === '--data-dir') args.dataDir = path.resolve(value());
    else if (a === '--port') args.port = Number(value());
    else if (a === '--lan') args.lan = true;
    else if (a === '--static-dir') args.staticDir = path.resolve(value());
    else throw new Error(`Tham số không hiểu: ${a} / unknown argument: ${a}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error(`Cổng không hợp lệ: ${args.port}`);
  return args;
}

async function main() {
  const started = performance.now();
  const args = parseHostArgs(process.argv.slice(2));
  const token = process.env.THUKY_ADMIN_TOKEN || crypto.randomBytes(24).toString('base64url');
  assertAdminToken(token);
  const core = await createCore({ dataDir: args.dataDir });
  // One controller owns the listeners: 127.0.0.1 for the admin, 0.0.0.0 for the desks (--lan, or
  // the switch on the "Điểm danh" page; remembered in the data folder).
  const lan = await createLanController({ core, adminToken: token, staticDir: args.staticDir });
  attachLan(core.ctx, lan);
  const port = await lan.openLoopback(args.port, args.lan);
  await restoreLan(core.ctx);
  console.log(`ThuKy host: http://127.0.0.1:${port}/#token=${token}`);
  for (const url of lan.status().urls) console.log(`  LAN: ${url}`);
  console.log(`  Dữ liệu / data: ${core.store.file} · sẵn sàng sau ${Math.round(performance.now() - started)} ms`);
  const stop = async () => {
    await lan.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`ThuKy host không khởi động được / failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
