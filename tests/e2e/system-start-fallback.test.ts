/**
 * `npm start` where Electron cannot start (here: its binary was never downloaded; elsewhere forced
 * with THUKY_NO_ELECTRON): one Vietnamese + English line, then the same app as the host on
 * 127.0.0.1 with Electron's default store (or --data-dir), the usual "ThuKy host:" line, no browser
 * with BROWSER=none, and no stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { ROOT } from './harness';

const electronMissing = !fs.existsSync(path.join(ROOT, 'node_modules/electron/path.txt'));
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill('SIGTERM');
  child = null;
});

/** Runs scripts/start.mjs until the host line; returns the output so far and the URL. */
function start(args: string[], env: Record<string, string>) {
  child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      BROWSER: 'none',
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ...(electronMissing ? {} : { THUKY_NO_ELECTRON: '1' }),
      ...env,
    },
  });
  let out = '';
  return new Promise<{ out: string; url: URL }>((resolve, reject) => {
    const grab = (c: Buffer) => {
      out += c;
      const m = out.match(/^ThuKy host: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m);
      if (m) resolve({ out, url: new URL(m[1]) });
    };
    child!.stdout!.on('data', grab);
    child!.stderr!.on('data', grab);
    child!.on('exit', (code) => reject(new Error(`start.mjs exited ${code}: ${out}`)));
  });
}

async function info(url: URL) {
  const res = await fetch(`${url.origin}/api/system.info`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${new URLSearchParams(url.hash.slice(1)).get('token')}`,
    },
    body: '{}',
  });
  return (await res.json()) as { dataDir: string; role: string };
}

describe('npm start without an Electron window', () => {
  it('says so in one line, then serves the app on 127.0.0.1 with --data-dir honoured', async () => {
    const dataDir = tempDir('thuky-start-');
    const { out, url } = await start(['--data-dir', dataDir], {});
    const line = out.split('\n').filter((l) => l.includes('không mở được cửa sổ ứng dụng'));
    expect(line).toHaveLength(1);
    expect(line[0]).toContain('cannot open the app window: running it in the browser');
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).not.toContain('Error');
    expect(await info(url)).toEqual(expect.objectContaining({ dataDir, role: 'admin' }));
    const page = await fetch(`${url.origin}/`);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('an Electron that exits at once (no display, missing libraries): the same fallback, with its first error line', async () => {
    const dir = tempDir('thuky-fake-electron-');
    const fake = path.join(dir, 'electron');
    fs.writeFileSync(fake, '#!/bin/sh\necho "Missing X server or $DISPLAY" >&2\nexit 1\n', { mode: 0o755 });
    const { out, url } = await start(['--data-dir', tempDir('thuky-start-')], {
      THUKY_ELECTRON_BIN: fake,
      DISPLAY: ':99',
      THUKY_NO_ELECTRON: '',
    });
    const line = out.split('\n').filter((l) => l.includes('không mở được cửa sổ ứng dụng'));
    expect(line).toHaveLength(1);
    expect(line[0]).toContain('Electron thoát ngay (mã 1)');
    expect(line[0]).toContain('Missing X server');
    expect((await info(url)).role).toBe('admin');
  });

  it('no display on Linux: does not even try the window', async () => {
    const dir = tempDir('thuky-fake-electron-');
    const fake = path.join(dir, 'electron');
    fs.writeFileSync(fake, `#!/bin/sh\ntouch "${dir}/ran"\nexit 0\n`, { mode: 0o755 });
    const env: Record<string, string> = {
      THUKY_ELECTRON_BIN: fake,
      THUKY_NO_ELECTRON: '',
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
    };
    const { out } = await start(['--data-dir', tempDir('thuky-start-')], env);
    if (process.platform === 'linux') {
      expect(out).toContain('không có màn hình (DISPLAY) / no display');
      expect(fs.existsSync(path.join(dir, 'ran'))).toBe(false);
    }
  });

  it('without --data-dir uses the store Electron would use (the user data folder "ThuKy")', async () => {
    const config = tempDir('thuky-xdg-');
    const { url } = await start([], { XDG_CONFIG_HOME: config });
    expect((await info(url)).dataDir).toBe(path.join(config, 'ThuKy'));
  });
});
