/**
 * Check-in desks (stations): the host shows a 6-digit PIN; a desk pairs with it, a name and the
 * conference it serves, and gets a token with the 'desk' role. Only the token's sha256 is stored.
 * A desk is known by its station id: names are labels, unique for ever (a revoked desk's name is
 * not reused) and never "admin". The PIN changes after each pairing, when the admin asks, or after
 * a day; wrong PINs count against the address that sent them and a global budget
 * (pair-budget.ts), never against the PIN; the per-address rate limit is the host's.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { AppError } from '../../../shared/api/errors';
import { foldDiacritics, normalizeText } from '../../../shared/text/normalize';
import * as repo from '../../../db/repositories/checkin';
import type { Caller } from '../../../shared/api/handlers';
import { newId, type ServiceContext } from '../kernel/context';
import { PairBudget, type AttemptLog } from './pair-budget';

export const PIN_TTL_MS = 24 * 60 * 60 * 1000;
const SEEN_EVERY_MS = 30 * 1000;

interface PinState {
  pin: string;
  expiresAt: number;
  budget: PairBudget;
}
interface StationHit {
  id: string;
  name: string;
  revoked: boolean;
  seenAt: number;
  conferenceId: string | null;
  pairedAt: string;
}
export interface StationState {
  pin: PinState | null;
  byHash: Map<string, StationHit>;
  revokedListeners: Set<(id: string) => void>;
  log: AttemptLog;
}

export const newStationState = (): StationState => ({
  pin: null,
  byHash: new Map(),
  revokedListeners: new Set(),
  log: { total: 0, recent: [] },
});

/** This core's stations (checkin.state.ts). */
const state = (ctx: ServiceContext): StationState => ctx.state.checkin.stations;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const samePin = (a: string, b: string) =>
  crypto.timingSafeEqual(
    crypto.createHash('sha256').update(a).digest(),
    crypto.createHash('sha256').update(b).digest(),
  );

function currentPin(ctx: ServiceContext): PinState {
  const s = state(ctx);
  if (!s.pin || s.pin.expiresAt <= Date.now()) {
    s.pin = {
      pin: String(crypto.randomInt(0, 1_000_000)).padStart(6, '0'),
      expiresAt: Date.now() + PIN_TTL_MS,
      budget: new PairBudget(Date.now, s.log),
    };
  }
  return s.pin;
}

/** The host's IPv4 addresses on the hall's network, for the desk URL shown with the PIN. */
const lanAddresses = () =>
  Object.values(os.networkInterfaces())
    .flat()
    .filter((n): n is os.NetworkInterfaceInfo => !!n && n.family === 'IPv4' && !n.internal)
    .map((n) => n.address);

/** @example const { pin, attempts } = pairingPin(ctx); // shown on the host's screen, with the wrong guesses */
export function pairingPin(ctx: ServiceContext) {
  const p = currentPin(ctx);
  return {
    pin: p.pin,
    expiresAt: new Date(p.expiresAt).toISOString(),
    addresses: lanAddresses(),
    attempts: p.budget.report(),
  };
}

/** A new PIN now (the admin asked): the old one stops working, the guess budget starts afresh. */
export function renewPin(ctx: ServiceContext) {
  state(ctx).pin = null;
  return pairingPin(ctx);
}

/** "admin", " ADMIN ", "Máy chủ": names that would pass for the host in the audit trail. */
const RESERVED = new Set(['admin', 'administrator', 'maychu', 'quantri', 'host']);
const nameKey = (name: string) => foldDiacritics(name).replace(/[^a-z0-9]/g, '');

/**
 * Pair a desk. The right PIN pairs one desk and is then replaced; a wrong one is counted against
 * `caller.address` and the global budget (429 while held), never against the PIN.
 */
export async function pairStation(
  ctx: ServiceContext,
  i: { pin: string; name: string; conferenceId: string },
  caller: Caller,
) {
  const s = state(ctx);
  const p = currentPin(ctx);
  const address = caller.address ?? 'local';
  const wait = p.budget.waitFor(address);
  if (wait > 0) {
    const sec = Math.ceil(wait / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `Đã có nhiều lần nhập sai mã PIN: máy này thử lại sau ${sec} giây, hoặc nhờ máy chủ đổi mã PIN mới`,
      { retryAfterSeconds: sec },
    );
  }
  if (!samePin(i.pin, p.pin)) {
    p.budget.fail(address);
    throw new AppError('FORBIDDEN', 'Mã PIN không đúng: xem lại mã PIN đang hiện trên máy chủ (mục Điểm danh)');
  }
  const clean = normalizeText(i.name);
  const key = nameKey(clean);
  if (!key || RESERVED.has(key)) {
    throw new AppError(
      'BAD_INPUT',
      `Tên bàn "${clean}" không dùng được (trùng tên dành cho máy chủ): đặt tên khác, ví dụ "Bàn 1"`,
      { name: clean },
    );
  }
  if ((await repo.listStations(ctx.store.db)).some((r) => nameKey(r.name) === key)) {
    throw new AppError('CONFLICT', `Tên "${clean}" đã được một bàn dùng (kể cả bàn đã thu hồi): đặt tên khác`, {
      name: clean,
    });
  }
  const conference = await ctx.store.db
    .selectFrom('conferences')
    .select('id')
    .where('id', '=', i.conferenceId)
    .executeTakeFirst();
  if (!conference)
    throw new AppError(
      'NOT_FOUND',
      `Không có hội nghị mã "${i.conferenceId}" trên máy chủ: mở lại địa chỉ bàn điểm danh từ máy chủ`,
      { conferenceId: i.conferenceId },
    );
  const token = crypto.randomBytes(24).toString('base64url');
  const id = newId();
  await repo.insertStation(ctx.store.db, {
    id,
    name: clean,
    token_hash: hashToken(token),
    created_at: ctx.now(),
    last_seen_at: ctx.now(),
    revoked_at: null,
    paired_conference_id: i.conferenceId,
  });
  // Used: the next desk gets a new PIN.
  if (s.pin === p) s.pin = null;
  return { token, stationId: id, name: clean };
}

/** The caller a station token stands for, or null (unknown or revoked). Cached; revoke clears it. */
export async function stationCaller(ctx: ServiceContext, token: string): Promise<Caller | null> {
  if (!token) return null;
  const s = state(ctx);
  const h = hashToken(token);
  let hit = s.byHash.get(h);
  if (!hit) {
    const row = await repo.findStationByHash(ctx.store.db, h);
    if (!row) return null;
    hit = {
      id: row.id,
      name: row.name,
      revoked: !!row.revoked_at,
      seenAt: 0,
      conferenceId: row.paired_conference_id,
      pairedAt: row.created_at,
    };
    s.byHash.set(h, hit);
  }
  if (hit.revoked) return null;
  if (Date.now() - hit.seenAt > SEEN_EVERY_MS) {
    hit.seenAt = Date.now();
    await repo.setStation(ctx.store.db, hit.id, { last_seen_at: ctx.now() });
  }
  return { role: 'desk', name: hit.name, stationId: hit.id, conferenceId: hit.conferenceId, pairedAt: hit.pairedAt };
}

export async function listStations(ctx: ServiceContext) {
  const rows = await repo.listStations(ctx.store.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      revoked: !!r.revoked_at,
    })),
  };
}

/** Called with a station id the moment it is revoked (the host closes that desk's event streams). */
export function onStationRevoked(ctx: ServiceContext, fn: (id: string) => void): () => void {
  state(ctx).revokedListeners.add(fn);
  return () => state(ctx).revokedListeners.delete(fn);
}

export async function revokeStation(ctx: ServiceContext, id: string) {
  const r = await repo.setStation(ctx.store.db, id, { revoked_at: ctx.now() });
  if (!Number(r.numUpdatedRows)) throw new AppError('NOT_FOUND', `Không có bàn điểm danh mã "${id}"`, { id });
  for (const v of state(ctx).byHash.values()) if (v.id === id) v.revoked = true;
  for (const fn of state(ctx).revokedListeners) fn(id);
  return { revoked: true };
}
