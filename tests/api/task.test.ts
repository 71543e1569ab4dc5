/** task.* on a real store: extract (writes nothing), createMany, list with dates computed from the conference day, create/update/delete, roles, XLSX. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callError, freshCore } from '../helpers/core';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (n: string) =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!,
    ),
    'utf8',
  );

let core: Core;
let conferenceId = '';
const NOW = '2024-07-20T09:00:00';

beforeAll(async () => {
  core = await freshCore();
  // A fixed clock: "today" is 20/07/2024 (local).
  core.ctx.now = () => new Date(NOW).toISOString();
  conferenceId = (
    await call(core, 'conference.create', {
      title: 'Hội nghị đánh giá 15 năm hoàn thành phân giới, cắm mốc',
      startsAt: null,
    })
  ).id;
});
afterAll(async () => {
  await core?.close();
});

describe('task.extract and task.createMany', () => {
  it('extract reads seed 001 and writes nothing; relative deadlines have no date while the day is unknown', async () => {
    const { items } = await call(core, 'task.extract', { conferenceId, text: seed('001') });
    expect(items).toHaveLength(20);
    expect(items[1]).toMatchObject({
      agency: 'Sở Ngoại vụ',
      due: { kind: 'beforeConference', days: 15 },
      dueDate: null,
    });
    expect(items[0].dueDate).toBe('2024-07-15');
    expect((await call(core, 'task.list', { conferenceId })).items).toEqual([]);
  });

  it('createMany saves the accepted drafts (source = plan); list computes dates from the conference day, now', async () => {
    const { items } = await call(core, 'task.extract', { conferenceId, text: seed('001') });
    const { ids } = await call(core, 'task.createMany', { conferenceId, items: items.slice(0, 9) });
    expect(ids).toHaveLength(9);
    let list = await call(core, 'task.list', { conferenceId });
    expect(list.conferenceDate).toBeNull();
    expect(list.today).toBe('2024-07-20');
    expect(list.items.map((t) => t.source)).toEqual(Array(9).fill('plan'));
    expect(list.items[1].dueLabel).toBe('15 ngày trước hội nghị (chưa có ngày)');
    expect(list.items[0]).toMatchObject({ dueDate: '2024-07-15', overdue: true, daysLeft: -5 });
    await call(core, 'conference.update', { id: conferenceId, patch: { startsAt: '2024-08-15T07:30' } });
    list = await call(core, 'task.list', { conferenceId });
    expect(list.items[1]).toMatchObject({
      dueDate: '2024-07-31',
      dueLabel: '31/07/2024 (15 ngày trước hội nghị)',
      dueSoon: false,
      overdue: false,
      daysLeft: 11,
    });
    expect(list.items[8]).toMatchObject({ dueDate: '2024-08-05' });
    // The conference moves: the relative deadlines move with it, the dated ones stay.
    await call(core, 'conference.update', { id: conferenceId, patch: { startsAt: '2024-08-01T07:30' } });
    list = await call(core, 'task.list', { conferenceId });
    expect(list.items[1]).toMatchObject({ dueDate: '2024-07-17', overdue: true });
    expect(list.items[8]).toMatchObject({ dueDate: '2024-07-22', dueSoon: true, daysLeft: 2 });
    expect(list.items[0].dueDate).toBe('2024-07-15');
  });
});

describe('task.create / update / delete', () => {
  it('a typed task; marked done today, back to "đang làm" clears the date', async () => {
    const t = await call(core, 'task.create', {
      conferenceId,
      agency: 'Sở Y tế',
      content: 'Bố trí tổ y tế trực tại hội trường',
      due: { kind: 'beforeConference', days: 1 },
      note: 'Xe cứu thương',
    });
    expect(t).toMatchObject({
      source: 'manual',
      status: 'todo',
      dueDate: '2024-07-31',
      coordinating: [],
      position: 10,
    });
    const done = await call(core, 'task.update', { id: t.id, patch: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', doneDate: '2024-07-20', overdue: false, dueSoon: false });
    const doing = await call(core, 'task.update', {
      id: t.id,
      patch: { status: 'doing', coordinating: ['Công an tỉnh'] },
    });
    expect(doing).toMatchObject({
      status: 'doing',
      doneDate: null,
      coordinating: ['Công an tỉnh'],
      note: 'Xe cứu thương',
    });
    const d2 = await call(core, 'task.update', { id: t.id, patch: { status: 'done', doneDate: '2024-07-18' } });
    expect(d2.doneDate).toBe('2024-07-18');
    expect(await call(core, 'task.delete', { ids: [t.id] })).toEqual({ deleted: 1 });
    expect((await call(core, 'task.list', { conferenceId })).items.some((x) => x.id === t.id)).toBe(false);
  });

  it('bad input is refused in Vietnamese and nothing is written', async () => {
    const before = (await call(core, 'task.list', { conferenceId })).items.length;
    const e = await callError(core, 'task.create', { conferenceId, agency: '', content: 'x' });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('Nhập cơ quan chủ trì');
    expect(
      (
        await callError(core, 'task.create', {
          conferenceId,
          agency: 'Sở',
          content: 'x',
          due: { kind: 'date', date: '15/07/2024' },
        })
      ).code,
    ).toBe('BAD_INPUT');
    expect((await callError(core, 'task.update', { id: 'khong-co', patch: { status: 'done' } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callError(core, 'task.list', { conferenceId: 'khong-co' })).message).toContain('hội nghị');
    expect((await call(core, 'task.list', { conferenceId })).items.length).toBe(before);
  });
});

describe('roles', () => {
  it('a desk may read the list, nothing else', async () => {
    const r = await core.dispatch('task.list', { conferenceId }, { role: 'desk', name: 'Bàn 1' });
    expect(r.ok).toBe(true);
    for (const [p, input] of [
      ['task.extract', { conferenceId, text: 'x' }],
      ['task.createMany', { conferenceId, items: [] }],
      ['task.create', { conferenceId, agency: 'A', content: 'B' }],
      ['task.update', { id: 'x', patch: {} }],
      ['task.delete', { ids: ['x'] }],
      ['task.export', { conferenceId }],
      ['document.preparationReport', { conferenceId }],
      ['conclusion.extract', { conferenceId, text: 'x' }],
      ['conclusion.save', { conferenceId, items: [] }],
      ['document.conclusions', { conferenceId }],
    ] as const) {
      expect((await callError(core, p, input, 'desk')).code, p).toBe('FORBIDDEN');
    }
  });
});

describe('task.export', () => {
  it('an .xlsx with one row per task, the computed deadline and the status', async () => {
    const file = await call(core, 'task.export', { conferenceId });
    expect(file.fileName).toMatch(/^Nhiem vu - .*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Nội dung',
      'Thời hạn',
      'Hạn (ngày)',
      'Chỉ đạo, đôn đốc',
      'Trạng thái',
      'Ngày xong',
      'Nguồn',
      'Ghi chú',
    ]);
    const second = ws.getRow(6).values as unknown[];
    expect(second.slice(1, 3)).toEqual([2, 'Sở Ngoại vụ']);
    expect(second[5]).toBe('17/07/2024 (15 ngày trước hội nghị)');
    expect(second[8]).toBe('Chưa làm - quá hạn');
    expect(second[10]).toBe('Kế hoạch');
    expect(ws.rowCount).toBe(4 + 9);
  });
});
