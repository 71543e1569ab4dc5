/**
 * The HTTP host: the built UI at /, every procedure at POST /api/<procedure>, change events at
 * GET /api/events (server-sent events). Fastify; no 'electron' import, so it runs in plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { ERROR_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import type { Core } from '../core/core';
import type { Caller } from '../core/dispatcher';
import { stationCaller } from '../services/checkin';
import { PairLimiter } from './pair-limiter';

export interface HostOptions {
  core: Core;
  adminToken: string;
  /** Folder of the built renderer (index.html); omitted = API only. */
  staticDir?: string;
  bodyLimitBytes?: number;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const sameToken = (a: string, b: string) => {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
};

const errorReply = (reply: FastifyReply, body: ApiErrorBody) =>
  reply.code(ERROR_STATUS[body.code] ?? 500).send({ error: body });

/** @example const app = await createHost({ core, adminToken }); await app.listen({ port: 8787 }); */
export async function createHost(opts: HostOptions): Promise<FastifyInstance> {
  const { core, adminToken } = opts;
  const app = Fastify({ logger: false, bodyLimit: opts.bodyLimitBytes ?? 40 * 1024 * 1024 });

  // The admin token, or a paired desk's station token (role 'desk', caller.name = the desk's name).
  const callerOf = async (req: FastifyRequest): Promise<Caller | null> => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : (req.query as { token?: string })?.token ?? '';
    if (token && sameToken(token, adminToken)) return { role: 'admin', name: 'admin' };
    return token ? stationCaller(core.ctx, token) : null;
  };
  const pairLimiter = new PairLimiter();

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return errorReply(reply, { code: 'PAYLOAD_TOO_LARGE', message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round((opts.bodyLimitBytes ?? 40 * 1048576) / 1048576)} MB)` });
    }
    if (err.statusCode === 400 || err.code?.startsWith('FST_ERR_CTP')) {
      return errorReply(reply, { code: 'BAD_INPUT', message: 'Nội dung gửi lên không phải JSON hợp lệ' });
    }
    if (err.statusCode === 415) {
      return reply.code(415).send({ error: { code: 'BAD_INPUT', message: 'Chỉ nhận nội dung kiểu application/json' } });
    }
    return errorReply(reply, { code: 'INTERNAL', message: 'Lỗi nội bộ của máy chủ' });
  });

  // Pairing is the one call without a token: rate-limited per address (429), wrong PINs counted.
  app.post('/api/station.pair', async (req, reply) => {
    const wait = pairLimiter.blockedFor(req.ip);
    if (wait > 0) {
      reply.header('Retry-After', String(Math.ceil(wait / 1000)));
      return errorReply(reply, { code: 'RATE_LIMITED', message: `Nhập sai PIN quá nhiều lần: thử lại sau ${Math.ceil(wait / 1000)} giây` });
    }
    const result = await core.dispatch('station.pair', req.body ?? {}, (await callerOf(req)) ?? { role: 'desk', name: 'bàn chưa ghép' });
    if (!result.ok && result.error.code === 'FORBIDDEN') pairLimiter.fail(req.ip);
    return result.ok ? reply.code(200).send(result.value) : errorReply(reply, result.error);
  });

  app.post<{ Params: { procedure: string } }>('/api/:procedure', async (req, reply) => {
    const caller = await callerOf(req);
    if (!caller) return errorReply(reply, { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập (token)' });
    const result = await core.dispatch(req.params.procedure, req.body ?? {}, caller);
    return result.ok ? reply.code(200).send(result.value) : errorReply(reply, result.error);
  });

  app.get('/api/events', async (req, reply) => {
    if (!(await callerOf(req))) return errorReply(reply, { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập (token)' });
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    const send = (e: unknown) => res.write(`event: change\ndata: ${JSON.stringify(e)}\n\n`);
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    core.events.on('change', send);
    req.raw.on('close', () => { clearInterval(ping); core.events.off('change', send); });
  });

  app.all('/api/*', async (_req, reply) =>
    errorReply(reply, { code: 'UNKNOWN_PROCEDURE', message: 'Không có địa chỉ API này (dùng POST /api/<thủ tục>)' }));

  if (opts.staticDir && fs.existsSync(path.join(opts.staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(opts.staticDir), index: ['index.html'], dotfiles: 'deny' });
    // Print views are real paths (/print/<view>?conferenceId=…): the same single-page app serves them.
    app.get('/print/*', (_req, reply) => reply.sendFile('index.html'));
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><p>ThuKy: chưa dựng giao diện (npm run build).</p>'));
  }
  return app;
}
