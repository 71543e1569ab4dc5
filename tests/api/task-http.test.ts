/** The task and conclusion procedures over the real HTTP host: a paired desk reads task.list and conclusion.get (200) and is refused every other one (403). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

const TOKEN = 'admin-token-tasks';
let core: Core;
let app: FastifyInstance;
let conferenceId: string;
let taskId: string;

beforeAll(async () => {
  core = await freshCore();
  app = await createHost({ core, adminToken: TOKEN });
  conferenceId = (await call(core, 'conference.create', { title: 'Hội nghị tổng kết', startsAt: '2026-12-10T07:30' }))
    .id;
  taskId = (
    await call(core, 'task.create', {
      conferenceId,
      agency: 'Sở Nội vụ',
      content: 'Thẩm định hồ sơ khen thưởng',
      due: { kind: 'beforeConference', days: 10 },
    })
  ).id;
});
afterAll(async () => {
  await app.close();
  await core.close();
});

async function post(proc: string, body: unknown, token: string | null = TOKEN) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/${proc}`,
    remoteAddress: '10.0.0.31',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() };
}

describe('tasks over HTTP', () => {
  it('the admin: 200 with computed dates; 400 on a bad deadline', async () => {
    const r = await post('task.list', { conferenceId });
    expect(r.status).toBe(200);
    expect(r.body.items[0]).toMatchObject({
      id: taskId,
      dueDate: '2026-11-30',
      dueLabel: '30/11/2026 (10 ngày trước hội nghị)',
    });
    const bad = await post('task.create', {
      conferenceId,
      agency: 'Sở Y tế',
      content: 'Trực y tế',
      due: { kind: 'beforeConference', days: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('due');
  });

  it('a desk reads the list and the notice, and gets 403 on everything else', async () => {
    const {
      body: { pin },
    } = await post('station.pairingPin', {});
    const paired = await post('station.pair', { pin, name: 'Bàn 2', conferenceId }, null);
    expect(paired.status).toBe(200);
    const desk = paired.body.token as string;
    const list = await post('task.list', { conferenceId }, desk);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect((await post('conclusion.get', { conferenceId }, desk)).status).toBe(200);
    for (const [proc, input] of [
      ['task.extract', { conferenceId, text: '1. Sở Nội vụ: thẩm định.' }],
      ['task.createMany', { conferenceId, items: [{ agency: 'A', content: 'B' }] }],
      ['task.create', { conferenceId, agency: 'A', content: 'B' }],
      ['task.update', { id: taskId, patch: { status: 'done' } }],
      ['task.delete', { ids: [taskId] }],
      ['task.export', { conferenceId }],
      ['document.preparationReport', { conferenceId }],
      ['conclusion.extract', { conferenceId, text: '1. Nội dung (Sở X trình)' }],
      ['conclusion.save', { conferenceId, items: [] }],
      ['document.conclusions', { conferenceId }],
      ['document.conclusionFollowUp', { conferenceId }],
    ] as const) {
      expect((await post(proc, input, desk)).status, proc).toBe(403);
    }
    expect((await call(core, 'task.list', { conferenceId })).items[0].status).toBe('todo');
  });
});
