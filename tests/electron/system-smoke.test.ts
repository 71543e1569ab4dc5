/**
 * The Electron shell itself, with playwright-core's _electron: the window opens, the UI loads over
 * app://, a procedure round-trips over IPC, the LAN switch starts and stops the host, the CSP header
 * is sent, navigation away and new windows are refused. Runs where the Electron binary is installed
 * and a display exists (`npm run test:electron`); elsewhere it is skipped and says why.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { tempDir } from '../helpers/core';

const ROOT = path.resolve(__dirname, '../..');

function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules/electron');
  const txt = path.join(dir, 'path.txt');
  if (!fs.existsSync(txt)) return null;
  const bin = path.join(dir, 'dist', fs.readFileSync(txt, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

const BIN = electronBinary();
const SKIP = !BIN
  ? 'the Electron binary is not installed (node_modules/electron/dist; it cannot be downloaded here)'
  : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? 'no display (DISPLAY is not set; try xvfb-run)'
    : !fs.existsSync(path.join(ROOT, 'dist/electron/main.cjs'))
      ? 'dist/electron/main.cjs is missing: run npm run build first'
      : null;
if (SKIP) console.log(`[tests/electron] Electron smoke test skipped: ${SKIP}`);

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

describe.skipIf(!!SKIP)('the Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;
  const dataDir = tempDir('thuky-electron-');
  const invoke = (procedure: string, input: unknown) =>
    page.evaluate(([p, i]) => window.thuky!.invoke(p as never, i as never), [procedure, input] as const) as Promise<{
      ok: boolean;
      value?: any;
      error?: any;
    }>;

  beforeAll(async () => {
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({ executablePath: BIN!, args: [...sandbox, ROOT, '--data-dir', dataDir], cwd: ROOT });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens one window with the UI over app://', async () => {
    expect(page.url()).toMatch(/^app:\/\/thuky\//);
    await page.getByText('Hội nghị').first().waitFor();
    expect(await page.title()).toContain('ThuKy');
    expect(app.windows()).toHaveLength(1);
  });

  it('a procedure round-trips over IPC (the store is the one given by --data-dir)', async () => {
    const info = await invoke('system.info', {});
    expect(info).toMatchObject({ ok: true, value: { role: 'admin', dataDir } });
    const created = await invoke('conference.create', { title: 'Hội nghị thử Electron' });
    expect(created.ok).toBe(true);
    const list = await invoke('conference.list', {});
    expect(list.value.items.map((c: any) => c.title)).toContain('Hội nghị thử Electron');
    expect(fs.existsSync(path.join(dataDir, 'thuky.sqlite'))).toBe(true);
  });

  it('sends the CSP header with the UI', async () => {
    const csp = await page.evaluate(async () =>
      (await fetch('app://thuky/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it('the LAN switch on "Điểm danh" starts and stops the host in the app\'s own process', async () => {
    const { value } = await invoke('conference.createDemo', {});
    await page.evaluate((id) => {
      location.hash = `#/c/${id}/checkin`;
    }, value.id as string);
    await page.getByTestId('lan-off').waitFor();
    await page.getByText('Cho phép các bàn điểm danh kết nối (mạng LAN)').click();
    await expect.poll(async () => (await invoke('lan.status', {})).value.running).toBe(true);
    const { port } = (await invoke('lan.status', {})).value;
    await page.getByTestId('pairing-pin').waitFor();
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toContain('<div id="root">');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    await page.getByText('Cho phép các bàn điểm danh kết nối (mạng LAN)').click();
    await page.getByTestId('lan-off').waitFor();
    expect(await accepts(port)).toBe(false);
  });

  it('refuses navigation away and new windows', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    // The refusal leaves the page where it was; give a navigation the time it would take to start.
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/thuky\//);
    expect(app.windows()).toHaveLength(1);
    expect(await invoke('system.info', {})).toMatchObject({ ok: true });
  });
});
