/**
 * The LAN switch in Node: the controller a process attaches to its core, driven through lan.* as the
 * "Điểm danh" page does. A desk pairs and checks in over the LAN listener with a real HTTP client,
 * the switch goes off and the port is closed. Traffic goes to 127.0.0.1 only; that the listener is
 * on all interfaces is read from the kernel's table of listening sockets.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { createLanController, type LanController } from '../../electron/host/lan-controller';
import { attachLan, restoreLan } from '../../electron/services/lan';
import { call, callError, freshCore, tempDir, demoCore } from '../helpers/core';
import { acceptsOnLoopback, listeningAddresses } from '../helpers/net';

const TOKEN = 'lan-test-admin-token-0123456789';

async function post(port: number, procedure: string, body: unknown, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/${procedure}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * GET `url` the way a desk on the LAN asks for it (its Host header), but sent to 127.0.0.1 on the
 * same port: the listener and the host's checks see what the desk's request would bring.
 */
function getAsDesk(url: string) {
  const u = new URL(url);
  return new Promise<number>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: Number(u.port), path: u.pathname, headers: { host: u.host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

/** Opens the event stream as a desk; resolves `ended` when the host drops it. */
function openEvents(port: number, token: string) {
  return new Promise<{ ended: Promise<void> }>((resolve, reject) => {
    const req = http.get(`http://127.0.0.1:${port}/api/events?token=${encodeURIComponent(token)}`, (res) => {
      expect(res.statusCode).toBe(200);
      const ended = new Promise<void>((r) => {
        res.on('close', () => r());
        res.on('error', () => r());
      });
      res.once('data', () => resolve({ ended }));
      res.resume();
    });
    req.on('error', reject);
  });
}

const isLinux = fs.existsSync('/proc/net/tcp');

describe('the LAN switch in the desktop app (no listener until it is on)', () => {
  let core: Core;
  let lan: LanController;
  let conferenceId: string;

  beforeAll(async () => {
    ({ core, conferenceId } = await demoCore());
    lan = await createLanController({ core, adminToken: TOKEN, defaultPort: 0 });
    attachLan(core.ctx, lan);
  });
  afterAll(async () => {
    await lan.close();
    await core.close();
  });

  it('is off at first: no URL is offered', async () => {
    const s = await call(core, 'lan.status', {});
    expect(s).toMatchObject({ running: false, port: null, urls: [] });
    expect(s.addresses.every((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a) && !a.startsWith('127.'))).toBe(true);
  });

  it('on: listens on all interfaces, a desk pairs and checks in over it; off: the desk is cut off and the port closed', async () => {
    const s = await call(core, 'lan.start', {});
    expect(s.running).toBe(true);
    const port = s.port!;
    expect(port).toBeGreaterThan(0);
    expect(s.urls).toEqual(s.addresses.map((a) => `http://${a}:${port}/`));
    if (isLinux) expect(listeningAddresses(port)).toEqual(['0.0.0.0']);
    // Every URL shown answers (its request, carried over loopback, is accepted by the host's checks).
    for (const url of s.urls) expect(await getAsDesk(url)).toBe(200);
    expect(await getAsDesk(`http://thuky.example:${port}/`)).toBe(403);
    // Starting twice is harmless: the same listener.
    expect(await call(core, 'lan.start', {})).toEqual(s);
    expect(JSON.parse(fs.readFileSync(path.join(core.store.dataDir, 'lan.json'), 'utf8'))).toEqual({
      enabled: true,
      port,
    });

    // A desk: the PIN shown on the page, then its own token.
    const { pin } = await call(core, 'station.pairingPin', {});
    const paired = await post(port, 'station.pair', { pin, name: 'Bàn cửa chính', conferenceId });
    expect(paired.status).toBe(200);
    const deskToken = paired.body.token as string;
    const d = (await call(core, 'delegate.list', { conferenceId })).items[3];
    const mark = await post(port, 'checkin.mark', { conferenceId, delegateId: d.id }, deskToken);
    expect(mark.status).toBe(200);
    expect(mark.body).toMatchObject({ status: 'checked_in', station: 'Bàn cửa chính' });
    expect((await call(core, 'checkin.stats', { conferenceId })).present).toBe(1);
    // A desk may not open or close the hall's network.
    expect((await post(port, 'lan.stop', {}, deskToken)).status).toBe(403);
    expect((await post(port, 'lan.status', {})).status).toBe(401);

    const events = await openEvents(port, deskToken);
    const off = await call(core, 'lan.stop', {});
    expect(off).toMatchObject({ running: false, port: null, urls: [] });
    await events.ended;
    expect(await acceptsOnLoopback(port)).toBe(false);
    if (isLinux) expect(listeningAddresses(port)).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(core.store.dataDir, 'lan.json'), 'utf8'))).toEqual({
      enabled: false,
      port,
    });
    // Stopping twice is harmless too.
    expect((await call(core, 'lan.stop', {})).running).toBe(false);
  });

  it('takes the next free port when the asked one is busy', async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen({ host: '0.0.0.0', port: 0 }, () => r()));
    const taken = (busy.address() as net.AddressInfo).port;
    try {
      const s = await call(core, 'lan.start', { port: taken });
      expect(s.port).toBeGreaterThan(taken);
      expect(s.port).toBeLessThanOrEqual(taken + 20);
      expect(await acceptsOnLoopback(s.port!)).toBe(true);
      await call(core, 'lan.stop', {});
    } finally {
      busy.close();
    }
  });

  it('the choice is remembered: a new start with the same data folder reopens the LAN', async () => {
    const dataDir = tempDir();
    const first = await freshCore(dataDir);
    const lan1 = await createLanController({ core: first, adminToken: TOKEN, defaultPort: 0 });
    attachLan(first.ctx, lan1);
    const on = await call(first, 'lan.start', {});
    await lan1.close();
    await first.close();
    expect(await acceptsOnLoopback(on.port!)).toBe(false);

    const again = await freshCore(dataDir);
    const lan2 = await createLanController({ core: again, adminToken: TOKEN, defaultPort: 0 });
    attachLan(again.ctx, lan2);
    try {
      const restored = await restoreLan(again.ctx);
      expect(restored).toMatchObject({ running: true });
      expect(await call(again, 'lan.status', {})).toEqual(restored);
      expect((await post(restored!.port!, 'system.info', {}, TOKEN)).body.role).toBe('admin');
      await call(again, 'lan.stop', {});
    } finally {
      await lan2.close();
      await again.close();
    }
    // Off is remembered as well: nothing opens at the next start.
    const third = await freshCore(dataDir);
    const lan3 = await createLanController({ core: third, adminToken: TOKEN, defaultPort: 0 });
    attachLan(third.ctx, lan3);
    expect(await restoreLan(third.ctx)).toBeNull();
    expect(lan3.status().running).toBe(false);
    await lan3.close();
    await third.close();
  });
});

describe('the LAN switch in the host CLI (the admin on 127.0.0.1 keeps working)', () => {
  it('loopback host: lan.start adds a listener on all interfaces, lan.stop removes only that one', async () => {
    const core = await freshCore();
    const lan = await createLanController({ core, adminToken: TOKEN, defaultPort: 0 });
    attachLan(core.ctx, lan);
    try {
      const home = await lan.openLoopback(0);
      if (isLinux) expect(listeningAddresses(home)).toEqual(['127.0.0.1']);
      expect((await post(home, 'lan.status', {}, TOKEN)).body).toMatchObject({ running: false, urls: [] });
      const on = (await post(home, 'lan.start', {}, TOKEN)).body;
      expect(on.running).toBe(true);
      expect(on.port).not.toBe(home);
      if (isLinux) expect(listeningAddresses(on.port)).toEqual(['0.0.0.0']);
      const off = await post(home, 'lan.stop', {}, TOKEN);
      expect(off.body).toMatchObject({ running: false, urls: [] });
      expect(await acceptsOnLoopback(on.port)).toBe(false);
      expect((await post(home, 'system.info', {}, TOKEN)).body.role).toBe('admin');
    } finally {
      await lan.close();
      await core.close();
    }
  });

  it('host --lan: one port for admin and desks; off from the admin page keeps 127.0.0.1 on it, on again takes it back', async () => {
    const core = await freshCore();
    const lan = await createLanController({ core, adminToken: TOKEN });
    attachLan(core.ctx, lan);
    try {
      const port = await lan.openLoopback(0, true);
      expect(lan.status()).toMatchObject({ running: true, port });
      if (isLinux) expect(listeningAddresses(port)).toEqual(['0.0.0.0']);
      const off = await post(port, 'lan.stop', {}, TOKEN);
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ running: false, urls: [] });
      if (isLinux) expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
      expect((await post(port, 'system.info', {}, TOKEN)).body.role).toBe('admin');
      // On again from the admin page: the desks get the same port back, the admin keeps it too.
      const on = await post(port, 'lan.start', {}, TOKEN);
      expect(on.body).toMatchObject({ running: true, port });
      if (isLinux) expect(listeningAddresses(port)).toEqual(['0.0.0.0']);
      expect((await post(port, 'system.info', {}, TOKEN)).body.role).toBe('admin');
    } finally {
      await lan.close();
      await core.close();
    }
  });
});

describe('without a controller (a core on its own)', () => {
  it('lan.status says off; lan.start says why it cannot', async () => {
    const core = await freshCore();
    try {
      expect(await call(core, 'lan.status', {})).toMatchObject({ running: false, urls: [] });
      const err = await callError(core, 'lan.start', {});
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toContain('mạng LAN');
      expect((await callError(core, 'lan.start', {}, 'desk')).code).toBe('FORBIDDEN');
    } finally {
      await core.close();
    }
  });
});
