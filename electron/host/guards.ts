/**
 * Checks every request passes before anything else runs (the onRequest hook, before a body is
 * read): the Host header names this machine (DNS rebinding), a POST is JSON and, when the browser
 * says where it comes from, from this same origin (cross-site forms and no-cors fetches).
 */
import os from 'node:os';
import type { FastifyRequest } from 'fastify';

const ADDRESSES_TTL_MS = 5000;
let cached: { at: number; names: Set<string> } | null = null;

/**
 * 127.0.0.1, localhost, ::1, this machine's own name (and its mDNS .local) and every address of its
 * interfaces (re-read every 5 s: DHCP). A rebinding attacker's domain is none of these.
 */
export function ownHostNames(now = Date.now()): Set<string> {
  if (cached && now - cached.at < ADDRESSES_TTL_MS) return cached.names;
  const self = os.hostname().toLowerCase();
  const names = new Set(['127.0.0.1', 'localhost', '::1', self, `${self.replace(/\.local$/, '')}.local`]);
  for (const n of Object.values(os.networkInterfaces()).flat()) if (n) names.add(n.address.toLowerCase());
  cached = { at: now, names };
  return names;
}

/** "192.168.1.5:8787" → { name: "192.168.1.5", port: 8787 }; "[::1]:80" → { name: "::1", port: 80 }. */
export function parseHost(host: string): { name: string; port: number | null } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(host.trim());
  if (!m) return null;
  return { name: (m[1] ?? m[2]).toLowerCase().replace(/\.$/, ''), port: m[3] ? Number(m[3]) : null };
}

/**
 * Why a Host header is refused, or null when it names this machine on the port we listen on
 * (`port` = the socket's local port; null under fastify.inject: the port is not checked).
 */
export function hostRefusal(host: string | undefined, port: number | null): string | null {
  const h = host ? parseHost(host) : null;
  if (!h) return 'Thiếu tên máy chủ (Host) trong yêu cầu';
  if (!ownHostNames().has(h.name))
    return `Tên máy chủ "${h.name}" không phải máy này: mở ThuKy bằng địa chỉ IP của máy chủ hoặc 127.0.0.1`;
  if (port !== null && (h.port ?? 80) !== port) return `Cổng ${h.port ?? 80} không phải cổng của ThuKy (${port})`;
  return null;
}

/** A POST must say it is JSON (a cross-site form or no-cors fetch cannot, without a preflight). */
export function isJson(req: FastifyRequest): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json';
}

/** An Origin header, when present, must be this very host ("null" and other sites are refused). */
export function originRefusal(req: FastifyRequest): string | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (origin === `http://${req.headers.host ?? ''}`) return null;
  return `Yêu cầu từ trang khác (${origin || 'không rõ'}) bị từ chối: chỉ giao diện ThuKy trên máy chủ này được gọi API`;
}
