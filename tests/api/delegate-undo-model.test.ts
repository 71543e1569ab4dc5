/**
 * Model-based test of undo (issue #11): seeded random sequences of delegate edits, bulk edits,
 * sorts, reorders, creates, imports and deletes, invitation marks and replies, seat moves and locks,
 * check-ins — each followed by undo (delegate or seating) or not. After every step the store must
 * equal a small model: the delegates' order and fields, the invitation register, the seats and
 * locks, the check-ins (rows and who is in), and every seat a live seat of the hall. The model also
 * predicts when an undo must refuse (later work would be lost). Replay: THUKY_MODEL_SEED=n.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/random';
import { seatsOf } from '../../shared/seating/layout';
import { call, callError, freshCore } from '../helpers/core';

type Core = Awaited<ReturnType<typeof freshCore>>;
interface MDel {
  id: string;
  fullName: string;
  unit: string;
  category: string;
  note: string;
}
interface Deps {
  reg?: Reg;
  seat?: Seat;
  ci?: Ci;
}
interface Reg {
  sent: boolean;
  reply: string;
}
interface Seat {
  seat: string;
  locked: boolean;
}
interface Ci {
  rows: number;
  active: boolean;
}
interface DEntry {
  before: MDel[];
  created: string[];
  deleted?: Map<string, Deps>;
}
/** Seats a seating action changed (their state before); 'plan' = choosing the hall, never undone here. */
type SEntry = Map<string, Seat | undefined> | 'plan';

const SEED = Number(process.env.THUKY_MODEL_SEED ?? 20261130);
const STEPS = Number(process.env.THUKY_MODEL_STEPS ?? 400);
const CATS = ['Đại biểu tỉnh', 'Khách mời', 'Phục vụ'];
const HALL = {
  name: 'Phòng thử mô hình',
  stage: { rows: [{ seats: 3 }] },
  blocks: [{ name: 'A', rows: 4, seatsPerRow: 6, disabled: [{ row: 4, x: 5 }] }],
};

let core: Core;
let conferenceId = '';
let hallId = '';
const rnd = seededRandom(SEED);
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
const pickSome = <T>(a: T[], n: number): T[] => [...a].sort(() => rnd() - 0.5).slice(0, n);

// ---- the model ----
let order: MDel[] = [];
const reg = new Map<string, Reg>();
const seat = new Map<string, Seat>();
const ci = new Map<string, Ci>();
const dStack: DEntry[] = [];
const sStack: SEntry[] = [];
const alive = (id: string) => order.some((d) => d.id === id);
const holder = (s: string) => [...seat].find(([, v]) => v.seat === s)?.[0];
const meaningful = (id: string) => {
  const r = reg.get(id);
  return !!r && (r.sent || r.reply !== 'none');
};
const pushD = (e: DEntry) => {
  dStack.push(e);
  if (dStack.length > 50) dStack.shift();
};
const pushS = (e: SEntry) => {
  sStack.push(e);
  if (sStack.length > 30) sStack.shift();
};
const clone = () => order.map((d) => ({ ...d }));
/** Where a delegate added by hand goes (#14): after the last of his section, else at the end. */
const endOfSection = (category: string) => {
  let last = -1;
  order.forEach((d, i) => {
    if (d.category === category) last = i;
  });
  return last < 0 ? order.length : last + 1;
};

function modelDelegateUndo(): 'empty' | 'refused' | 'done' {
  const e = dStack.at(-1);
  if (!e) return 'empty';
  if (e.created.some((id) => alive(id) && (meaningful(id) || seat.has(id) || (ci.get(id)?.rows ?? 0) > 0)))
    return 'refused';
  for (const [id, d] of e.deleted ?? [])
    if (d.seat && holder(d.seat.seat) && holder(d.seat.seat) !== id) return 'refused';
  dStack.pop();
  for (const id of e.created) {
    reg.delete(id);
  }
  order = e.before.map((d) => ({ ...d }));
  for (const [id, d] of e.deleted ?? []) {
    if (d.reg) reg.set(id, d.reg);
    if (d.seat) seat.set(id, d.seat);
    if (d.ci) ci.set(id, d.ci);
  }
  return 'done';
}

function modelSeatUndo(): 'empty' | 'refused' | 'done' | 'plan' {
  const e = sStack.at(-1);
  if (!e) return 'empty';
  if (e === 'plan') return 'plan';
  for (const [id, b] of e) {
    const h = b && alive(id) ? holder(b.seat) : undefined;
    if (h && !e.has(h)) return 'refused';
  }
  sStack.pop();
  for (const id of e.keys()) seat.delete(id);
  for (const [id, b] of e) if (b && alive(id)) seat.set(id, b);
  return 'done';
}

/** A seating action: the model's own change `fn`, journaled as the set of delegates it changed. */
function seatChange(fn: () => void) {
  const before = new Map(seat);
  fn();
  const e = new Map<string, Seat | undefined>();
  for (const id of new Set([...before.keys(), ...seat.keys()])) {
    const a = before.get(id);
    const b = seat.get(id);
    if (a?.seat !== b?.seat || a?.locked !== b?.locked) e.set(id, a);
  }
  pushS(e);
}

// ---- the store, read back ----
function storeState() {
  const db = core.store.sqlite;
  const regs = new Map(
    (db.prepare('select delegate_id id, invitation_status s, reply r from delegate_register').all() as any[])
      .filter((r) => r.s === 'sent' || r.r !== 'none')
      .map((r) => [r.id, { sent: r.s === 'sent', reply: r.r }]),
  );
  const seats = new Map(
    (
      db
        .prepare('select delegate_id id, seat_id s, locked l from seat_assignments where conference_id = ?')
        .all(conferenceId) as any[]
    ).map((r) => [r.id, { seat: r.s, locked: r.l === 1 }]),
  );
  const cis = new Map(
    (
      db
        .prepare('select delegate_id id, count(*) n, sum(undone_at is null) a from checkins group by delegate_id')
        .all() as any[]
    ).map((r) => [r.id, { rows: r.n, active: r.a > 0 }]),
  );
  const audit = (db.prepare('select count(*) n from checkin_audit').get() as any).n as number;
  return { regs, seats, cis, audit };
}

let lastAudit = 0;
let hallSeats = new Set<string>();
async function check(where: string) {
  const list = (await call(core, 'delegate.list', { conferenceId })).items;
  expect(
    list.map((d) => [d.id, d.fullName, d.unit, d.category, d.note]),
    where,
  ).toEqual(order.map((d) => [d.id, d.fullName, d.unit, d.category, d.note]));
  expect(
    list.map((d) => d.precedence),
    where,
  ).toEqual(list.map((_, i) => i + 1));
  const s = storeState();
  expect(Object.fromEntries(s.regs), where).toEqual(Object.fromEntries([...reg].filter(([id]) => meaningful(id))));
  expect(Object.fromEntries(s.seats), where).toEqual(Object.fromEntries(seat));
  expect(Object.fromEntries(s.cis), where).toEqual(Object.fromEntries([...ci].filter(([, v]) => v.rows > 0)));
  for (const x of s.seats.values()) expect(hallSeats.has(x.seat), `${where}: ghế ${x.seat}`).toBe(true);
  expect(s.audit, where).toBeGreaterThanOrEqual(lastAudit);
  lastAudit = s.audit;
}

const fromApi = (d: any): MDel => ({
  id: d.id,
  fullName: d.fullName,
  unit: d.unit,
  category: d.category,
  note: d.note,
});

async function expectUndo(kind: 'delegate' | 'seating', where: string): Promise<string> {
  const predicted = kind === 'delegate' ? modelDelegateUndo() : modelSeatUndo();
  const p = kind === 'delegate' ? 'delegate.undo' : 'seating.undo';
  if (predicted === 'plan') return predicted;
  if (predicted === 'refused') {
    const err = await callError(core, p, { conferenceId });
    expect(err.code, where).toBe('CONFLICT');
    expect(err.message, where).toMatch(/^Không hoàn tác được/);
  } else {
    const r = await call(core, p as 'delegate.undo', { conferenceId });
    expect(r.undone === null, `${where}: ${p} → ${r.undone}`).toBe(predicted === 'empty');
  }
  return predicted;
}

// ---- the actions ----
let serial = 0;
const actions: Record<string, () => Promise<'delegate' | 'seating' | null>> = {
  async edit() {
    const d = pick(order);
    const before = clone();
    const patch = rnd() < 0.5 ? { note: `Ghi chú ${++serial}` } : { unit: `Đơn vị ${++serial}` };
    await call(core, 'delegate.update', { id: d.id, patch });
    Object.assign(d, patch);
    pushD({ before, created: [] });
    return 'delegate';
  },
  async bulk() {
    const ids = pickSome(order, 3).map((d) => d.id);
    const before = clone();
    const category = pick(CATS);
    await call(core, 'delegate.bulkUpdate', { ids, patch: { category } });
    for (const d of order) if (ids.includes(d.id)) d.category = category;
    pushD({ before, created: [] });
    return 'delegate';
  },
  async sort() {
    const category = pick(order).category;
    const before = clone();
    await call(core, 'delegate.sortSection', { conferenceId, category, by: rnd() < 0.5 ? 'name' : 'rank' });
    const after = (await call(core, 'delegate.list', { conferenceId })).items;
    // The sort's own order is the service's (collation); the model checks that the others kept their
    // order and that the section ends up in one piece where it started (#14: sorting never scatters it).
    const others = (xs: { id: string; category: string }[]) =>
      xs.filter((d) => d.category !== category).map((d) => d.id);
    expect(others(after)).toEqual(others(before));
    const at = after.map((d, i) => (d.category === category ? i : -1)).filter((i) => i >= 0);
    expect(at.at(-1)! - at[0] + 1).toBe(at.length);
    expect(at[0]).toBe(before.findIndex((d) => d.category === category));
    const byId = new Map(order.map((d) => [d.id, d]));
    order = after.map((d) => byId.get(d.id)!);
    pushD({ before, created: [] });
    return 'delegate';
  },
  async reorder() {
    const before = clone();
    const next = pickSome(order, order.length);
    await call(core, 'delegate.reorder', { conferenceId, orderedIds: next.map((d) => d.id) });
    order = next;
    pushD({ before, created: [] });
    return 'delegate';
  },
  async create() {
    const before = clone();
    const at = rnd() < 0.5 ? 1 + Math.floor(rnd() * order.length) : undefined;
    const d = await call(core, 'delegate.create', {
      conferenceId,
      delegate: { fullName: `Người Mới ${++serial}`, category: pick(CATS) },
      precedence: at,
    });
    order.splice(at ? at - 1 : endOfSection(d.category), 0, fromApi(d));
    pushD({ before, created: [d.id] });
    return 'delegate';
  },
  async import() {
    const before = clone();
    const n = 1 + Math.floor(rnd() * 3);
    const names = Array.from({ length: n }, () => `Nhập Tệp ${++serial}`);
    const csv = `Họ và tên;Chức vụ;Đơn vị\n${names.map((x) => `${x};Chuyên viên;Sở Nội vụ`).join('\n')}\n`;
    const r = await call(core, 'delegate.import', {
      conferenceId,
      fileName: `them-${serial}.csv`,
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(r.imported).toBe(n);
    const added = (await call(core, 'delegate.list', { conferenceId })).items.slice(order.length).map(fromApi);
    expect(added.map((d) => d.fullName)).toEqual(names);
    order.push(...added);
    pushD({ before, created: added.map((d) => d.id) });
    return 'delegate';
  },
  async delete() {
    if (order.length < 6) return null;
    const ids = pickSome(order, 1 + Math.floor(rnd() * 2)).map((d) => d.id);
    const before = clone();
    await call(core, 'delegate.delete', { ids });
    const deleted = new Map<string, Deps>();
    for (const id of ids) {
      deleted.set(id, { reg: reg.get(id), seat: seat.get(id), ci: ci.get(id) });
      reg.delete(id);
      seat.delete(id);
      ci.delete(id);
    }
    order = order.filter((d) => !ids.includes(d.id));
    pushD({ before, created: [], deleted });
    return 'delegate';
  },
  async invite() {
    const ids = pickSome(order, 2).map((d) => d.id);
    const sent = rnd() < 0.7;
    await call(core, 'invitation.mark', { conferenceId, delegateIds: ids, status: sent ? 'sent' : 'not_sent' });
    for (const id of ids) reg.set(id, { reply: reg.get(id)?.reply ?? 'none', sent });
    return null;
  },
  async reply() {
    const d = pick(order);
    const reply = pick(['attending', 'absent', 'substitute', 'none'] as const);
    await call(core, 'invitation.reply', {
      delegateId: d.id,
      reply,
      substitute: reply === 'substitute' ? { fullName: 'Người Thay', rank: '', position: '', unit: '' } : undefined,
    });
    reg.set(d.id, { sent: reg.get(d.id)?.sent ?? false, reply });
    return null;
  },
  async move() {
    const d = pick(order);
    const free = [...hallSeats].filter((s) => !holder(s));
    const target = rnd() < 0.15 ? null : rnd() < 0.5 && free.length ? pick(free) : pick([...hallSeats]);
    if (target && seat.get(d.id)?.seat === target) return null;
    const other = target ? holder(target) : undefined;
    if (seat.get(d.id)?.locked || (other && seat.get(other)?.locked)) {
      expect((await callError(core, 'seating.move', { conferenceId, delegateId: d.id, seatId: target })).code).toBe(
        'CONFLICT',
      );
      return null;
    }
    await call(core, 'seating.move', { conferenceId, delegateId: d.id, seatId: target });
    seatChange(() => {
      const mine = seat.get(d.id);
      if (target) seat.set(d.id, { seat: target, locked: false });
      else seat.delete(d.id);
      if (other) {
        if (mine) seat.set(other, { seat: mine.seat, locked: false });
        else seat.delete(other);
      }
    });
    return 'seating';
  },
  async lock() {
    const seated = [...seat.keys()];
    if (!seated.length) return null;
    const ids = pickSome(seated, 2);
    const locked = rnd() < 0.6;
    await call(core, 'seating.lock', { conferenceId, delegateIds: ids, locked });
    seatChange(() => {
      for (const id of ids) seat.set(id, { ...seat.get(id)!, locked });
    });
    return 'seating';
  },
  async checkin() {
    const d = pick(order);
    const c = ci.get(d.id) ?? { rows: 0, active: false };
    if (c.active && rnd() < 0.5) {
      await call(core, 'checkin.undo', { conferenceId, delegateId: d.id });
      ci.set(d.id, { ...c, active: false });
    } else {
      const r = await call(core, 'checkin.mark', { conferenceId, delegateId: d.id });
      expect(r.status).toBe(c.active ? 'already' : 'checked_in');
      ci.set(d.id, { rows: c.rows + (c.active ? 0 : 1), active: true });
    }
    return null;
  },
};
const WEIGHTS: [string, number][] = [
  ['edit', 3],
  ['bulk', 2],
  ['sort', 2],
  ['reorder', 1],
  ['create', 2],
  ['import', 1],
  ['delete', 2],
  ['invite', 3],
  ['reply', 2],
  ['move', 4],
  ['lock', 2],
  ['checkin', 4],
];
const weighted = () => {
  let x = rnd() * WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of WEIGHTS) if ((x -= w) < 0) return k;
  return WEIGHTS[0][0];
};

beforeAll(async () => {
  core = await freshCore();
  conferenceId = (await call(core, 'conference.create', { title: 'Hội nghị thử hoàn tác' })).id;
  hallId = (await call(core, 'hall.create', HALL)).id;
  hallSeats = new Set(
    seatsOf(await call(core, 'hall.get', { id: hallId }))
      .filter((s) => !s.disabled)
      .map((s) => s.id),
  );
  for (let i = 0; i < 14; i++) {
    const d = await call(core, 'delegate.create', {
      conferenceId,
      delegate: {
        fullName: `Đại Biểu ${String.fromCharCode(65 + ((i * 7) % 14))} Số ${i}`,
        category: CATS[i % 3],
        rank: pick(['', 'Đại tá', 'Thiếu tá']),
      },
    });
    pushD({ before: clone(), created: [d.id] });
    order.splice(endOfSection(d.category), 0, fromApi(d));
  }
  await call(core, 'seating.setPlan', { conferenceId, hallId });
  pushS('plan');
  await call(core, 'seating.autoAssign', { conferenceId, hallId });
  const seated = storeState().seats;
  seatChange(() => {
    for (const [id, s] of seated) seat.set(id, s);
  });
  await check('sau khi xếp chỗ tự động');
}, 60_000);
afterAll(async () => {
  await core?.close();
});

describe(`undo against a model (seed ${SEED}, ${STEPS} steps)`, () => {
  it('keeps every dependent as the model predicts, and refuses exactly the undos that would lose later work', async () => {
    const seen: Record<string, number> = {};
    for (let step = 1; step <= STEPS; step++) {
      const name = weighted();
      const journal = await actions[name]();
      let where = `seed ${SEED}, bước ${step}: ${name}`;
      await check(where);
      seen[name] = (seen[name] ?? 0) + 1;
      const u = rnd();
      // Mostly the action's own undo; often the other journal's, to reach undos older than later work.
      const which = u < 0.3 ? journal : u < 0.55 ? pick(['delegate', 'seating'] as const) : null;
      for (let again = which ? 1 + Math.floor(rnd() * 2) : 0; which && again > 0; again--) {
        where += ` → hoàn tác ${which}`;
        const k = `undo-${which}-${await expectUndo(which, where)}`;
        seen[k] = (seen[k] ?? 0) + 1;
        await check(where);
      }
    }
    // Every kind of step ran, and undos were both done and refused.
    for (const [k] of WEIGHTS) expect(seen[k] ?? 0, k).toBeGreaterThan(0);
    console.log(JSON.stringify(seen));
    for (const k of ['undo-delegate-done', 'undo-seating-done']) expect(seen[k] ?? 0, k).toBeGreaterThan(15);
    // Seating refusals need a seat given back outside the seating journal (a deleted delegate's undo):
    // too rare for a random walk; tests/api/delegate-undo.test.ts makes one on purpose.
    expect(seen['undo-delegate-refused'] ?? 0).toBeGreaterThan(0);
  }, 60_000);
});
