/**
 * Who is calling the HTTP host: the admin token (automation, the login link), a browser session
 * derived from it (expires), or a paired desk's station token. Kept apart from server.ts so the
 * routes stay readable and the rules can be tested one by one.
 */
import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Core } from '../core/core';
import type { Caller } from '../core/dispatcher';
import { stationCaller } from '../services/checkin';

/** A browser's admin session lasts a working day; then the login link must be opened again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MIN_ADMIN_TOKEN = 16;

const sha = (s: string) => crypto.createHash('sha256').update(s).digest();
export const sameToken = (a: string, b: string) => crypto.timingSafeEqual(sha(a), sha(b));

/** Refuses an admin token anyone on the hall's network could guess. */
export function assertAdminToken(token: string): void {
  if (token.length < MIN_ADMIN_TOKEN) {
    throw new Error(
      `Mã quản trị THUKY_ADMIN_TOKEN quá ngắn (${token.length} ký tự, cần ít nhất ${MIN_ADMIN_TOKEN}) / admin token too short (at least ${MIN_ADMIN_TOKEN} characters)`,
    );
  }
}

/**
 * Session tokens are signed, not stored: "s1.<expires ms>.<HMAC(admin token)>", so they survive a
 * restart with the same admin token and die with a new one.
 */
export function issueSession(adminToken: string, now = Date.now()): { token: string; expiresAt: string } {
  const exp = now + SESSION_TTL_MS;
  const mac = crypto.createHmac('sha256', adminToken).update(`s1.${exp}`).digest('base64url');
  return { token: `s1.${exp}.${mac}`, expiresAt: new Date(exp).toISOString() };
}

export type SessionCheck = 'valid' | 'expired' | 'invalid';
export function checkSession(adminToken: string, token: string, now = Date.now()): SessionCheck {
  const m = /^s1\.(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'invalid';
  const mac = crypto.createHmac('sha256', adminToken).update(`s1.${m[1]}`).digest('base64url');
  if (!sameToken(mac, m[2])) return 'invalid';
  return Number(m[1]) > now ? 'valid' : 'expired';
}

export const bearerOf = (req: FastifyRequest): string => {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
};

/** The token from `?token=`: only the event stream may use it (EventSource sends no headers). */
export const queryTokenOf = (req: FastifyRequest): string => {
  const t = (req.query as { token?: unknown } | undefined)?.token;
  return typeof t === 'string' ? t : '';
};

export interface Authenticated {
  caller: Caller | null;
  expired: boolean;
}

/** @example const { caller } = await authenticate(core, adminToken, bearerOf(req)); */
export async function authenticate(
  core: Core,
  adminToken: string,
  token: string,
  address?: string,
): Promise<Authenticated> {
  if (!token) return { caller: null, expired: false };
  if (sameToken(token, adminToken)) return { caller: { role: 'admin', name: 'admin', address }, expired: false };
  if (token.startsWith('s1.')) {
    const s = checkSession(adminToken, token);
    return s === 'valid'
      ? { caller: { role: 'admin', name: 'admin', address }, expired: false }
      : { caller: null, expired: s === 'expired' };
  }
  const desk = await stationCaller(core.ctx, token);
  return { caller: desk ? { ...desk, address } : null, expired: false };
}
