/**
 * The LAN switch on "Điểm danh" in Chromium through the host: off, the page offers the switch and
 * no address; on, every LAN address appears as a desk URL with a QR, and the PIN; a desk pairs and
 * checks in through the LAN listener; off again, the desk loses the host and the port is closed.
 * Traffic goes to 127.0.0.1 only: the addresses shown are checked against the listener, which the
 * kernel's table shows bound to 0.0.0.0, and the desk reaches the same port on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tempDir } from '../helpers/core';
import { acceptsOnLoopback, listeningAddresses } from '../helpers/net';
import { ROOT, api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let desk: { context: BrowserContext; page: Page } | null = null;
const SWITCH = 'Cho phép các bàn điểm danh kết nối (mạng LAN)';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
});
afterAll(async () => {
  await desk?.context.close().catch(() => {});
  await api(host, 'lan.stop', {}).catch(() => {});
  await closeSession(host, b);
});

describe('the LAN switch on "Điểm danh"', () => {
  it('off: says the desks cannot connect, offers the switch, shows no address and no PIN', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin`);
    await expect.poll(() => page.getByTestId('lan-off').innerText()).toContain('chưa kết nối được');
    expect(await page.getByTestId('lan-switch').isChecked()).toBe(false);
    expect(await page.getByTestId('lan-url').count()).toBe(0);
    expect(await page.getByTestId('pairing-pin').count()).toBe(0);
    expect(await page.getByTestId('lan-panel').innerText()).toContain('Tường lửa Windows Defender');
    await shot(page, 'lan-01-off');
  });

  it('on: the addresses as desk URLs with QR codes, the PIN; the listener is on all interfaces and serves a desk', async () => {
    const { page } = b;
    await page.getByText(SWITCH).click();
    await expect.poll(() => page.getByTestId('lan-switch').isChecked()).toBe(true);
    const status = await api(host, 'lan.status', {});
    expect(status.running).toBe(true);
    const port = status.port as number;
    expect(port).not.toBe(Number(new URL(host.origin).port));
    const expected = status.addresses.map((a: string) => `http://${a}:${port}/#/c/${conferenceId}/checkin/desk`);
    await expect.poll(() => page.getByTestId('lan-url').allInnerTexts()).toEqual(expected);
    expect(await page.locator('.lan-url img').count()).toBe(expected.length);
    const pin = page.getByTestId('pairing-pin');
    await expect.poll(() => pin.innerText()).toMatch(/^\d{6}$/);
    expect(await page.getByTestId('lan-on').innerText()).toContain('Để dừng');
    const bound = listeningAddresses(port);
    if (bound) expect(bound).toEqual(['0.0.0.0']);
    await shot(page, 'lan-02-on');

    // A desk on the LAN port (reached on 127.0.0.1): the UI, pairing by the PIN shown, a check-in.
    const lanOrigin = `http://127.0.0.1:${port}`;
    const context = await b.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    await context.route('**/*', (r) =>
      r.request().url().startsWith(lanOrigin) ? r.continue() : (b.external.push(r.request().url()), r.abort()),
    );
    desk = { context, page: await context.newPage() };
    await desk.page.goto(`${lanOrigin}/#/c/${conferenceId}/checkin/desk`);
    await desk.page.getByTestId('pair-pin').fill(await pin.innerText());
    await desk.page.getByTestId('pair-name').fill('Bàn LAN');
    await desk.page.getByTestId('pair-submit').click();
    await desk.page.getByTestId('desk-box').waitFor();
    const d = (await api(host, 'delegate.list', { conferenceId })).items[7];
    await desk.page.getByTestId('desk-box').fill(d.code);
    await desk.page.getByTestId('desk-box').press('Enter');
    await expect.poll(() => desk!.page.getByTestId('desk-feedback').innerText()).toContain(d.fullName);
    expect((await api(host, 'checkin.list', { conferenceId })).items.map((x: any) => x.station)).toEqual(['Bàn LAN']);
    await expect.poll(() => page.getByTestId('stations').innerText()).toContain('Bàn LAN');
    await expect.poll(() => page.getByTestId('admin-present').innerText()).toBe('1');
    await shot(page, 'lan-03-desk-paired');
  });

  it('off: the port closes, the desk shows it lost the host, the page offers the switch again', async () => {
    const { page } = b;
    const port = (await api(host, 'lan.status', {})).port as number;
    await page.getByText(SWITCH).click();
    await expect.poll(() => page.getByTestId('lan-off').innerText()).toContain('chưa kết nối được');
    expect(await page.getByTestId('lan-url').count()).toBe(0);
    expect(await acceptsOnLoopback(port)).toBe(false);
    const bound = listeningAddresses(port);
    if (bound) expect(bound).toEqual([]);
    await expect.poll(() => desk!.page.getByTestId('desk-net').innerText()).toContain('MẤT KẾT NỐI');
    await shot(desk!.page, 'lan-04-desk-lost');
    // The admin's own page (127.0.0.1, the host's port) keeps working.
    expect((await api(host, 'lan.status', {})).running).toBe(false);
    expect(b.external).toEqual([]);
  });
});

describe('npm run host -- --lan', () => {
  it('is the same controller started at launch: all interfaces on --port, the LAN URLs printed, lan.status on', async () => {
    const proc = spawn(
      process.execPath,
      [path.join(ROOT, 'dist/host/cli.js'), '--data-dir', tempDir('thuky-e2e-lan-'), '--port', '0', '--lan'],
      {
        env: { ...process.env, THUKY_ADMIN_TOKEN: 'e2e-lan-token-0123456789' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        proc.stdout!.on('data', (c) => {
          out += c;
          if (/Dữ liệu \/ data:/.test(out)) resolve();
        });
        proc.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
      });
      const port = Number(/^ThuKy host: http:\/\/127\.0\.0\.1:(\d+)\//m.exec(out)![1]);
      const bound = listeningAddresses(port);
      if (bound) expect(bound).toEqual(['0.0.0.0']);
      const res = await fetch(`http://127.0.0.1:${port}/api/lan.status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer e2e-lan-token-0123456789' },
        body: '{}',
      });
      const status = await res.json();
      expect(status).toMatchObject({ running: true, port });
      expect(out.match(/^ {2}LAN: (\S+)$/gm)?.map((l) => l.trim().slice(5)) ?? []).toEqual(status.urls);
    } finally {
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      });
    }
  });
});
