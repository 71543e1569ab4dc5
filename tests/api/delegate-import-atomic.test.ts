/**
 * An import is staged chunk by chunk between check-ins (import/staging.ts) and still lands all or
 * nothing: a failure while staging the last chunk, or inside the final move, leaves no delegate,
 * no undo entry and no staging table behind, and the next import works. Newly imported people are
 * found by search right after the import, also when the index was built before it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, callError, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';
import * as staging from '../../electron/services/delegate/import/staging';
import { PLAN_CHUNK } from '../../electron/services/delegate/import/import-plan';

/** Which staging step fails in the next import: the Nth chunk, or the final move. */
const fault = vi.hoisted(() => ({ chunk: 0, move: false, chunksSeen: 0 }));
vi.mock('../../electron/services/delegate/import/staging', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/services/delegate/import/staging')>();
  return {
    ...real,
    stageChunk: async (...args: Parameters<typeof real.stageChunk>) => {
      const rows = await real.stageChunk(...args);
      if (++fault.chunksSeen === fault.chunk) throw new Error('Ổ đĩa tạm lỗi (giả lập) khi ghi phần cuối');
      return rows;
    },
    moveStaged: (...args: Parameters<typeof real.moveStaged>) => {
      const moved = real.moveStaged(...args);
      if (fault.move) throw new Error('Lỗi giả lập sau khi chuyển các dòng vào danh sách');
      return moved;
    },
  };
});

const N = 2 * PLAN_CHUNK + 500; // three chunks
const csv = (n: number, from = 1) =>
  Buffer.from(
    [
      'STT;Họ và tên;Chức vụ;Đơn vị',
      ...Array.from({ length: n }, (_, i) => `${i + 1};Nguyễn Văn Thử ${i + from};Chuyên viên;Phòng ${i + from}`),
    ].join('\r\n'),
    'utf8',
  ).toString('base64');

let core: Core;
let conferenceId: string;
const list = async () => (await call(core, 'delegate.list', { conferenceId })).items;
const importCsv = (fileName: string, n: number, from = 1) => ({ conferenceId, fileName, contentBase64: csv(n, from) });

beforeEach(async () => {
  Object.assign(fault, { chunk: 0, move: false, chunksSeen: 0 });
  core = await freshCore();
  conferenceId = (await call(core, 'conference.create', { title: 'Nhập nguyên khối' })).id;
});
afterEach(async () => {
  await core.close();
});

describe('an import staged in chunks', () => {
  it('writes nothing when the last chunk fails, leaves no staging table, and the next import works', async () => {
    await call(core, 'delegate.import', importCsv('truoc.csv', 3, 90_000));
    fault.chunk = 1 + 3; // the first import staged one chunk; fail the third of the next
    const err = await callError(core, 'delegate.import', importCsv('lon.csv', N));
    expect(err.code).toBe('INTERNAL');
    expect(fault.chunksSeen).toBe(4);
    expect((await list()).map((d) => d.fullName)).toEqual([
      'Nguyễn Văn Thử 90000',
      'Nguyễn Văn Thử 90001',
      'Nguyễn Văn Thử 90002',
    ]);
    expect(staging.stagingLeftovers(core.store.sqlite)).toEqual([]);
    // The failed import left no undo entry: undo takes back the first import, then there is nothing.
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBe('Nhập tệp truoc.csv');
    expect(await list()).toEqual([]);
    const ok = await call(core, 'delegate.import', importCsv('lon.csv', N));
    expect(ok.imported).toBe(N);
    const items = await list();
    expect(items).toHaveLength(N);
    expect(items.map((d) => d.precedence)).toEqual(items.map((_, i) => i + 1));
    expect(items[N - 1].fullName).toBe(`Nguyễn Văn Thử ${N}`);
    expect(staging.stagingLeftovers(core.store.sqlite)).toEqual([]);
  });

  it('rolls the final move back when the transaction fails after it', async () => {
    fault.move = true;
    const err = await callError(core, 'delegate.import', importCsv('lon.csv', N));
    expect(err.code).toBe('INTERNAL');
    expect(await list()).toEqual([]);
    expect(staging.stagingLeftovers(core.store.sqlite)).toEqual([]);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toBeNull();
  });

  it('refuses a bad file before staging anything, with the file, row and column', async () => {
    const long = Buffer.from(
      `STT;Họ và tên;Chức vụ;Đơn vị\r\n1;Trần Văn A;Chuyên viên;Phòng 1\r\n2;Lê Văn B;${'x'.repeat(301)};Phòng 2`,
      'utf8',
    ).toString('base64');
    const err = await callError(core, 'delegate.import', { conferenceId, fileName: 'sai.csv', contentBase64: long });
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toContain('tệp "sai.csv", dòng 3, cột C');
    expect(fault.chunksSeen).toBe(0);
    expect(await list()).toEqual([]);
  });
});

describe('search right after an import', () => {
  it('finds the newly imported people, also when the index was built before the import', async () => {
    await call(core, 'delegate.import', importCsv('dot-1.csv', 5));
    expect((await call(core, 'delegate.search', { conferenceId, query: 'thu 3', limit: 5 })).items[0].fullName).toBe(
      'Nguyễn Văn Thử 3',
    );
    expect((await call(core, 'delegate.search', { conferenceId, query: 'thu 2400', limit: 5 })).items).toEqual([]);
    await call(core, 'delegate.import', importCsv('dot-2.csv', N, 1000));
    const found = (await call(core, 'delegate.search', { conferenceId, query: 'nguyen van thu 2400', limit: 5 })).items;
    expect(found[0]).toMatchObject({ fullName: 'Nguyễn Văn Thử 2400', unit: 'Phòng 2400' });
    expect((await call(core, 'delegate.search', { conferenceId, query: 'thu 3', limit: 5 })).items[0].fullName).toBe(
      'Nguyễn Văn Thử 3',
    );
  });

  it('does not keep an index that a write overtook while it was being built', async () => {
    await call(core, 'delegate.import', importCsv('dot-1.csv', N));
    const building = call(core, 'delegate.search', { conferenceId, query: 'thu 7', limit: 5 }); // built in slices
    await call(core, 'delegate.create', { conferenceId, delegate: { fullName: 'Phạm Thị Mới', unit: 'Văn phòng' } });
    expect((await building).items[0].fullName).toBe('Nguyễn Văn Thử 7');
    expect(
      (await call(core, 'delegate.search', { conferenceId, query: 'pham thi moi', limit: 5 })).items[0],
    ).toMatchObject({ fullName: 'Phạm Thị Mới' });
  });
});
