/**
 * The guards around backups and imports: a full disk (injected: SQLite's page limit for SQLITE_FULL,
 * statfs and the backup call for ENOSPC) gives "Ổ đĩa đã đầy: …" and writes nothing; backups live in
 * their own folder, are not WAL files, and the rotation deletes only ThuKy's own files; a .thuky file
 * must carry a ThuKy id and may replace only a conference that exists; paths stay in their folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_FOLDER } from '../../electron/services/safety/backup';
import { readZip, writeZip } from '../../electron/services/safety/conference-file/zip';
import { insideFolder } from '../../electron/services/kernel/paths';
import { call, callError, freshCore, tempDir } from '../helpers/core';

const cores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cores.splice(0)) await c.close().catch(() => {});
});
const core = async () => {
  const c = await freshCore();
  cores.push(c);
  return c;
};

const csv = (n: number) =>
  Buffer.from(
    [
      'STT;Họ và tên;Chức vụ;Đơn vị',
      ...Array.from({ length: n }, (_, i) => `${i + 1};Nguyễn Văn Số ${i + 1};Chuyên viên;Phòng ${i % 40}`),
    ].join('\r\n'),
  ).toString('base64');

describe('a full disk', () => {
  it('SQLITE_FULL during an import: "Ổ đĩa đã đầy", nothing written, the store keeps working', async () => {
    const c = await core();
    const { id } = await call(c, 'conference.create', { title: 'Hội nghị đầy đĩa' });
    const pages = c.store.sqlite.pragma('page_count', { simple: true }) as number;
    c.store.sqlite.pragma(`max_page_count = ${pages + 2}`);
    const e = await callError(c, 'delegate.import', { conferenceId: id, fileName: 'ds.csv', contentBase64: csv(3000) });
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toMatch(/^Ổ đĩa đã đầy: /);
    expect(e.message).not.toMatch(/Lỗi nội bộ|cannot rollback|SQLITE/);
    expect(c.store.sqlite.inTransaction).toBe(false);
    expect((await call(c, 'delegate.list', { conferenceId: id })).items).toHaveLength(0);
    c.store.sqlite.pragma('max_page_count = 1073741823');
    await call(c, 'delegate.import', { conferenceId: id, fileName: 'ds.csv', contentBase64: csv(3000) });
    expect((await call(c, 'delegate.list', { conferenceId: id })).items).toHaveLength(3000);
  });

  it('too little free space: backups and imports refuse up front, with no partial file', async () => {
    const c = await core();
    const { id } = await call(c, 'conference.createDemo', {});
    const folder = (await call(c, 'backup.list', {})).folder;
    const before = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    vi.spyOn(fs, 'statfsSync').mockReturnValue({ bavail: 100, bsize: 4096 } as fs.StatsFs);
    const e = await callError(c, 'backup.create', {});
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toMatch(/^Ổ đĩa đã đầy: cần khoảng [\d,.]+ MB trống ở ".*" để sao lưu dữ liệu, chỉ còn 0,4 MB/);
    const imp = await callError(c, 'delegate.import', { conferenceId: id, fileName: 'ds.csv', contentBase64: csv(20) });
    expect(imp.message).toMatch(/^Ổ đĩa đã đầy: .*nhập tệp "ds\.csv"/);
    expect((await call(c, 'delegate.list', { conferenceId: id })).items).toHaveLength(179);
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual(before);
  });

  it('ENOSPC while the backup is written: the half copy is removed', async () => {
    const c = await core();
    await call(c, 'conference.createDemo', {});
    const folder = (await call(c, 'backup.list', {})).folder;
    vi.spyOn(c.store.sqlite, 'backup').mockImplementation(async (dest: string) => {
      fs.writeFileSync(dest, Buffer.alloc(4096, 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const e = await callError(c, 'backup.create', {});
    expect(e).toMatchObject({ code: 'DISK_FULL' });
    expect(e.message).toMatch(/^Ổ đĩa đã đầy: không ghi được bản sao lưu vào/);
    expect(fs.readdirSync(folder).filter((n) => n.includes('partial'))).toEqual([]);
  });
});

describe('the backup folder', () => {
  it('a chosen folder gets a ThuKy-backups folder of its own, resolved and test-written', async () => {
    const c = await core();
    await call(c, 'conference.createDemo', {});
    const parent = tempDir('thuky-chosen-');
    const { folder } = await call(c, 'backup.setFolder', { folder: `${parent}/./khac/..` });
    expect(folder).toBe(path.join(fs.realpathSync(parent), OWN_FOLDER));
    expect(fs.readdirSync(folder)).toEqual([]);
    const { id } = await call(c, 'backup.create', {});
    expect(fs.existsSync(path.join(folder, id))).toBe(true);
    // Not a WAL file: reading it leaves no -wal/-shm beside it.
    expect(fs.readFileSync(path.join(folder, id)).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    await call(c, 'backup.list', {});
    expect(fs.readdirSync(folder)).toEqual([id]);
    const file = path.join(parent, 'tep-thuong');
    fs.writeFileSync(file, 'x');
    expect((await callError(c, 'backup.setFolder', { folder: path.join(file, 'con') })).message).toMatch(
      /Không ghi được vào thư mục sao lưu/,
    );
    expect((await callError(c, 'backup.setFolder', { folder: 'tuong-doi' })).code).toBe('BAD_INPUT');
  });

  it('rotation deletes only files ThuKy wrote', async () => {
    const c = await core();
    await call(c, 'conference.create', { title: 'Xoay vòng' });
    const parent = tempDir('thuky-rot-');
    const { folder } = await call(c, 'backup.setFolder', { folder: parent });
    const stamp = (i: number) => `2020-01-01T00-00-${String(i).padStart(2, '0')}-000Z`;
    const mine = Array.from({ length: 25 }, (_, i) => `${stamp(i)}-manual.sqlite`);
    for (const n of mine) fs.writeFileSync(path.join(folder, n), 'x');
    fs.writeFileSync(path.join(folder, `${mine[0]}-wal`), 'x');
    fs.writeFileSync(path.join(folder, `${stamp(30)}-manual.sqlite.partial`), 'x');
    fs.writeFileSync(path.join(folder, `${stamp(30)}-manual.sqlite.partial-journal`), 'x');
    const theirs = [
      'bao-cao.sqlite',
      'ghi-chu.partial',
      'so-lieu.sqlite-wal',
      '2020-01-01-ke-hoach.docx',
      `${stamp(1)}-manual.sqlite.bak`,
    ];
    for (const n of theirs) fs.writeFileSync(path.join(folder, n), 'của người dùng');
    await call(c, 'backup.create', {});
    const left = fs.readdirSync(folder);
    for (const n of theirs) expect(left).toContain(n);
    expect(left.filter((n) => n.includes('.partial') && n.startsWith('2020'))).toEqual([]);
    expect(left).not.toContain(`${mine[0]}-wal`);
    expect(left.filter((n) => /^2020.*-manual\.sqlite$/.test(n)).length).toBeLessThan(25);
  });
});

describe('.thuky import checks', () => {
  const rebuild = async (b64: string, edit: (m: any) => void) => {
    const entries = (await readZip(Buffer.from(b64, 'base64'), {
      'manifest.json': 1e6,
      'conference.sqlite': 1e9,
    })) as Map<string, Buffer>;
    const m = JSON.parse(entries.get('manifest.json')!.toString());
    edit(m);
    return writeZip([
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(m)) },
      { name: 'conference.sqlite', data: entries.get('conference.sqlite')! },
    ]).toString('base64');
  };

  it('the conference id must be one ThuKy makes; replace only a conference that exists here', async () => {
    const a = await core();
    const { id } = await call(a, 'conference.createDemo', {});
    const file = await call(a, 'conference.export', { conferenceId: id });
    const b = await core();
    for (const bad of ['../../attachments', 'c', `${id}/..`]) {
      const e = await callError(b, 'conference.importFile', {
        fileName: 'x.thuky',
        contentBase64: await rebuild(file.contentBase64, (m) => {
          m.conference.id = bad;
        }),
        mode: 'replace',
      });
      expect(e.code).toBe('IMPORT_INVALID');
      expect(e.message).toMatch(/mã hội nghị trong tệp .* không phải mã do ThuKy tạo/);
    }
    const e = await callError(b, 'conference.importFile', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mode: 'replace',
    });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/Không thay được: máy này không có hội nghị .*Hãy nhập thành hội nghị mới/);
    expect((await call(b, 'conference.list', {})).items).toHaveLength(0);
    await call(a, 'conference.importFile', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mode: 'replace',
    });
  });

  it('speech attachment paths built from ids stay inside their folder', async () => {
    const root = tempDir('thuky-paths-');
    expect(insideFolder(root, 'abc', 'x__y.docx')).toBe(path.join(root, 'abc', 'x__y.docx'));
    for (const parts of [['..'], ['../x'], ['a/../../b'], ['/etc/passwd'], ['C:\\Windows'], ['a\\..\\..\\b'], ['']]) {
      expect(() => insideFolder(root, ...parts)).toThrow(/không nằm trong thư mục/);
    }
    const c = await core();
    const { id } = await call(c, 'conference.createDemo', {});
    const speech = await call(c, 'speech.create', { conferenceId: id, unit: 'Sở Giáo dục' });
    // A row as a hostile file could have left it: the speech's conference id climbs out of the folder.
    c.store.sqlite.pragma('foreign_keys = OFF');
    c.store.sqlite.prepare('update speeches set conference_id = ? where id = ?').run('../../ngoai', speech.id);
    c.store.sqlite.pragma('foreign_keys = ON');
    const e = await callError(c, 'speech.attach', {
      speechId: speech.id,
      fileName: 'a.docx',
      contentBase64: Buffer.from('x').toString('base64'),
    });
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(/Đường dẫn không hợp lệ: "\.\.\/\.\.\/ngoai" không nằm trong thư mục/);
    expect(fs.existsSync(path.resolve(c.dataDir, 'attachments', '../../ngoai'))).toBe(false);
  });
});
