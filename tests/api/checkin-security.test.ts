/** Desks over HTTP: pairing with the PIN, station tokens and roles, revoke, wrong PINs (issue 16: never voiding the PIN). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import { PairBudget, BURST, OWN_TRIES, REFILL_MS } from '../../electron/services/checkin/pair-budget';
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
afterAll(async () => {
  await app.close();
  await core.close();
});

/** fastify inject: `ip` lets a test play several machines on the hall's network. */
async function post(proc: string, body: unknown, token: string | null = TOKEN, ip = '10.0.0.9') {
  const res = await app.inject({
    method: 'POST',
    url: `/api/${proc}`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() };
}

async function pair(name: string, ip: string) {
  const {
    body: { pin },
  } = await post('station.pairingPin', {});
  return post('station.pair', { pin, name, conferenceId }, null, ip);
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
    const stored = core.store.sqlite
      .prepare('select token_hash from checkin_stations where name = ?')
      .pluck()
      .get('Bàn 1') as string;
    expect(stored).not.toContain(token);
    const {
      body: {
        items: [d],
      },
    } = await post('delegate.list', { conferenceId }, token);
    const m = await post('checkin.mark', { conferenceId, delegateId: d.id }, token);
    expect(m.status).toBe(200);
    expect(m.body.station).toBe('Bàn 1');
    for (const [proc, input] of [
      ['station.pairingPin', {}],
      ['station.list', {}],
      ['delegate.delete', { ids: [d.id] }],
      ['delegate.export', { conferenceId }],
      ['delegate.import', { conferenceId, fileName: 'a.csv', contentBase64: '' }],
      ['conference.update', { id: conferenceId, patch: { title: 'x' } }],
      ['checkin.audit', { conferenceId }],
      ['checkin.reportAttendance', { conferenceId, format: 'xlsx' }],
    ] as const) {
      expect((await post(proc, input, token)).status, proc).toBe(403);
    }
    const sse = await app.inject({ method: 'GET', url: `/api/events?token=nope` });
    expect(sse.statusCode).toBe(401);
    // What the door needs only: no phones, emails, notes or data folder for a desk.
    expect(d.phone).toBe('');
    expect((await post('system.info', {}, token)).body.dataDir).toBe('');
  });

  it('a second desk cannot take a name in use (nor a revoked one); the host lists and revokes desks', async () => {
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
    expect((await pair(' bàn  2 ', '10.0.0.24')).status).toBe(409);
  });

  it('wrong PINs count against their address and the global budget, never void the PIN', async () => {
    const {
      body: { pin },
    } = await post('station.renewPin', {});
    const wrong = (n: number) => String((Number(pin) + n) % 1_000_000).padStart(6, '0');
    const statuses: number[] = [];
    for (let i = 1; i <= BURST + 2; i++)
      statuses.push(
        (await post('station.pair', { pin: wrong(i), name: `X${i}`, conferenceId }, null, '10.0.0.66')).status,
      );
    // The budget (10 wrong guesses) is spent: that address now waits, its PIN not even compared.
    expect(statuses).toEqual([...Array(BURST).fill(403), 429, 429]);
    expect((await post('station.pair', { pin, name: 'X', conferenceId }, null, '10.0.0.66')).status).toBe(429);
    // The PIN is unchanged, and a desk that never guessed wrong pairs with it.
    expect((await post('station.pairingPin', {})).body.pin).toBe(pin);
    expect((await post('station.pair', { pin, name: 'Bàn 3', conferenceId }, null, '10.0.0.23')).status).toBe(200);
    // Used: the host shows a new PIN, and the admin's page saw the failures (address, time).
    const { body: fresh } = await post('station.pairingPin', {});
    expect(fresh.pin).not.toBe(pin);
    expect(fresh.attempts.failed).toBe(BURST);
    expect(fresh.attempts.recent[0]).toMatchObject({ address: '10.0.0.66' });
    expect(fresh.attempts.heldUntil).toBeNull();
  });

  it('the budget refills one guess per REFILL_MS and lets another address try a few times while held', () => {
    let t = 0;
    const b = new PairBudget(() => t);
    for (let i = 0; i < BURST; i++) b.fail('a');
    expect(b.waitFor('a')).toBe(REFILL_MS);
    expect(b.waitFor('b')).toBe(0);
    for (let i = 0; i < OWN_TRIES; i++) {
      expect(b.waitFor('b')).toBe(0);
      b.fail('b');
    }
    expect(b.waitFor('b')).toBeGreaterThan(0);
    expect(b.report()).toMatchObject({ failed: BURST + OWN_TRIES, heldUntil: new Date(REFILL_MS).toISOString() });
    expect(b.report().recent[0].address).toBe('b');
    t = REFILL_MS;
    expect(b.waitFor('a')).toBe(0);
  });
});
