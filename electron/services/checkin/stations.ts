/**
 * Check-in desks (stations): the host shows a 6-digit PIN; a desk pairs with it and a name and gets
 * a token with the 'desk' role. Only the token's sha256 is stored. A PIN lives 10 minutes and is
 * voided after 5 wrong guesses (the host then shows a new one), so guessing cannot succeed; the
 * per-address rate limit (429) is the host's job (electron/host/server.ts).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { AppError } from '../../../shared/api/errors';
import * as repo from '../../../db/repositories/checkin';
import type { Caller } from '../../../shared/api/handlers';
import { newId, type ServiceContext } from '../kernel/context';

export const PIN_TTL_MS = 10 * 60 * 1000;
export const PIN_MAX_FAILURES = 5;
const SEEN_EVERY_MS = 30 * 1000;

interface PinState { pin: string; expiresAt: number; failures: number }
interface StationState { pin: PinState | null; byHash: Map<string, { id: string; name: string; revoked: boolean; seenAt: number }> }
const states = new WeakMap<ServiceContext, StationState>();

function state(ctx: ServiceContext): StationState {
  let s = states.get(ctx);
  if (!s) states.set(ctx, (s = { pin: null, byHash: new Map() }));
  return s;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const samePin = (a: string, b: string) =>
  crypto.timingSafeEqual(crypto.createHash('sha256').update(a).digest(), crypto.createHash('sha256').update(b).digest());

function currentPin(ctx: ServiceContext): PinState {
  const s = state(ctx);
  if (!s.pin || s.pin.expiresAt <= Date.now()) {
    s.pin = { pin: String(crypto.randomInt(0, 1_000_000)).padStart(6, '0'), expiresAt: Date.now() + PIN_TTL_MS, failures: 0 };
  }
  return s.pin;
}

/** The host's IPv4 addresses on the hall's network, for the desk URL shown with the PIN. */
const lanAddresses = () =>
  Object.values(os.networkInterfaces()).flat()
    .filter((n): n is os.NetworkInterfaceInfo => !!n && n.family === 'IPv4' && !n.internal)
    .map((n) => n.address);

/** @example const { pin } = pairingPin(ctx); // shown on the host's screen */
export function pairingPin(ctx: ServiceContext) {
  const p = currentPin(ctx);
  return { pin: p.pin, expiresAt: new Date(p.expiresAt).toISOString(), addresses: lanAddresses() };
}

/** Pair a desk. A wrong PIN counts toward voiding it; the right one may pair several desks. */
export async function pairStation(ctx: ServiceContext, pin: string, name: string) {
  const s = state(ctx);
  const p = s.pin && s.pin.expiresAt > Date.now() ? s.pin : null;
  if (!p || !samePin(pin, p.pin)) {
    if (p && ++p.failures >= PIN_MAX_FAILURES) s.pin = null;
    throw new AppError('FORBIDDEN', 'Mã PIN không đúng hoặc đã hết hạn: xem mã PIN mới trên máy chủ (mục Điểm danh)');
  }
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (await repo.findActiveStationByName(ctx.store.db, clean)) {
    throw new AppError('CONFLICT', `Tên "${clean}" đang được một bàn khác dùng: đặt tên khác, hoặc thu hồi bàn cũ trên máy chủ`, { name: clean });
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const id = newId();
  await repo.insertStation(ctx.store.db, { id, name: clean, token_hash: hashToken(token), created_at: ctx.now(), last_seen_at: ctx.now(), revoked_at: null });
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
    hit = { id: row.id, name: row.name, revoked: !!row.revoked_at, seenAt: 0 };
    s.byHash.set(h, hit);
  }
  if (hit.revoked) return null;
  if (Date.now() - hit.seenAt > SEEN_EVERY_MS) {
    hit.seenAt = Date.now();
    await repo.setStation(ctx.store.db, hit.id, { last_seen_at: ctx.now() });
  }
  return { role: 'desk', name: hit.name };
}

export async function listStations(ctx: ServiceContext) {
  const rows = await repo.listStations(ctx.store.db);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revoked: !!r.revoked_at })) };
}

export async function revokeStation(ctx: ServiceContext, id: string) {
  const r = await repo.setStation(ctx.store.db, id, { revoked_at: ctx.now() });
  for (const v of state(ctx).byHash.values()) if (v.id === id) v.revoked = true;
  if (!Number(r.numUpdatedRows)) throw new AppError('NOT_FOUND', `Không có bàn điểm danh mã "${id}"`, { id });
  return { revoked: true };
}
