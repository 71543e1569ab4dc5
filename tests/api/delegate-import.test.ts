/** delegate.import / importPreview / export through the dispatcher, on the kit's real files. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, FIXTURES, freshCore, readFixtureBase64 } from '../helpers/core';
import type { Core } from '../../electron/core/core';

let core: Core;
let conferenceId: string;
const XLSX = path.join(FIXTURES, 'sample-delegates-tuyen-quang.xlsx');
const VNI = path.join(FIXTURES, 'sample-delegates-vni.csv');
const importFile = (file: string, extra: Record<string, unknown> = {}) =>
  call(core, 'delegate.import', {
    conferenceId,
    fileName: path.basename(file),
    contentBase64: readFixtureBase64(file),
    ...extra,
  });
const list = async () => (await call(core, 'delegate.list', { conferenceId })).items;

beforeEach(async () => {
  core = await freshCore();
  conferenceId = (await call(core, 'conference.create', { title: 'Nhập danh sách' })).id;
});
afterEach(async () => {
  await core.close();
});

describe('delegate.import', () => {
  it('imports the office .xlsx: sections as categories, ranks split, placeholder kept, rows in order', async () => {
    const res = await importFile(XLSX);
    expect(res).toMatchObject({ imported: 23, encoding: 'utf-8', duplicates: [] });
    const items = await list();
    expect(items.map((d) => d.precedence)).toEqual(items.map((_, i) => i + 1));
    expect(items[0]).toMatchObject({
      rank: 'Thiếu tướng',
      fullName: 'Bùi Đình Quân',
      position: 'Phó Tư lệnh',
      unit: 'Quân khu 2',
      category: 'KHÁCH MỜI',
    });
    expect(items.filter((d) => d.category === 'ĐẠI BIỂU TRIỆU TẬP')).toHaveLength(14);
    expect(items.find((d) => d.fullName === '')).toMatchObject({ position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính' });
    expect(items.at(-1)).toMatchObject({ fullName: 'Phạm Bá Nam', category: 'PHÓNG VIÊN, PHỤC VỤ' });
  });

  it('imports the VNI csv as the expected Unicode text and says which encoding it found', async () => {
    const res = await importFile(VNI);
    expect(res.encoding).toBe('vni');
    const expected = fs
      .readFileSync(path.join(FIXTURES, 'sample-delegates-vni.expected.txt'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(';'));
    const items = await list();
    expect(items).toHaveLength(expected.length);
    items.forEach((d, i) => {
      const [, nameWithRank, position, unit] = expected[i];
      expect(`${d.rank} ${d.fullName}`.trim()).toBe(nameWithRank);
      expect(d.position).toBe(position);
      expect(d.unit).toBe(unit);
    });
  });

  it('skips people already in the list by default, keeps them on request', async () => {
    await importFile(XLSX);
    const again = await importFile(XLSX);
    expect(again.imported).toBe(0);
    expect(again.duplicates).toHaveLength(23);
    expect(again.duplicates[0]).toMatchObject({ row: 6, fullName: 'Bùi Đình Quân' });
    expect(await list()).toHaveLength(23);
    const keep = await importFile(XLSX, { onDuplicate: 'keep' });
    expect(keep.imported).toBe(23);
    expect(await list()).toHaveLength(46);
  });

  it('previews without writing, and honours a changed mapping', async () => {
    const preview = await call(core, 'delegate.importPreview', {
      conferenceId,
      fileName: 'ds.xlsx',
      contentBase64: readFixtureBase64(XLSX),
    });
    expect(preview.headerRow).toBe(4);
    expect(preview.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', 'stt'],
      ['B', 'fullName'],
      ['C', 'positionUnit'],
      ['D', 'note'],
    ]);
    expect(preview.counts).toEqual({ import: 23, section: 3, skip: 0, duplicate: 0 });
    const remapped = await call(core, 'delegate.importPreview', {
      conferenceId,
      fileName: 'ds.xlsx',
      contentBase64: readFixtureBase64(XLSX),
      mapping: { columns: { C: 'unit' } },
    });
    expect(remapped.rows.find((r) => r.row === 6)?.delegate).toMatchObject({
      position: '',
      unit: 'Phó Tư lệnh Quân khu 2',
    });
    expect(await list()).toHaveLength(0);
  });

  it('backs the store up before importing, and undo removes the whole import', async () => {
    await call(core, 'delegate.create', { conferenceId, delegate: { fullName: 'Người Có Trước' } });
    const res = await importFile(XLSX);
    expect(res.backupFile).toBeTruthy();
    const backup = new SQLite(res.backupFile!, { readonly: true });
    expect(backup.prepare('select full_name from delegates').pluck().all()).toEqual(['Người Có Trước']);
    backup.close();
    expect(await list()).toHaveLength(24);
    expect((await call(core, 'delegate.undo', { conferenceId })).undone).toContain('sample-delegates-tuyen-quang.xlsx');
    expect((await list()).map((d) => d.fullName)).toEqual(['Người Có Trước']);
  });

  it('refuses a broken file naming it, and leaves the store as it was', async () => {
    await importFile(XLSX);
    const err = await callError(core, 'delegate.import', {
      conferenceId,
      fileName: 'danh-sach.xlsx',
      contentBase64: Buffer.from('PK\u0003\u0004 hỏng rồi').toString('base64'),
    });
    expect(err.code).toBe('IMPORT_INVALID');
    expect(err.message).toContain('danh-sach.xlsx');
    expect(await list()).toHaveLength(23);
  });

  it('names the row and column of a cell that is too long', async () => {
    const csv = `Họ và tên;Chức vụ;Đơn vị\nNguyễn Văn A;Giám đốc;Sở Y tế\nTrần Văn B;${'x'.repeat(400)};Sở Tài chính\n`;
    const err = await callError(core, 'delegate.import', {
      conferenceId,
      fileName: 'dai.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(err.message).toMatch(/dai\.csv/);
    expect(err.message).toMatch(/dòng 3/i);
    expect(err.message).toMatch(/cột B/i);
    expect(await list()).toHaveLength(0);
  });

  it('exports to .xlsx that imports back to the same people', async () => {
    await importFile(XLSX);
    const out = await call(core, 'delegate.export', { conferenceId });
    expect(out.fileName).toMatch(/\.xlsx$/);
    const other = (await call(core, 'conference.create', { title: 'Bản sao' })).id;
    const res = await call(core, 'delegate.import', {
      conferenceId: other,
      fileName: out.fileName,
      contentBase64: out.contentBase64,
    });
    expect(res.imported).toBe(23);
    const a = (await list()).map(({ id, conferenceId: _c, code: _k, ...rest }) => rest);
    const b = (await call(core, 'delegate.list', { conferenceId: other })).items.map(
      ({ id, conferenceId: _c, code: _k, ...rest }) => rest,
    );
    expect(b).toEqual(a);
  });
});
