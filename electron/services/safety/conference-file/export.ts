/**
 * Export one conference as one `.thuky` file: a zip holding conference.sqlite (every table of the
 * plan, only this conference's rows, read in one snapshot) and manifest.json (format version,
 * schema version, counts, and the SHA-256 of conference.sqlite).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../../../db/migrations/index';
import { notFound } from '../../../../shared/api/errors';
import { downloadName } from '../../../../shared/text/file-name';
import { APP_VERSION } from '../../kernel/version';
import type { ServiceContext } from '../../kernel/context';
import { conferencePlan, quote } from './plan';
import { writeZip } from './zip';

export const FORMAT = 'thuky-conference';
export const FORMAT_VERSION = 1;
export const SQLITE_ENTRY = 'conference.sqlite';
export const MANIFEST_ENTRY = 'manifest.json';

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  conference: { id: string; title: string };
  counts: Record<string, number>;
  sha256: string;
}

/** "Hội nghị sơ kết - 22-11-2026.thuky" (Vietnamese, whole words). */
function fileNameFor(title: string, at: string) {
  return downloadName([title || 'Hội nghị', at.slice(0, 10).split('-').reverse().join('-')], 'thuky');
}

/**
 * @example const { fileName, contentBase64 } = await exportConference(ctx, conferenceId);
 */
export async function exportConference(
  ctx: ServiceContext,
  conferenceId: string,
): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = exportConferenceBytes(ctx, conferenceId);
  return { fileName: bytes.fileName, contentBase64: bytes.data.toString('base64') };
}

/** The .thuky bytes (also used by the bench and the tests). */
export function exportConferenceBytes(
  ctx: ServiceContext,
  conferenceId: string,
): { fileName: string; data: Buffer; manifest: Manifest } {
  const title = ctx.store.sqlite.prepare('select title from conferences where id = ?').pluck().get(conferenceId) as
    string | undefined;
  if (title === undefined) throw notFound('hội nghị', conferenceId);
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-export-')), SQLITE_ENTRY);
  const out = new SQLite(tmp);
  const counts: Record<string, number> = {};
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.pragma('foreign_keys = OFF');
    // A second connection to the live file (only read): WAL gives it one consistent snapshot.
    out.prepare('attach database ? as live').run(ctx.store.file);
    const plan = conferencePlan(out, 'live');
    out.transaction(() => {
      for (const t of plan) {
        out.exec(t.sql);
        counts[t.name] = out
          .prepare(`insert into main.${quote(t.name)} select * from live.${quote(t.name)} where ${t.where}`)
          .run({ c: conferenceId }).changes;
      }
    })();
    out.exec('detach database live');
  } finally {
    out.close();
  }
  const sqliteBytes = fs.readFileSync(tmp);
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    appVersion: APP_VERSION,
    exportedAt: ctx.now(),
    conference: { id: conferenceId, title },
    counts,
    sha256: crypto.createHash('sha256').update(sqliteBytes).digest('hex'),
  };
  const data = writeZip([
    { name: MANIFEST_ENTRY, data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: SQLITE_ENTRY, data: sqliteBytes },
  ]);
  return { fileName: fileNameFor(title, manifest.exportedAt), data, manifest };
}
