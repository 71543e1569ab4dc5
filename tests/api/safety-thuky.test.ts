import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openThukyFile } from '../../electron/services/safety/conference-file/parse';
import { writeZip, readZip } from '../../electron/services/safety/conference-file/zip';
import { call, callError, freshCore, tempDir } from '../helpers/core';

const cores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});
const core = async () => {
  const c = await freshCore();
  cores.push(c);
  return c;
};

/** A demo conference with a register entry and an audit row, on machine A. */
async function machineA() {
  const a = await core();
  const { id } = await call(a, 'conference.createDemo', {});
  const ds = (await call(a, 'delegate.list', { conferenceId: id })).items;
  a.store.sqlite
    .prepare(
      "insert into delegate_register (delegate_id, reply, substitute_full_name, updated_at) values (?, 'substitute', 'Trần Văn Thay', 'x')",
    )
    .run(ds[3].id);
  await call(a, 'delegate.update', { id: ds[0].id, patch: { note: 'Ngồi hàng đầu' } });
  return { a, id, ds };
}

const rebuild = async (bytes: Buffer, edit: (m: any) => void) => {
  const entries = (await readZip(bytes, { 'manifest.json': 1e6, 'conference.sqlite': 1e9 })) as Map<string, Buffer>;
  const m = JSON.parse(entries.get('manifest.json')!.toString());
  edit(m);
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(m)) },
    { name: 'conference.sqlite', data: entries.get('conference.sqlite')! },
  ]);
};

describe('.thuky: one conference as one file', () => {
  it('exports everything of the conference and imports it on another machine as a new conference', async () => {
    const { a, id, ds } = await machineA();
    await call(a, 'conference.create', { title: 'Hội nghị khác (không đi theo)' });
    const file = await call(a, 'conference.export', { conferenceId: id });
    expect(file.fileName).toMatch(/\.thuky$/);
    const f = await openThukyFile(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    expect(f.manifest).toMatchObject({ format: 'thuky-conference', formatVersion: 1, conference: { id } });
    expect(f.manifest.counts).toMatchObject({ conferences: 1, delegates: 179, delegate_register: 1 });
    expect(f.manifest.counts.audit_log).toBeGreaterThanOrEqual(1);
    expect(f.manifest.counts.undo_entries).toBeUndefined();
    f.close();

    const b = await core();
    const preview = await call(b, 'conference.importPreview', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
    });
    expect(preview.exists).toBe(false);
    expect(preview.delegates.added).toBe(179);
    const r = await call(b, 'conference.importFile', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mode: 'new',
    });
    expect(r.conferenceId).not.toBe(id);
    const got = (await call(b, 'delegate.list', { conferenceId: r.conferenceId })).items;
    expect(got.map((d) => d.fullName)).toEqual(ds.map((d) => d.fullName));
    expect(got[0].note).toBe('Ngồi hàng đầu');
    expect(got.every((d) => !ds.some((o) => o.id === d.id))).toBe(true);
    const reg = b.store.sqlite
      .prepare('select substitute_full_name from delegate_register where delegate_id = ?')
      .pluck()
      .get(got[3].id);
    expect(reg).toBe('Trần Văn Thay');
    // The trail travelled, remapped to the new ids.
    const trail = (await call(b, 'audit.list', { conferenceId: r.conferenceId, delegateId: got[0].id })).items;
    expect(trail.some((t) => t.procedure === 'delegate.update')).toBe(true);
    expect((await call(b, 'conference.list', {})).items).toHaveLength(1);

    // Imported twice as new on the same machine: distinct ids and check-in codes.
    const r2 = await call(b, 'conference.importFile', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mode: 'new',
    });
    const codes = b.store.sqlite
      .prepare('select count(distinct code) from delegates where conference_id in (?, ?)')
      .pluck()
      .get(r.conferenceId, r2.conferenceId);
    expect(codes).toBe(358);
  });

  it('replaces the same conference after a preview of what will change', async () => {
    const { a, id, ds } = await machineA();
    // B already holds the conference (replace is only for a conference that exists there): a copy of A's store.
    const { id: copy } = await call(a, 'backup.create', {});
    const dirB = tempDir();
    fs.copyFileSync(path.join((await call(a, 'backup.list', {})).folder, copy), path.join(dirB, 'thuky.sqlite'));
    const b = await freshCore(dirB);
    cores.push(b);
    const v1 = await call(a, 'conference.export', { conferenceId: id });
    await call(b, 'conference.importFile', { ...v1, mode: 'replace' });
    expect((await call(b, 'conference.get', { id })).title).toBe((await call(a, 'conference.get', { id })).title);
    // On A: one renamed, one deleted, one added.
    await call(a, 'delegate.update', { id: ds[5].id, patch: { fullName: 'Nguyễn Văn Đổi' } });
    await call(a, 'delegate.delete', { ids: [ds[6].id] });
    await call(a, 'delegate.create', { conferenceId: id, delegate: { fullName: 'Lê Thị Mới', unit: 'Sở Nội vụ' } });
    const v2 = await call(a, 'conference.export', { conferenceId: id });
    const p = await call(b, 'conference.importPreview', v2);
    expect(p.exists).toBe(true);
    expect(p.delegates).toMatchObject({ added: 1, removed: 1 });
    expect(p.delegates.changed).toBeGreaterThanOrEqual(1);
    expect(p.delegates.examples.find((e) => e.kind === 'changed' && e.fullName === 'Nguyễn Văn Đổi')?.fields).toContain(
      'full_name',
    );
    expect(p.delegates.examples.find((e) => e.kind === 'added')?.fullName).toBe('Lê Thị Mới');
    const r = await call(b, 'conference.importFile', { ...v2, mode: 'replace' });
    expect(r.conferenceId).toBe(id);
    const onB = (await call(b, 'delegate.list', { conferenceId: id })).items.map((d) => d.fullName);
    const onA = (await call(a, 'delegate.list', { conferenceId: id })).items.map((d) => d.fullName);
    expect(onB).toEqual(onA);
    expect((await call(b, 'conference.list', {})).items).toHaveLength(1);
    // Search sees the replaced names.
    expect((await call(b, 'delegate.search', { conferenceId: id, query: 'nguyen van doi' })).items[0]?.fullName).toBe(
      'Nguyễn Văn Đổi',
    );
    // Audit rows are not duplicated by a second replace.
    const n = (await call(b, 'audit.list', { conferenceId: id })).items.length;
    await call(b, 'conference.importFile', { ...v2, mode: 'replace' });
    expect((await call(b, 'audit.list', { conferenceId: id })).items.length).toBe(n + 1);
  });

  it('refuses a newer format, a wrong checksum and garbage with clear messages, writing nothing', async () => {
    const { a, id } = await machineA();
    const b = await core();
    const file = await call(a, 'conference.export', { conferenceId: id });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const newer = await rebuild(bytes, (m) => {
      m.formatVersion = 99;
      m.appVersion = '9.0.0';
    });
    const e1 = await callError(b, 'conference.importFile', {
      fileName: 'moi.thuky',
      contentBase64: newer.toString('base64'),
    });
    expect(e1.code).toBe('IMPORT_INVALID');
    expect(e1.message).toMatch(/phiên bản ThuKy mới hơn.*9\.0\.0/);
    const tampered = await rebuild(bytes, (m) => {
      m.sha256 = '0'.repeat(64);
    });
    expect(
      (await callError(b, 'conference.importFile', { fileName: 'x.thuky', contentBase64: tampered.toString('base64') }))
        .message,
    ).toMatch(/mã kiểm tra không khớp/);
    expect(
      (
        await callError(b, 'conference.importFile', {
          fileName: 'x.thuky',
          contentBase64: Buffer.from('%PDF-1.4 hello').toString('base64'),
        })
      ).message,
    ).toMatch(/không phải tệp \.thuky/);
    expect((await call(b, 'conference.list', {})).items).toHaveLength(0);
  });
});
