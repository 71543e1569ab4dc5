/**
 * Issue 16, the transport, as attacks from other machines on the hall's LAN (127.0.0.x sources
 * against a real host on loopback): big bodies without a token while a desk works, a cross-origin
 * no-cors POST, `?token=` on a POST, a foreign Host (DNS rebinding), a revoked desk's event
 * stream, refused static paths, expired browser sessions, short admin tokens.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { createHost } from '../../electron/host/server';
import { issueSession, SESSION_TTL_MS } from '../../electron/host/auth';
import { largeBodyProcedures } from '../../electron/host/limits';
import { call, freshCore, tempDir } from '../helpers/core';
import { api, percentile, request, startLanHost, type Lan } from '../helpers/lan';

const ADMIN = 'security-admin-token-0002';
let core: Core;
let lan: Lan;
let conferenceId: string;
let desk: { token: string; stationId: string };

beforeAll(async () => {
  core = await freshCore();
  const staticDir = tempDir('thuky-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ThuKy</title>');
  fs.writeFileSync(path.join(staticDir, '.env'), 'SECRET=1');
  lan = await startLanHost(core, ADMIN, staticDir);
  conferenceId = (await call(core, 'conference.createDemo', {})).id;
  const { pin } = await call(core, 'station.pairingPin', {});
  desk = (await api(lan, 'station.pair', { pin, name: 'Bàn 1', conferenceId }, null, '127.0.0.2')).json;
});
afterAll(async () => {
  await lan.close();
  await core.close();
});

const conferences = async () => (await call(core, 'conference.list', {})).items.length;

describe('bodies and tokens', () => {
  it('big bodies without a token are refused before they are read; a desk keeps working meanwhile', async () => {
    const big = Buffer.alloc(39 * 1024 * 1024, 'a');
    const quiet: number[] = [];
    for (let i = 0; i < 40; i++)
      quiet.push(
        (await api(lan, 'delegate.search', { conferenceId, query: 'nguyen', limit: 8 }, desk.token, '127.0.0.2')).ms,
      );
    const rssBefore = process.memoryUsage().rss;
    const deskTimes: number[] = [];
    let flooding = true;
    const deskWork = (async () => {
      const statuses: number[] = [];
      while (flooding || statuses.length < 40) {
        const r = await api(
          lan,
          'delegate.search',
          { conferenceId, query: 'nguyen', limit: 8 },
          desk.token,
          '127.0.0.2',
        );
        statuses.push(r.status);
        deskTimes.push(r.ms);
      }
      return statuses;
    })();
    const wave = () =>
      Promise.all(
        Array.from({ length: 10 }, (_, k) =>
          request(lan, {
            from: `127.0.0.${30 + k}`,
            path: k % 2 ? '/api/delegate.import' : '/api/station.pair',
            body: big,
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      );
    const flood = [...(await wave()), ...(await wave()), ...(await wave())];
    flooding = false;
    const deskStatuses = await deskWork;
    // Imports answer 401 (no token, checked in onRequest); pairing answers 413 (1 KB limit) — or the
    // connection is closed on the sender mid-body (-1). Never a 200, never a 500.
    console.log(`[security] 3 × 10 × 39 MB without a token: ${flood.map((r) => r.status).join(' ')}`);
    for (const [k, r] of flood.entries())
      expect(k % 2 ? [401, -1] : [413, -1], `${k}: ${r.text.slice(0, 100)}`).toContain(r.status);
    expect(flood.filter((r) => r.status === 401 || r.status === 413).length).toBeGreaterThan(0);
    expect(deskStatuses.every((s) => s === 200)).toBe(true);
    const p95 = percentile(deskTimes, 95);
    console.log(
      `[security] desk delegate.search, quiet: p50 ${percentile(quiet, 50).toFixed(1)} ms, p95 ${percentile(quiet, 95).toFixed(1)} ms; ` +
        `during 3 × 10 × 39 MB unauthenticated bodies: n=${deskTimes.length}, p50 ${percentile(deskTimes, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ` +
        `host process RSS +${Math.round((process.memoryUsage().rss - rssBefore) / 1048576)} MB (host and senders share this process)`,
    );
  });

  it('per-route limits: 1 KB for station.pair, 1 MB by default, 40 MB only for files', async () => {
    console.log(`[security] 40 MB routes: ${largeBodyProcedures().join(', ')}`);
    expect(largeBodyProcedures().every((p) => /import|attach/i.test(p))).toBe(true);
    expect(largeBodyProcedures()).toEqual(
      expect.arrayContaining(['delegate.import', 'conference.importFile', 'speech.attach']),
    );
    const pair = await api(
      lan,
      'station.pair',
      { pin: '123456', name: 'x'.repeat(2000), conferenceId },
      null,
      '127.0.0.40',
    );
    expect(pair.status).toBe(413);
    expect(pair.json.error.code).toBe('PAYLOAD_TOO_LARGE');
    const create = await api(lan, 'conference.create', { title: 'x', notes: 'x'.repeat(1_200_000) }, ADMIN);
    expect(create.status).toBe(413);
    expect(create.json.error.message).toContain('1 MB');
    // An import of 2 MB passes the limit (and fails on its content, not its size).
    const imp = await api(
      lan,
      'delegate.import',
      { conferenceId, fileName: 'a.csv', contentBase64: Buffer.alloc(1_600_000, 'x').toString('base64') },
      ADMIN,
    );
    expect(imp.status).not.toBe(413);
  });

  it('a cross-origin no-cors POST (text/plain, ?token=) creates nothing', async () => {
    const before = await conferences();
    const noCors = await request(lan, {
      from: '127.0.0.41',
      path: `/api/conference.create?token=${ADMIN}`,
      body: JSON.stringify({ title: 'Của trang lạ' }),
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'http://evil.example' },
    });
    expect(noCors.status).toBe(403);
    const noOrigin = await request(lan, {
      from: '127.0.0.41',
      path: `/api/conference.create?token=${ADMIN}`,
      body: JSON.stringify({ title: 'Của trang lạ' }),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(noOrigin.status).toBe(415);
    // JSON with ?token= and no header: the token in the address is not accepted on a POST.
    const query = await request(lan, {
      path: `/api/conference.create?token=${ADMIN}`,
      body: '{"title":"x"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(query.status).toBe(401);
    // Even with the right token, another origin is refused; the same origin is fine.
    const foreign = await request(lan, {
      path: '/api/conference.create',
      body: '{"title":"x"}',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN}`, Origin: 'null' },
    });
    expect(foreign.status).toBe(403);
    expect(await conferences()).toBe(before);
    const same = await request(lan, {
      path: '/api/conference.create',
      body: '{"title":"Cùng nguồn"}',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN}`, Origin: lan.origin },
    });
    expect(same.status).toBe(200);
  });

  it("a foreign Host header (DNS rebinding) is refused; 127.0.0.1, localhost and the machine's own addresses pass", async () => {
    for (const host of [
      'evil.example',
      `evil.example:${lan.port}`,
      `127.0.0.1:${lan.port + 1}`,
      `thuky.attacker.test:${lan.port}`,
    ]) {
      const r = await request(lan, { method: 'GET', path: '/', headers: { Host: host } });
      expect(r.status, host).toBe(403);
      const p = await request(lan, {
        path: '/api/station.pair',
        body: '{}',
        headers: { Host: host, 'Content-Type': 'application/json' },
      });
      expect(p.status, host).toBe(403);
    }
    const own = Object.values(os.networkInterfaces())
      .flat()
      .filter((n) => n && n.family === 'IPv4')
      .map((n) => n!.address);
    for (const host of ['127.0.0.1', 'localhost', os.hostname(), ...own]) {
      const r = await request(lan, { method: 'GET', path: '/', headers: { Host: `${host}:${lan.port}` } });
      expect(r.status, host).toBe(200);
    }
  });

  it("a revoked desk's open event stream is closed at once", async () => {
    const { pin } = await call(core, 'station.pairingPin', {});
    const d = (await api(lan, 'station.pair', { pin, name: 'Bàn sắp thu hồi', conferenceId }, null, '127.0.0.42')).json;
    const ended = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: lan.port,
          localAddress: '127.0.0.42',
          path: `/api/events?token=${encodeURIComponent(d.token)}`,
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          let buf = '';
          res.on('data', (c) => {
            buf += c;
            if (buf.includes(': connected')) void call(core, 'station.revoke', { id: d.stationId });
          });
          res.on('close', () => resolve(buf));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve('reset') : reject(e)));
    });
    expect(ended === 'reset' || ended.includes(': connected')).toBe(true);
    const again = await request(lan, { method: 'GET', path: `/api/events?token=${encodeURIComponent(d.token)}` });
    expect(again.status).toBe(401);
  });
});

describe('what a desk gets, status codes, sessions', () => {
  it("a desk's event stream carries its own conference's changes, not another's", async () => {
    const other = await call(core, 'conference.create', { title: 'Hội nghị bên cạnh' });
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: lan.port,
          localAddress: '127.0.0.2',
          path: '/api/events',
          headers: { Authorization: `Bearer ${desk.token}` },
        },
        (res) => {
          let buf = '';
          res.on('data', async (c) => {
            const connected = !buf;
            buf += c;
            if (connected) {
              await call(core, 'delegate.create', {
                conferenceId: other.id,
                delegate: { fullName: 'Người hội nghị khác' },
              });
              await call(core, 'delegate.create', { conferenceId, delegate: { fullName: 'Người hội nghị này' } });
            }
            const m = buf.match(/data: (.*)\n\n/);
            if (m) {
              req.destroy();
              resolve(m[1]);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(JSON.parse(first)).toMatchObject({ procedure: 'delegate.create', conferenceId });
  });

  it('a desk sees its own conference only, without phones, emails, notes or the data folder', async () => {
    const other = await call(core, 'conference.create', { title: 'Hội nghị khác' });
    await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Lê Văn Riêng', phone: '0912345678', email: 'rieng@example.vn', note: 'ghi chú' },
    });
    const list = await api(lan, 'delegate.list', { conferenceId }, desk.token, '127.0.0.2');
    const text = JSON.stringify(list.json);
    expect(text).toContain('Lê Văn Riêng');
    for (const secret of ['0912345678', 'rieng@example.vn', 'ghi chú']) expect(text).not.toContain(secret);
    expect((await api(lan, 'delegate.list', { conferenceId: other.id }, desk.token, '127.0.0.2')).status).toBe(403);
    expect((await api(lan, 'conference.get', { id: other.id }, desk.token, '127.0.0.2')).status).toBe(403);
    expect(
      (await api(lan, 'conference.list', {}, desk.token, '127.0.0.2')).json.items.map((c: { id: string }) => c.id),
    ).toEqual([conferenceId]);
    expect((await api(lan, 'system.info', {}, desk.token, '127.0.0.2')).json.dataDir).toBe('');
    expect((await api(lan, 'invitation.register', { conferenceId }, desk.token, '127.0.0.2')).status).toBe(403);
  });

  it('refused static paths answer 4xx, not 500', async () => {
    for (const p of ['/.env', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00', '/.git/config', '/%ZZ']) {
      const r = await request(lan, { method: 'GET', path: p });
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
      expect(r.text).not.toContain('SECRET=1');
    }
  });

  it('a browser session from the admin token works, then expires', async () => {
    const s = await request(lan, {
      path: '/auth/session',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN}` },
    });
    expect(s.status).toBe(200);
    expect((await api(lan, 'conference.list', {}, s.json.token)).status).toBe(200);
    // A session cannot mint another, nor can a desk.
    expect(
      (
        await request(lan, {
          path: '/auth/session',
          body: '{}',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.json.token}` },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(lan, {
          path: '/auth/session',
          body: '{}',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${desk.token}` },
        })
      ).status,
    ).toBe(403);
    const old = issueSession(ADMIN, Date.now() - SESSION_TTL_MS - 1000);
    const r = await api(lan, 'conference.list', {}, old.token);
    expect(r.status).toBe(401);
    expect(r.json.error.message).toContain('hết hạn');
    const forged = issueSession('another-admin-token-xx').token;
    expect((await api(lan, 'conference.list', {}, forged)).status).toBe(401);
  });

  it('an admin token shorter than 16 characters is refused with a message', async () => {
    await expect(createHost({ core, adminToken: 'secret' })).rejects.toThrow(/quá ngắn.*16/);
  });
});
