/** checkin.* through the dispatcher: mark, repeat, undo, substitute, walk-in, counts from the store, races. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Caller } from '../../electron/core/dispatcher';
import type { Delegate } from '../../shared/models/delegate';
import { WALK_IN_SECTION } from '../../shared/models/checkin';
import { call, callError, demoCore } from '../helpers/core';

let core: Core;
let conferenceId: string;
let delegates: Delegate[];
/** A paired desk as the host presents it: known by its station id, paired an hour ago. */
const PAIRED_AT = new Date(Date.now() - 60 * 60_000).toISOString();
const desk = (name: string): Caller => ({ role: 'desk', name, stationId: `st-${name}`, pairedAt: PAIRED_AT });

async function as<T = any>(caller: Caller, p: string, input: unknown): Promise<T> {
  const r = await core.dispatch(p, input, caller);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
  return r.value as T;
}
const count = (sqlText: string, ...args: unknown[]) =>
  core.store.sqlite
    .prepare(sqlText)
    .pluck()
    .get(...args) as number;

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  delegates = (await call(core, 'delegate.list', { conferenceId })).items;
});
afterAll(() => core.close());

describe('checkin.mark', () => {
  it('checks in by id, then answers "already" with the first desk and time', async () => {
    const d = delegates[10];
    const first = await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: d.id });
    expect(first).toMatchObject({ status: 'checked_in', station: 'Bàn 1', kind: 'invited' });
    expect(first.delegate.fullName).toBe(d.fullName);
    const again = await as(desk('Bàn 2'), 'checkin.mark', { conferenceId, delegateId: d.id });
    expect(again).toMatchObject({ status: 'already', station: 'Bàn 1', checkedInAt: first.checkedInAt });
    expect(count('select count(*) from checkins where delegate_id = ?', d.id)).toBe(1);
    expect(
      count(
        "select count(*) from checkin_audit where delegate_id = ? and action = 'repeat' and station = 'Bàn 2'",
        d.id,
      ),
    ).toBe(1);
  });

  it('checks in by the badge code (any case, as a scanner types it) and rejects an unknown code', async () => {
    const d = delegates[11];
    const r = await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, code: ` ${d.code.toLowerCase()} ` });
    expect(r.delegate.id).toBe(d.id);
    const err = await callError(core, 'checkin.mark', { conferenceId, code: 'FFFFFFFFFFFF' }, 'desk');
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain('FFFFFFFFFFFF');
    expect(count("select count(*) from checkin_audit where action = 'unknown_code'")).toBe(1);
  });

  it('many parallel marks of the same delegate from several desks leave exactly one check-in', async () => {
    const d = delegates[20];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        as(desk(`Bàn ${(i % 4) + 1}`), 'checkin.mark', { conferenceId, delegateId: d.id }),
      ),
    );
    expect(results.filter((r) => r.status === 'checked_in')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'already')).toHaveLength(39);
    expect(new Set(results.map((r) => r.station)).size).toBe(1);
    expect(count('select count(*) from checkins where delegate_id = ? and undone_at is null', d.id)).toBe(1);
  });

  it("a replayed offline scan (same clientId) is not counted twice; another desk's time is never rewritten", async () => {
    const d = delegates[30];
    const online = await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: d.id });
    const earlier = new Date(Date.parse(online.checkedInAt) - 5 * 60_000).toISOString();
    const replay = { conferenceId, delegateId: d.id, clientId: 'offline-0001-abcd', clientAt: earlier };
    const r1 = await as(desk('Bàn 3'), 'checkin.mark', replay);
    // Bàn 3 saw the person "earlier", but Bàn 1's check-in is not Bàn 3's to move (issue 16).
    expect(r1).toMatchObject({ status: 'already', conflict: true, checkedInAt: online.checkedInAt, station: 'Bàn 1' });
    const e = delegates[31];
    const q = { conferenceId, delegateId: e.id, clientId: 'offline-0002-abcd', clientAt: earlier };
    const a = await as(desk('Bàn 3'), 'checkin.mark', q);
    const b = await as(desk('Bàn 3'), 'checkin.mark', q);
    expect(a).toMatchObject({ status: 'checked_in', checkedInAt: earlier });
    expect(b).toMatchObject({ status: 'checked_in', checkedInAt: earlier });
    expect(count('select count(*) from checkins where delegate_id = ?', e.id)).toBe(1);
  });

  it('a desk cannot pass a future time', async () => {
    const d = delegates[32];
    const r = await as(desk('Bàn 1'), 'checkin.mark', {
      conferenceId,
      delegateId: d.id,
      clientId: 'future-0001',
      clientAt: '2099-01-01T00:00:00Z',
    });
    expect(r.checkedInAt < '2099').toBe(true);
  });
});

describe('checkin.undo', () => {
  it('undoes (keeping history); a desk may undo only its own check-ins', async () => {
    const d = delegates[40];
    await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: d.id });
    const err = await core.dispatch('checkin.undo', { conferenceId, delegateId: d.id }, desk('Bàn 2'));
    expect(err.ok).toBe(false);
    if (!err.ok) {
      expect(err.error.code).toBe('FORBIDDEN');
      expect(err.error.message).toContain('Bàn 1');
    }
    expect((await as(desk('Bàn 1'), 'checkin.undo', { conferenceId, delegateId: d.id })).undone).toBe(true);
    expect((await as(desk('Bàn 1'), 'checkin.undo', { conferenceId, delegateId: d.id })).undone).toBe(false);
    expect(count('select count(*) from checkins where delegate_id = ? and undone_at is not null', d.id)).toBe(1);
    const again = await as(desk('Bàn 2'), 'checkin.mark', { conferenceId, delegateId: d.id });
    expect(again.status).toBe('checked_in');
    expect(count('select count(*) from checkins where delegate_id = ?', d.id)).toBe(2);
    const audit = await call(core, 'checkin.audit', { conferenceId });
    expect(audit.items.some((a) => a.action === 'undo' && a.delegateId === d.id && a.station === 'Bàn 1')).toBe(true);
  });
});

describe('substitute and walk-in', () => {
  it('records who came instead in the register and seats them in the original place', async () => {
    const d = delegates[50];
    const r = await as(desk('Bàn 2'), 'checkin.substitute', {
      conferenceId,
      delegateId: d.id,
      substitute: { fullName: 'Trần Văn Thay', rank: 'Thiếu tá', position: 'Phó Trưởng phòng', unit: d.unit },
    });
    expect(r).toMatchObject({ status: 'checked_in', kind: 'substitute' });
    const reg = core.store.sqlite
      .prepare('select reply, substitute_full_name, substitute_rank from delegate_register where delegate_id = ?')
      .get(d.id);
    expect(reg).toEqual({ reply: 'substitute', substitute_full_name: 'Trần Văn Thay', substitute_rank: 'Thiếu tá' });
    expect((await call(core, 'checkin.stats', { conferenceId })).substitutes).toBe(1);
  });

  it('adds an uninvited guest and checks them in at once, marked as a walk-in, not counted as invited', async () => {
    const before = await call(core, 'checkin.stats', { conferenceId });
    const r = await as(desk('Bàn 3'), 'checkin.walkIn', {
      conferenceId,
      person: { fullName: 'Lê Thị Khách', unit: 'Báo Quân khu' },
    });
    expect(r).toMatchObject({ status: 'checked_in', kind: 'walk_in', station: 'Bàn 3' });
    expect(r.delegate.category).toBe(WALK_IN_SECTION);
    const after = await call(core, 'checkin.stats', { conferenceId });
    expect(after.invited).toBe(before.invited);
    expect(after.present).toBe(before.present);
    expect(after.walkIns).toBe(before.walkIns + 1);
    const found = await call(core, 'delegate.search', { conferenceId, query: 'le thi khach' });
    expect(found.items[0]?.id).toBe(r.delegate.id);
    const again = await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: r.delegate.id });
    expect(again).toMatchObject({ status: 'already', kind: 'walk_in' });
  });
});

describe('checkin.stats and checkin.board', () => {
  it('counts come from the store, by section, and match a direct count', async () => {
    const s = await call(core, 'checkin.stats', { conferenceId });
    // The 16 of "Phóng viên, phục vụ" (badge types of staff and press) are not invited to attend.
    const present = count(
      `select count(*) from checkins c join delegates d on d.id = c.delegate_id where c.conference_id = ? and c.undone_at is null
      and d.category <> 'Phóng viên, phục vụ' and c.delegate_id not in (select delegate_id from checkin_walk_ins)`,
      conferenceId,
    );
    expect(s.present).toBe(present);
    expect(s.invited).toBe(163);
    expect(s.absent).toBe(163 - present);
    expect(s.staffTotal).toBe(16);
    const invitedSections = s.bySection.filter((x) => !x.staff);
    expect(invitedSections.reduce((a, x) => a + x.present, 0)).toBe(present);
    expect(invitedSections.reduce((a, x) => a + x.invited, 0)).toBe(163);
    expect(invitedSections.length).toBe(6);
    expect(s.bySection.filter((x) => x.staff).map((x) => x.category)).toEqual(['Phóng viên, phục vụ']);
  });

  it('lists absent dignitaries in protocol order and arrivals per 5 minutes', async () => {
    await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: delegates[1].id });
    const b = await call(core, 'checkin.board', { conferenceId, maxPrecedence: 5 });
    expect(b.absentDignitaries.map((d) => d.precedence)).toEqual([1, 3, 4, 5]);
    expect(b.arrivals.reduce((a, x) => a + x.count, 0)).toBe(
      count('select count(*) from checkins where undone_at is null'),
    );
  });

  it('desks may not read the audit or make reports', async () => {
    expect((await callError(core, 'checkin.audit', { conferenceId }, 'desk')).code).toBe('FORBIDDEN');
    expect((await callError(core, 'checkin.reportHeadCount', { conferenceId }, 'desk')).code).toBe('FORBIDDEN');
    expect((await callError(core, 'delegate.delete', { ids: [delegates[0].id] }, 'desk')).code).toBe('FORBIDDEN');
  });

  it('the door opening (first check-in) left a backup', () => {
    const dir = path.join(core.store.dataDir, 'backups');
    expect(fs.readdirSync(dir).some((f) => f.endsWith('-door-open.sqlite'))).toBe(true);
  });

  it('the check-in write is durable: synchronous is back to NORMAL after it', async () => {
    await as(desk('Bàn 1'), 'checkin.mark', { conferenceId, delegateId: delegates[60].id });
    expect(core.store.sqlite.pragma('synchronous', { simple: true })).toBe(1);
  });
});
