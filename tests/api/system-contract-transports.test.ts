/** The same cases through IPC-style dispatch and through HTTP: both transports must answer alike. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../electron/host/server';
import { ERROR_STATUS } from '../../shared/api/errors';
import { contract } from '../../shared/api/contract';
import { freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

const TOKEN = 'contract-token-0001';
let core: Core;
let app: FastifyInstance;
let base: string;
let conferenceId: string;

beforeAll(async () => {
  core = await freshCore();
  app = await createHost({ core, adminToken: TOKEN });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const r = await core.dispatch('conference.create', { title: 'Hợp đồng API' }, { role: 'admin', name: 'admin' });
  conferenceId = (r as { ok: true; value: { id: string } }).value.id;
  await core.dispatch(
    'delegate.create',
    { conferenceId, delegate: { fullName: 'Nguyễn Văn Sơn', unit: 'Sở Y tế' } },
    { role: 'admin', name: 'admin' },
  );
});
afterAll(async () => {
  await app.close();
  await core.close();
});

type Case = [name: string, procedure: string, input: () => unknown];
const cases: Case[] = [
  ['list conferences', 'conference.list', () => ({})],
  ['get a conference', 'conference.get', () => ({ id: conferenceId })],
  ['missing conference', 'conference.get', () => ({ id: 'khong-co' })],
  ['bad input', 'conference.create', () => ({ title: 42 })],
  ['unknown procedure', 'conference.explode', () => ({})],
  ['list delegates', 'delegate.list', () => ({ conferenceId })],
  ['search without diacritics', 'delegate.search', () => ({ conferenceId, query: 'nguyen van son' })],
  ['reorder missing people', 'delegate.reorder', () => ({ conferenceId, orderedIds: ['x'] })],
  [
    'import a non-spreadsheet',
    'delegate.importPreview',
    () => ({ conferenceId, fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') }),
  ],
];

describe('IPC-style dispatch and HTTP agree', () => {
  it.each(cases)('%s', async (_name, procedure, input) => {
    const direct = await core.dispatch(procedure, input(), { role: 'admin', name: 'admin' });
    const res = await fetch(`${base}/api/${procedure}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(input()),
    });
    const body = await res.json();
    if (direct.ok) {
      expect(res.status).toBe(200);
      expect(body).toEqual(JSON.parse(JSON.stringify(direct.value)));
    } else {
      expect(res.status).toBe(ERROR_STATUS[direct.error.code]);
      expect(body.error.code).toBe(direct.error.code);
      expect(body.error.message).toBe(direct.error.message);
      expect(body.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });

  it('covers every procedure in the contract with a handler', async () => {
    for (const p of Object.keys(contract)) {
      const r = await core.dispatch(p, {}, { role: 'admin', name: 'admin' });
      if (!r.ok) expect(r.error.code).not.toBe('UNKNOWN_PROCEDURE');
    }
  });
});
