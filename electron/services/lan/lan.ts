/**
 * The LAN switch, seen from the services: the process that owns the transports (Electron's main
 * process, the host CLI) attaches its controller to the context; the handlers only talk to this
 * interface, so `lan.*` behaves the same in both and is tested in plain Node. The user's choice
 * (on/off, port) is a small file in the data folder, restored at the next start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceContext } from '../kernel/context';

export interface LanStatus {
  running: boolean;
  port: number | null;
  addresses: string[];
  urls: string[];
}

export interface LanControl {
  status(): LanStatus;
  /** Opens the listener on all interfaces; already open = the same status. */
  start(port?: number): Promise<LanStatus>;
  stop(): Promise<LanStatus>;
}

export const LAN_DEFAULT_PORT = 8787;
const SETTINGS_FILE = 'lan.json';

/** The machine's IPv4 addresses on its networks (loopback and link-local left out). */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter(
      (n): n is os.NetworkInterfaceInfo =>
        !!n && n.family === 'IPv4' && !n.internal && !n.address.startsWith('169.254.'),
    )
    .map((n) => n.address);
}

export const lanUrls = (addresses: string[], port: number) => addresses.map((a) => `http://${a}:${port}/`);

/** What lan.status says where no controller is attached (a core in a test, a script). */
export const lanOff = (): LanStatus => ({ running: false, port: null, addresses: lanAddresses(), urls: [] });

/** @example attachLan(core.ctx, controller); // by the process that owns the listeners */
export function attachLan(ctx: ServiceContext, control: LanControl) {
  ctx.state.lan.control = control;
}

export const lanControl = (ctx: ServiceContext): LanControl | null => ctx.state.lan.control;

export interface LanSetting {
  enabled: boolean;
  port: number | null;
}

/** The remembered choice; a missing or unreadable file = off. */
export function readLanSetting(dataDir: string): LanSetting {
  try {
    const v = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as Partial<LanSetting>;
    return { enabled: v.enabled === true, port: Number.isInteger(v.port) ? (v.port as number) : null };
  } catch {
    return { enabled: false, port: null };
  }
}

export function writeLanSetting(dataDir: string, setting: LanSetting) {
  const file = path.join(dataDir, SETTINGS_FILE);
  fs.writeFileSync(file + '.partial', JSON.stringify(setting) + '\n');
  fs.renameSync(file + '.partial', file);
}

/**
 * At start, after attachLan: reopens the LAN if the user left it on. A failure (the port taken by
 * another program…) is reported and leaves the switch off rather than stopping the app.
 * @example await restoreLan(core.ctx);
 */
export async function restoreLan(ctx: ServiceContext): Promise<LanStatus | null> {
  const control = lanControl(ctx);
  const setting = readLanSetting(ctx.store.dataDir);
  if (!control || !setting.enabled) return null;
  try {
    return await control.start(setting.port ?? undefined);
  } catch (e) {
    console.error(
      `[ThuKy] không mở lại được mạng LAN / could not reopen the LAN: ${e instanceof Error ? e.message : String(e)}`,
    );
    return null;
  }
}
