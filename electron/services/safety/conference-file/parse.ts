/**
 * Reading a .thuky file, refusing anything doubtful with a clear Vietnamese message: not a zip,
 * missing entries, a newer format or schema, a checksum that does not match, a database that fails
 * integrity_check or does not hold exactly the conference the manifest names.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { z } from 'zod';
import { SCHEMA_VERSION } from '../../../../db/migrations/index';
import { AppError } from '../../../../shared/api/errors';
import { FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, SQLITE_ENTRY, type Manifest } from './export';
import { conferencePlan, type TablePlan } from './plan';
import { MAX_ENTRY_BYTES, readZip } from './zip';
import { runParse } from '../../kernel/worker-pool';

const ManifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(100).default(''),
  exportedAt: z.string().max(100).default(''),
  conference: z.object({ id: z.string().min(1).max(200), title: z.string().max(1000) }),
  counts: z.record(z.string(), z.number()).default({}),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The ids ThuKy makes (crypto.randomUUID): anything else in a file was not written by ThuKy. */
export const THUKY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OpenedFile {
  manifest: Manifest;
  db: SQLite.Database;
  plan: TablePlan[];
  close(): void;
}

const bad = (fileName: string, why: string, details?: unknown) =>
  new AppError('IMPORT_INVALID', `Tệp "${fileName}" không nhập được: ${why}`, details);

/** A checked .thuky unpacked to a temporary folder (the worker's answer: plain data). */
export interface UnpackedFile {
  manifest: Manifest;
  dir: string;
  file: string;
}

/**
 * Opens a .thuky: unpacking and every check run off the main thread (kernel/worker-pool.ts), then
 * the checked database is opened read-only here.
 * @example const f = await openThukyFile('hn.thuky', bytes); try { … } finally { f.close(); }
 */
export async function openThukyFile(fileName: string, bytes: Buffer): Promise<OpenedFile> {
  const u = await runParse<UnpackedFile>('thuky', { fileName, bytes }, () => unpackThukyFile(fileName, bytes));
  let db: SQLite.Database | null = null;
  const close = () => {
    try {
      db?.close();
    } finally {
      fs.rmSync(u.dir, { recursive: true, force: true });
    }
  };
  try {
    db = new SQLite(u.file, { readonly: true, fileMustExist: true });
    return { manifest: u.manifest, db, plan: conferencePlan(db, 'main'), close };
  } catch (e) {
    close();
    throw bad(fileName, `dữ liệu bên trong không đọc được (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Unzips and checks a .thuky into a temporary folder (bounded: see zip.ts); no store is touched,
 * so it runs in the parse worker. The caller removes `dir`.
 */
export async function unpackThukyFile(fileName: string, bytes: Uint8Array): Promise<UnpackedFile> {
  const entries = await readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    [MANIFEST_ENTRY]: 64 * 1024,
    [SQLITE_ENTRY]: MAX_ENTRY_BYTES,
  });
  if (typeof entries === 'string') throw bad(fileName, entries);
  const rawManifest = entries.get(MANIFEST_ENTRY);
  const sqliteBytes = entries.get(SQLITE_ENTRY);
  if (!rawManifest || !sqliteBytes)
    throw bad(fileName, 'thiếu phần mô tả hoặc phần dữ liệu (không phải tệp xuất từ ThuKy)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawManifest.toString('utf8'));
  } catch {
    throw bad(fileName, 'phần mô tả (manifest.json) hỏng');
  }
  const peek = parsed as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown; appVersion?: unknown };
  if (peek && peek.format === FORMAT && typeof peek.formatVersion === 'number' && peek.formatVersion > FORMAT_VERSION) {
    throw bad(
      fileName,
      `tệp do phiên bản ThuKy mới hơn tạo (${String(peek.appVersion ?? '?')}, định dạng ${peek.formatVersion} > ${FORMAT_VERSION}). Hãy cập nhật ThuKy trên máy này.`,
      { formatVersion: peek.formatVersion },
    );
  }
  if (peek && typeof peek.schemaVersion === 'number' && peek.schemaVersion > SCHEMA_VERSION) {
    throw bad(
      fileName,
      `tệp do phiên bản ThuKy mới hơn tạo (${String(peek.appVersion ?? '?')}, lược đồ ${peek.schemaVersion} > ${SCHEMA_VERSION}). Hãy cập nhật ThuKy trên máy này.`,
      { schemaVersion: peek.schemaVersion },
    );
  }
  const m = ManifestSchema.safeParse(parsed);
  if (!m.success) throw bad(fileName, 'phần mô tả (manifest.json) không đúng định dạng ThuKy');
  const manifest = m.data as Manifest;
  if (!THUKY_ID.test(manifest.conference.id)) {
    throw bad(fileName, `mã hội nghị trong tệp ("${manifest.conference.id.slice(0, 60)}") không phải mã do ThuKy tạo`, {
      conferenceId: manifest.conference.id.slice(0, 60),
    });
  }
  if (crypto.createHash('sha256').update(sqliteBytes).digest('hex') !== manifest.sha256) {
    throw bad(fileName, 'mã kiểm tra không khớp — tệp bị hỏng khi chép hoặc đã bị sửa');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-import-'));
  const file = path.join(dir, SQLITE_ENTRY);
  fs.writeFileSync(file, sqliteBytes);
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    if (check !== 'ok') throw bad(fileName, `dữ liệu bên trong bị hỏng (${check.slice(0, 160)})`);
    const ids = db.prepare('select id from conferences').pluck().all() as string[];
    if (ids.length !== 1 || ids[0] !== manifest.conference.id)
      throw bad(fileName, 'dữ liệu bên trong không khớp với phần mô tả (phải có đúng một hội nghị)');
    db.close();
    return { manifest, dir, file };
  } catch (e) {
    if (db?.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (e instanceof AppError) throw e;
    throw bad(fileName, `dữ liệu bên trong không đọc được (${e instanceof Error ? e.message : String(e)})`);
  }
}
