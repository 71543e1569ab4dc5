/** Desks over HTTP: pairing with the PIN, station tokens and roles, revoke, PIN brute force. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import { PairLimiter } from '../../electron/host/pair-limiter';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

const TOKEN = 'admin-token-checkin';
let core: Core;
let app: FastifyInstance;
let conferenceId: string;

beforeAll(async () => {
  core = await freshCore();
  app = await createHost({ core, adminToken: TOKEN });
  conferenceId = (await call(core, 'conference.createDemo', {})).id;
});
afterAll(async () => { await app.close(); await core.close(); });

/** fastify inject: `ip` lets a test play several machines on the hall's network. */
async function post(proc: string, body: unknown, token: string | null = TOKEN, ip = '10.0.0.9') {
  const res = await app.inject({
    method: 'POST', url: `/api/${proc}`, remoteAddress: ip,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() };
}

async function pair(name: string, ip: string) {
  const { body: { pin } } = await post('station.pairingPin', {});
  return post('station.pair', { pin, name }, null, ip);
}

describe('station pairing and roles', () => {
  it('no token: 401 on every procedure except station.pair', async () => {
    expect((await post('checkin.stats', { conferenceId }, null)).status).toBe(401);
    expect((await post('checkin.mark', { conferenceId, code: 'AAAAAAAAAAAA' }, 'not-a-token')).status).toBe(401);
    expect((await post('station.pairingPin', {}, null)).status).toBe(401);
  });

  it('a desk pairs with the PIN and a name, checks in under its name, and is refused admin procedures (403)', async () => {
    const r = await pair('Bàn 1', '10.0.0.21');
    expect(r.status).toBe(200);
    const token = r.body.token as string;
    expect(token.length).toBeGreaterThan(20);
    const stored = core.store.sqlite.prepare('select token_hash from checkin_stations where name = ?').pluck().get('Bàn 1') as string;
    expect(stored).not.toContain(token);
    const { body: { items: [d] } } = await post('delegate.list', { conferenceId }, token);
    const m = await post('checkin.mark', { conferenceId, delegateId: d.id }, token);
    expect(m.status).toBe(200);
    expect(m.body.station).toBe('Bàn 1');
    for (const [proc, input] of [
      ['station.pairingPin', {}], ['station.list', {}], ['delegate.delete', { ids: [d.id] }],
      ['delegate.export', { conferenceId }], ['delegate.import', { conferenceId, fileName: 'a.csv', contentBase64: '' }],
      ['conference.update', { id: conferenceId, patch: { title: 'x' } }], ['checkin.audit', { conferenceId }],
      ['checkin.reportAttendance', { conferenceId, format: 'xlsx' }],
    ] as const) {
      expect((await post(proc, input, token)).status, proc).toBe(403);
    }
    const sse = await app.inject({ method: 'GET', url: `/api/events?token=nope` });
    expect(sse.statusCode).toBe(401);
  });

  it('a second desk cannot take a name in use; the host lists and revokes desks', async () => {
    expect((await pair('Bàn 1', '10.0.0.22')).status).toBe(409);
    const b2 = await pair('Bàn 2', '10.0.0.22');
    expect(b2.status).toBe(200);
    const list = await post('station.list', {});
    const row = list.body.items.find((s: { name: string }) => s.name === 'Bàn 2');
    expect(row.revoked).toBe(false);
    expect((await post('checkin.stats', { conferenceId }, b2.body.token)).status).toBe(200);
    expect((await post('station.revoke', { id: row.id })).status).toBe(200);
    expect((await post('checkin.stats', { conferenceId }, b2.body.token)).status).toBe(401);
    expect((await post('station.list', {})).body.items.find((s: { id: string }) => s.id === row.id).revoked).toBe(true);
  });

  it('PIN brute force: 429 after 5 wrong guesses from one address, and the PIN is voided for everyone', async () => {
    const { body: { pin } } = await post('station.pairingPin', {});
    const wrong = (n: number) => String((Number(pin) + n) % 1_000_000).padStart(6, '0');
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push((await post('station.pair', { pin: wrong(i), name: `X${i}` }, null, '10.0.0.66')).status);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429, 429]);
    // The right PIN from the same address is still refused: locked out.
    expect((await post('station.pair', { pin, name: 'X' }, null, '10.0.0.66')).status).toBe(429);
    // The old PIN is void even from another address; the host shows a new one, and a real desk pairs with it.
    expect((await post('station.pair', { pin, name: 'Bàn 3' }, null, '10.0.0.23')).status).toBe(403);
    const { body: fresh } = await post('station.pairingPin', {});
    expect(fresh.pin).not.toBe(pin);
    expect((await post('station.pair', { pin: fresh.pin, name: 'Bàn 3' }, null, '10.0.0.23')).status).toBe(200);
  });

  it('guesses spread over many addresses still void the PIN after 5', async () => {
    const { body: { pin } } = await post('station.pairingPin', {});
    for (let i = 1; i <= 5; i++) {
      const g = String((Number(pin) + i) % 1_000_000).padStart(6, '0');
      expect((await post('station.pair', { pin: g, name: 'Y' }, null, `10.1.0.${i}`)).status).toBe(403);
    }
    expect((await post('station.pair', { pin, name: 'Y' }, null, '10.1.0.99')).status).toBe(403);
  });

  it('the limiter lets an address try again after the window', () => {
    let t = 0;
    const l = new PairLimiter(2, 1000, () => t);
    l.fail('a'); l.fail('a');
    expect(l.blockedFor('a')).toBe(1000);
    expect(l.blockedFor('b')).toBe(0);
    t = 1001;
    expect(l.blockedFor('a')).toBe(0);
  });
});
