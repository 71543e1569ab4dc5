/**
 * The HTTP host: the built UI at /, every procedure at POST /api/<procedure>, change events at
 * GET /api/events (server-sent events). Fastify; no 'electron' import, so it runs in plain Node.
 * Every request passes the guards (guards.ts) and, on /api, the token check in onRequest — before
 * any body is read; bodies are limited per route (limits.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import { ERROR_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import type { Core } from '../core/core';
import type { Caller } from '../core/dispatcher';
import { onStationRevoked } from '../services/checkin';
import { assertAdminToken, authenticate, bearerOf, issueSession, queryTokenOf } from './auth';
import { hostRefusal, isJson, originRefusal } from './guards';
import { DEFAULT_BODY_LIMIT, LARGE_BODY_LIMIT, PAIR_BODY_LIMIT, PAIR_RATE, largeBodyProcedures } from './limits';

export interface HostOptions {
  core: Core;
  adminToken: string;
  /** Folder of the built renderer (index.html); omitted = API only. */
  staticDir?: string;
  /** The limit for imports and attachments (the procedures that carry a file); 40 MB. */
  bodyLimitBytes?: number;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const errorReply = (reply: FastifyReply, body: ApiErrorBody) =>
  reply.code(ERROR_STATUS[body.code] ?? 500).send({ error: body });

/** Refused before the body is read: close the connection rather than drain what is still coming. */
const refuse = (reply: FastifyReply, status: number, body: ApiErrorBody) =>
  reply.code(status).header('Connection', 'close').send({ error: body });

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const UNAUTHORIZED = 'Thiếu hoặc sai mã truy cập (token)';
const EXPIRED = 'Phiên làm việc trên trình duyệt đã hết hạn: mở lại đường dẫn đăng nhập mà máy chủ ThuKy in ra';

/** @example const app = await createHost({ core, adminToken }); await app.listen({ port: 8787 }); */
export async function createHost(opts: HostOptions): Promise<FastifyInstance> {
  const { core, adminToken } = opts;
  assertAdminToken(adminToken);
  const large = opts.bodyLimitBytes ?? LARGE_BODY_LIMIT;
  const app = Fastify({ logger: false, bodyLimit: Math.min(DEFAULT_BODY_LIMIT, large) });
  app.decorateRequest('caller', null);

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Máy này gửi yêu cầu ghép bàn quá nhiều: thử lại sau ${Math.ceil(ctx.ttl / 1000)} giây`,
    }),
  });

  app.addHook('onRequest', async (req, reply) => {
    // The port the request really came in on (the LAN controller serves the app from its own servers).
    const wrongHost = hostRefusal(req.headers.host, req.socket?.localPort ?? null);
    if (wrongHost) return refuse(reply, 403, { code: 'FORBIDDEN', message: wrongHost });
    const url = req.url.split('?')[0];
    if (!url.startsWith('/api/') && url !== '/auth/session') return;
    if (req.method === 'POST') {
      const foreign = originRefusal(req);
      if (foreign) return refuse(reply, 403, { code: 'FORBIDDEN', message: foreign });
      if (!isJson(req))
        return refuse(reply, 415, { code: 'BAD_INPUT', message: 'Chỉ nhận nội dung kiểu application/json' });
    }
    if (url === '/api/station.pair') return;
    // `?token=` only for the event stream (EventSource sends no headers); everywhere else the header.
    const token = bearerOf(req) || (req.method === 'GET' && url === '/api/events' ? queryTokenOf(req) : '');
    const { caller, expired } = await authenticate(core, adminToken, token, req.ip);
    if (!caller) return refuse(reply, 401, { code: 'UNAUTHORIZED', message: expired ? EXPIRED : UNAUTHORIZED });
    req.caller = caller;
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const mb = reply.request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT;
      const size = mb >= 1048576 ? `${Math.round(mb / 1048576)} MB` : `${Math.round(mb / 1024)} KB`;
      return errorReply(reply, { code: 'PAYLOAD_TOO_LARGE', message: `Dữ liệu gửi lên quá lớn (tối đa ${size})` });
    }
    if (err.statusCode === 429) return errorReply(reply, { code: 'RATE_LIMITED', message: err.message });
    if (err.statusCode === 415)
      return errorReply(reply, { code: 'BAD_INPUT', message: 'Chỉ nhận nội dung kiểu application/json' });
    if (err.statusCode === 400 || err.code?.startsWith('FST_ERR_CTP')) {
      return errorReply(reply, { code: 'BAD_INPUT', message: 'Nội dung gửi lên không phải JSON hợp lệ' });
    }
    // Static files refused (dot files, bad paths): a 4xx, never a 500.
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode === 403 ? 403 : 404).send({
        error: { code: err.statusCode === 403 ? 'FORBIDDEN' : 'NOT_FOUND', message: 'Không có trang hoặc tệp này' },
      });
    }
    console.error('[ThuKy] lỗi máy chủ:', err);
    return errorReply(reply, { code: 'INTERNAL', message: 'Lỗi nội bộ của máy chủ' });
  });

  // Pairing is the one call without a token: a tiny body, rate-limited per address (429); wrong
  // PINs are counted against the address and the global budget by the service.
  app.post(
    '/api/station.pair',
    { bodyLimit: PAIR_BODY_LIMIT, config: { rateLimit: PAIR_RATE } },
    async (req, reply) => {
      const result = await core.dispatch('station.pair', req.body ?? {}, {
        role: 'desk',
        name: 'bàn chưa ghép',
        address: req.ip,
      });
      if (!result.ok && result.error.code === 'RATE_LIMITED') {
        reply.header(
          'Retry-After',
          String((result.error.details as { retryAfterSeconds?: number })?.retryAfterSeconds ?? 60),
        );
      }
      return result.ok ? reply.code(200).send(result.value) : errorReply(reply, result.error);
    },
  );

  // A browser logged in with the admin token trades it for a session that expires (auth.ts).
  app.post('/auth/session', { bodyLimit: PAIR_BODY_LIMIT }, async (req, reply) =>
    req.caller?.role === 'admin' && !bearerOf(req).startsWith('s1.')
      ? reply.send(issueSession(adminToken))
      : errorReply(reply, { code: 'FORBIDDEN', message: 'Chỉ mã quản trị mới mở được phiên làm việc' }),
  );

  const run = async (
    req: FastifyRequest<{ Params: { procedure: string } }>,
    reply: FastifyReply,
    procedure: string,
  ) => {
    const result = await core.dispatch(procedure, req.body ?? {}, req.caller!);
    return result.ok ? reply.code(200).send(result.value) : errorReply(reply, result.error);
  };
  for (const name of largeBodyProcedures()) {
    app.post(`/api/${name}`, { bodyLimit: large }, (req, reply) =>
      run(req as FastifyRequest<{ Params: { procedure: string } }>, reply, name),
    );
  }
  app.post<{ Params: { procedure: string } }>('/api/:procedure', (req, reply) => run(req, reply, req.params.procedure));

  // Open event streams, by station id, so a revoked desk's streams close at once.
  const streams = new Map<string, Set<() => void>>();
  const stopRevoked = onStationRevoked(core.ctx, (id) => {
    for (const close of streams.get(id) ?? []) close();
  });
  app.addHook('onClose', async () => stopRevoked());

  app.get('/api/events', async (req, reply) => {
    const caller = req.caller!;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    const write = (text: string) => {
      if (!res.writableEnded) res.write(text);
    };
    // A desk hears about its own conference only (and store-wide changes).
    const send = (e: { conferenceId: string | null }) => {
      if (caller.role === 'desk' && caller.conferenceId && e.conferenceId && e.conferenceId !== caller.conferenceId)
        return;
      write(`event: change\ndata: ${JSON.stringify(e)}\n\n`);
    };
    const ping = setInterval(() => write(': ping\n\n'), 15000);
    const key = caller.stationId ?? 'admin';
    const close = () => {
      res.end();
      req.raw.destroy();
    };
    if (!streams.has(key)) streams.set(key, new Set());
    streams.get(key)!.add(close);
    core.events.on('change', send);
    req.raw.on('close', () => {
      clearInterval(ping);
      core.events.off('change', send);
      streams.get(key)?.delete(close);
      if (!streams.get(key)?.size) streams.delete(key);
    });
  });

  app.all('/api/*', async (_req, reply) =>
    errorReply(reply, { code: 'UNKNOWN_PROCEDURE', message: 'Không có địa chỉ API này (dùng POST /api/<thủ tục>)' }),
  );

  if (opts.staticDir && fs.existsSync(path.join(opts.staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(opts.staticDir), index: ['index.html'], dotfiles: 'deny' });
    // Print views are real paths (/print/<view>?conferenceId=…): the same single-page app serves them.
    app.get('/print/*', (_req, reply) => reply.sendFile('index.html'));
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><p>ThuKy: chưa dựng giao diện (npm run build).</p>'),
    );
  }
  return app;
}
