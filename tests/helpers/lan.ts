/**
 * The hall's LAN on one machine: a real host listening on 127.0.0.1, and clients whose sockets are
 * bound to other loopback addresses (127.0.0.2, 127.0.0.3, …), each standing for another machine
 * on the Wi-Fi. Only loopback addresses are used.
 */
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import type { Core } from '../../electron/core/core';

export interface Lan {
  app: FastifyInstance;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export async function startLanHost(core: Core, adminToken: string, staticDir?: string): Promise<Lan> {
  const app = await createHost({ core, adminToken, staticDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  return { app, port, origin: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
  ms: number;
}

/** One HTTP request from `from` (a 127.0.0.x address). `body` may be a Buffer (sent as is). */
export function request(
  lan: Lan,
  opts: {
    from?: string;
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<Reply> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: lan.port,
        localAddress: opts.from ?? '127.0.0.1',
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: {
          ...(opts.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(opts.body)) } : {}),
          ...opts.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - t0 });
        });
      },
    );
    // The host may answer and close before a big body is sent: that is a refusal, not a failure.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET'
        ? resolve({ status: -1, headers: {}, text: e.code, json: null, ms: performance.now() - t0 })
        : reject(e),
    );
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** POST /api/<procedure> with JSON, from a machine, with a token or none. */
export const api = (lan: Lan, procedure: string, input: unknown, token: string | null, from = '127.0.0.1') =>
  request(lan, {
    from,
    path: `/api/${procedure}`,
    body: JSON.stringify(input),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
