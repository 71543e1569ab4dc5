/**
 * Per-core state (issue #10): everything a core keeps in memory (search indexes, the door, the
 * seats cache, desks and the PIN's guess budget, the LAN switch, the store's health) lives in the
 * context createCore builds, so two cores in one process see nothing of each other's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { attachLan, type LanControl } from '../../electron/services/lan';
import { call, callError, freshCore } from '../helpers/core';

let a: Core;
let b: Core;
let confA: string;
let confB: string;

beforeAll(async () => {
  [a, b] = await Promise.all([freshCore(), freshCore()]);
  confA = (await call(a, 'conference.createDemo', {})).id;
  confB = (await call(b, 'conference.createDemo', {})).id;
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('two cores in one process', () => {
  it('build their own state objects, part by part', () => {
    expect(a.ctx.state).not.toBe(b.ctx.state);
    for (const part of ['delegate', 'checkin', 'safety', 'lan'] as const)
      expect(a.ctx.state[part]).not.toBe(b.ctx.state[part]);
    expect(a.ctx.state.checkin.stations).not.toBe(b.ctx.state.checkin.stations);
    expect(a.ctx.state.checkin.hallSeats).not.toBe(b.ctx.state.checkin.hallSeats);
  });

  it('keep their own search indexes', async () => {
    const found = await call(a, 'delegate.search', { conferenceId: confA, query: 'Nguyễn' });
    expect(found.items.length).toBeGreaterThan(0);
    expect([...a.ctx.state.delegate.searchIndexes.keys()]).toEqual([confA]);
    expect(b.ctx.state.delegate.searchIndexes.size).toBe(0);
    // The other core's conference is not searchable here, index or not.
    expect((await callError(b, 'delegate.search', { conferenceId: confA, query: 'Nguyễn' })).code).toBe('NOT_FOUND');
    await call(b, 'delegate.search', { conferenceId: confB, query: 'Trần' });
    expect([...b.ctx.state.delegate.searchIndexes.keys()]).toEqual([confB]);
    expect([...a.ctx.state.delegate.searchIndexes.keys()]).toEqual([confA]);
  });

  it('open their own door and cache their own hall seats', async () => {
    const hallId = (await call(a, 'hall.createDemo', {})).id;
    await call(a, 'seating.autoAssign', { conferenceId: confA, hallId });
    const seated = (await call(a, 'seating.list', { conferenceId: confA })).items.find((s) => s.seatId);
    expect(seated).toBeDefined();
    const r = await call(a, 'checkin.mark', { conferenceId: confA, delegateId: seated!.delegateId });
    expect(r.seat?.short).toBeTruthy();
    expect(a.ctx.state.checkin.door?.at).toBeTruthy();
    expect(a.ctx.state.checkin.hallSeats.size).toBe(1);
    expect(b.ctx.state.checkin.door).toBeNull();
    expect(b.ctx.state.checkin.hallSeats.size).toBe(0);
    // The desks' counts are cached per core: A's are there, B has none for its own store.
    expect((await call(a, 'checkin.stats', { conferenceId: confA })).present).toBe(1);
    expect(a.ctx.state.checkin.statsCache.get(a.store.sqlite)?.has(confA)).toBe(true);
    expect(b.ctx.state.checkin.statsCache.get(b.store.sqlite)).toBeUndefined();
  });

  it('keep their own desks, PIN and wrong-PIN count', async () => {
    const pinA = await call(a, 'station.pairingPin', {});
    expect(b.ctx.state.checkin.stations.pin).toBeNull();
    const wrong = pinA.pin === '000000' ? '111111' : '000000';
    expect((await callError(a, 'station.pair', { pin: wrong, name: 'Bàn 1', conferenceId: confA })).code).toBeTruthy();
    expect((await call(a, 'station.pairingPin', {})).attempts.failed).toBe(1);
    expect((await call(b, 'station.pairingPin', {})).attempts.failed).toBe(0);
    const desk = await call(a, 'station.pair', {
      pin: (await call(a, 'station.pairingPin', {})).pin,
      name: 'Bàn 1',
      conferenceId: confA,
    });
    expect((await call(a, 'station.list', {})).items.map((s) => s.name)).toEqual(['Bàn 1']);
    expect((await call(b, 'station.list', {})).items).toEqual([]);
    expect(desk.token).toBeTruthy();
  });

  it('keep their own LAN switch', async () => {
    const status = { running: true, port: 4630, addresses: ['10.0.0.2'], urls: ['http://10.0.0.2:4630/'] };
    const control: LanControl = { status: () => status, start: async () => status, stop: async () => status };
    attachLan(a.ctx, control);
    expect(await call(a, 'lan.status', {})).toEqual(status);
    expect((await call(b, 'lan.status', {})).running).toBe(false);
  });
});
