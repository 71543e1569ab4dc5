/** The host mode contract, over a real HTTP server: the same dispatcher as IPC, status codes as README says. */
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import { freshCore, tempDir } from '../helpers/core';
import type { Core } from '../../electron/core/core';

const TOKEN = 'test-token-123-4567';
let core: Core;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  core = await freshCore();
  const staticDir = tempDir('thuky-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ThuKy</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'bí mật');
  app = await createHost({ core, adminToken: TOKEN, staticDir, bodyLimitBytes: 1024 * 1024 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await app.close();
  await core.close();
});

const post = (proc: string, body: unknown, token: string | null = TOKEN, raw?: string) =>
  fetch(`${base}/api/${proc}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });

describe('HTTP host', () => {
  it('answers 200 with the output as JSON', async () => {
    const res = await post('conference.create', { title: 'Hội nghị qua HTTP' });
    expect(res.status).toBe(200);
    const { id } = await res.json();
    const got = await (await post('conference.get', { id })).json();
    expect(got.title).toBe('Hội nghị qua HTTP');
  });

  it('answers 401 without a valid token', async () => {
    for (const token of [null, 'wrong']) {
      const res = await post('conference.list', {}, token);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers 404 for an unknown procedure', async () => {
    const res = await post('conference.nope', {});
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({
      code: 'UNKNOWN_PROCEDURE',
      message: expect.stringContaining('conference.nope'),
    });
  });

  it('answers 400 for input failing the schema, and writes nothing', async () => {
    const before = (await (await post('conference.list', {})).json()).items.length;
    const res = await post('conference.create', { title: '' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.message).toContain('Tên hội nghị không được để trống');
    expect(body.error.details.issues[0].path).toEqual(['title']);
    expect((await (await post('conference.list', {})).json()).items.length).toBe(before);
  });

  it('answers 400 in Vietnamese for malformed JSON', async () => {
    const res = await post('conference.create', null, TOKEN, '{"title": ');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('JSON');
  });

  it('answers 413 for an oversized body', async () => {
    const res = await post('conference.create', { title: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves the UI with a strict CSP and refuses path traversal', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const status = await new Promise<number>((resolve) => {
      http.get(`${base}/../secret.txt`, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
    });
    expect(status).toBe(404);
    const enc = await fetch(`${base}/%2e%2e/secret.txt`);
    expect(enc.status).toBe(404);
    expect(await enc.text()).not.toContain('bí mật');
  });

  it('pushes a change event to subscribers after a write', async () => {
    const { id } = await (await post('conference.create', { title: 'Sự kiện' })).json();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(`${base}/api/events?token=${TOKEN}`, (res) => {
        let buf = '';
        res.on('data', (chunk) => {
          buf += chunk;
          const m = buf.match(/data: (.*)\n\n/);
          if (m) {
            req.destroy();
            resolve(m[1]);
          }
        });
      });
      req.on('error', reject);
      setTimeout(() => post('delegate.create', { conferenceId: id, delegate: { fullName: 'Nguyễn Văn A' } }), 100);
    });
    const event = JSON.parse(await received);
    expect(event).toMatchObject({ type: 'changed', procedure: 'delegate.create', conferenceId: id });
  });
});
