/**
 * Issue 16, pairing and identity, as attacks from other machines on the hall's LAN (other 127.0.0.x
 * source addresses against a real host on loopback): wrong PINs while a desk types, the admin's
 * name, a revoked desk's name, undo rights, backdating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, freshCore } from '../helpers/core';
import { api, startLanHost, type Lan } from '../helpers/lan';

const ADMIN = 'security-admin-token-0001';
let core: Core;
let lan: Lan;
let conferenceId: string;
let delegateIds: string[];

beforeAll(async () => {
  core = await freshCore();
  lan = await startLanHost(core, ADMIN);
  conferenceId = (await call(core, 'conference.createDemo', {})).id;
  delegateIds = (await call(core, 'delegate.list', { conferenceId })).items.map((d) => d.id);
});
afterAll(async () => {
  await lan.close();
  await core.close();
});

const pinShown = async () =>
  (await api(lan, 'station.pairingPin', {}, ADMIN)).json as {
    pin: string;
    attempts: { failed: number; recent: { address: string }[]; heldUntil: string | null };
  };
const wrongOf = (pin: string, n: number) => String((Number(pin) + n) % 1_000_000).padStart(6, '0');

async function pairDesk(name: string, from: string) {
  const { pin } = await pinShown();
  const r = await api(lan, 'station.pair', { pin, name, conferenceId }, null, from);
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json as { token: string; stationId: string; name: string };
}

describe('pairing under attack', () => {
  it('40 machines guessing while a desk types: the PIN is not voided, the desk pairs with the PIN on screen', async () => {
    await api(lan, 'station.renewPin', {}, ADMIN);
    const { pin } = await pinShown();
    // The admin's page asks for the PIN every 4 s: reading it is not an attempt and changes nothing.
    for (let i = 0; i < 20; i++) expect((await pinShown()).pin).toBe(pin);
    expect((await pinShown()).attempts.failed).toBe(0);

    const attackers = Array.from({ length: 40 }, (_, i) => `127.0.0.${100 + i}`);
    let typing = true;
    const flood = Promise.all(
      attackers.map(async (from, k) => {
        const statuses: number[] = [];
        for (let n = 1; typing && n <= 5; n++) {
          statuses.push(
            (
              await api(
                lan,
                'station.pair',
                { pin: wrongOf(pin, k * 5 + n), name: `Kẻ lạ ${k}-${n}`, conferenceId },
                null,
                from,
              )
            ).status,
          );
        }
        return statuses;
      }),
    );
    // The desk (127.0.0.2) types the PIN it read on the screen while the flood runs.
    await new Promise((r) => setTimeout(r, 30));
    const desk = await api(lan, 'station.pair', { pin, name: 'Bàn cửa chính', conferenceId }, null, '127.0.0.2');
    typing = false;
    const seen = (await flood).flat();
    expect(desk.status, JSON.stringify(desk.json)).toBe(200);
    // No guess paired; once the budget was spent, guesses were held (429) without being compared.
    expect(seen.every((s) => s === 403 || s === 429)).toBe(true);
    expect(seen.filter((s) => s === 403).length).toBeGreaterThan(0);
    const after = await pinShown();
    // Used by the real desk: a new PIN now; the admin saw the wrong ones with their addresses.
    expect(after.pin).not.toBe(pin);
    expect(after.attempts.failed).toBe(seen.filter((s) => s === 403).length);
    expect(attackers).toContain(after.attempts.recent[0].address);
  });

  it('a desk that made a typo pairs even while guessing is held; a machine that kept guessing waits (429)', async () => {
    await api(lan, 'station.renewPin', {}, ADMIN);
    const { pin } = await pinShown();
    // The desk at 127.0.0.3 mistypes once before the flood.
    expect(
      (await api(lan, 'station.pair', { pin: wrongOf(pin, 500), name: 'Bàn phụ', conferenceId }, null, '127.0.0.3'))
        .status,
    ).toBe(403);
    for (let n = 1; n <= 15; n++)
      await api(lan, 'station.pair', { pin: wrongOf(pin, n), name: 'X', conferenceId }, null, '127.0.0.60');
    const held = await pinShown();
    expect(held.attempts.heldUntil).not.toBeNull();
    const wait = await api(lan, 'station.pair', { pin, name: 'Bàn sai trước', conferenceId }, null, '127.0.0.60');
    expect(wait.status).toBe(429);
    expect(Number(wait.headers['retry-after'])).toBeGreaterThan(0);
    expect(wait.json.error.code).toBe('RATE_LIMITED');
    expect((await api(lan, 'station.pair', { pin, name: 'Bàn phụ', conferenceId }, null, '127.0.0.3')).status).toBe(
      200,
    );
  });

  it('one address is rate-limited by @fastify/rate-limit (429 in Vietnamese)', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 25; n++)
      statuses.push(
        (await api(lan, 'station.pair', { pin: '000000', name: 'Y', conferenceId }, null, '127.0.0.61')).status,
      );
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    const r = await api(lan, 'station.pair', { pin: '000000', name: 'Y', conferenceId }, null, '127.0.0.61');
    expect(r.json.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('thử lại sau') });
  });
});

describe('desks are known by station id', () => {
  it('refuses "admin" in any case or spacing, the host\'s Vietnamese name, and bidi tricks', async () => {
    for (const name of [' admin ', 'ADMIN', 'a d m i n', 'Admin\u202E', 'Máy chủ', '\u0000admin']) {
      const { pin } = await pinShown();
      const r = await api(lan, 'station.pair', { pin, name, conferenceId }, null, '127.0.0.4');
      expect(r.status, name).toBe(400);
      expect(r.json.error.message).toContain('không dùng được');
    }
  });

  it('a name with bidi overrides or NUL is stored clean (desks, delegates, walk-ins)', async () => {
    const d = await pairDesk('Bàn\u202E 7\u0000', '127.0.0.5');
    expect(d.name).toBe('Bàn 7');
    const created = await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Nguyễn\u202E Văn\u2066 Tám\u0000\u0007', unit: 'Sở\u200F Tư pháp' },
    });
    expect(created.fullName).toBe('Nguyễn Văn Tám');
    expect(created.unit).toBe('Sở Tư pháp');
    const w = await api(
      lan,
      'checkin.walkIn',
      { conferenceId, person: { fullName: 'Khách\u202D lạ\u0000' } },
      d.token,
      '127.0.0.5',
    );
    expect(w.status).toBe(200);
    expect(w.json.delegate.fullName).toBe('Khách lạ');
  });

  it("a new desk named like a revoked one is refused, and cannot undo the revoked desk's check-ins", async () => {
    const old = await pairDesk('Bàn Đông', '127.0.0.6');
    const m = await api(lan, 'checkin.mark', { conferenceId, delegateId: delegateIds[3] }, old.token, '127.0.0.6');
    expect(m.status).toBe(200);
    const rowId = core.store.sqlite
      .prepare('select station_id from checkins where delegate_id = ? and undone_at is null')
      .pluck()
      .get(delegateIds[3]);
    expect(rowId).toBe(old.stationId);
    expect((await api(lan, 'station.revoke', { id: old.stationId }, ADMIN)).status).toBe(200);
    const { pin } = await pinShown();
    for (const name of ['Bàn Đông', ' bàn  đông ', 'BAN DONG']) {
      expect((await api(lan, 'station.pair', { pin, name, conferenceId }, null, '127.0.0.7')).status, name).toBe(409);
    }
    const other = await pairDesk('Bàn Tây', '127.0.0.7');
    const undo = await api(lan, 'checkin.undo', { conferenceId, delegateId: delegateIds[3] }, other.token, '127.0.0.7');
    expect(undo.status).toBe(403);
  });

  it("a desk cannot undo the admin's check-in; the audit trail names desks by station id", async () => {
    await call(core, 'checkin.mark', { conferenceId, delegateId: delegateIds[4] });
    const d = await pairDesk('Bàn Nam', '127.0.0.8');
    expect(
      (await api(lan, 'checkin.undo', { conferenceId, delegateId: delegateIds[4] }, d.token, '127.0.0.8')).status,
    ).toBe(403);
    expect(
      (await api(lan, 'checkin.mark', { conferenceId, delegateId: delegateIds[5] }, d.token, '127.0.0.8')).status,
    ).toBe(200);
    expect(
      (await api(lan, 'checkin.undo', { conferenceId, delegateId: delegateIds[5] }, d.token, '127.0.0.8')).status,
    ).toBe(200);
    const audit = core.store.sqlite
      .prepare("select station, station_id from checkin_audit where delegate_id = ? and action = 'undo'")
      .get(delegateIds[5]);
    expect(audit).toEqual({ station: 'Bàn Nam', station_id: d.stationId });
    const trail = core.store.sqlite
      .prepare("select actor from audit_log where procedure = 'checkin.undo' order by at desc limit 1")
      .pluck()
      .get() as string;
    expect(trail).toContain(d.stationId);
    expect(
      core.store.sqlite
        .prepare("select count(*) from checkin_audit where station = 'admin' and station_id != 'admin'")
        .pluck()
        .get(),
    ).toBe(0);
  });
});

describe('clientAt is bounded', () => {
  it("cannot backdate before the desk paired, nor date in the future, nor move another desk's check-in", async () => {
    const d = await pairDesk('Bàn Bắc', '127.0.0.9');
    const pairedAt = core.store.sqlite
      .prepare('select created_at from checkin_stations where id = ?')
      .pluck()
      .get(d.stationId) as string;
    for (const [k, clientAt] of [
      [10, '1999-01-01T00:00:00Z'],
      [11, '0001-01-01T00:00:00Z'],
      [12, '2099-01-01T00:00:00Z'],
    ] as const) {
      const r = await api(
        lan,
        'checkin.mark',
        { conferenceId, delegateId: delegateIds[k], clientId: `bound-${k}-xxxx`, clientAt },
        d.token,
        '127.0.0.9',
      );
      expect(r.status).toBe(200);
      expect(r.json.checkedInAt >= pairedAt, `${clientAt} → ${r.json.checkedInAt}`).toBe(true);
      expect(Date.parse(r.json.checkedInAt)).toBeLessThanOrEqual(Date.now());
    }
    // The admin's check-in stays as it was, whatever time another desk claims.
    const admin = await call(core, 'checkin.mark', { conferenceId, delegateId: delegateIds[13] });
    const r = await api(
      lan,
      'checkin.mark',
      { conferenceId, delegateId: delegateIds[13], clientId: 'bound-13-xxxx', clientAt: pairedAt },
      d.token,
      '127.0.0.9',
    );
    expect(r.json).toMatchObject({ status: 'already', station: 'admin', checkedInAt: admin.checkedInAt });
    expect(
      core.store.sqlite
        .prepare('select checked_in_at from checkins where delegate_id = ? and undone_at is null')
        .pluck()
        .get(delegateIds[13]),
    ).toBe(admin.checkedInAt);
  });
});
