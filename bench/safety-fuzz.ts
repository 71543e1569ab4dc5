/**
 * Fuzzing the importers (xlsx and csv through delegate.importPreview / delegate.import, and .thuky
 * through conference.importPreview / conference.importFile) with mutated and random files. Every
 * input must end in an AppError with a message or a correct import — never INTERNAL (a crash), a
 * hang, or a half-written store. Used by tests/api/safety-fuzz.test.ts (small run) and for the big
 * run: `THUKY_FUZZ_SCALE=10 npx vitest run tests/api/safety-fuzz.test.ts`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Core } from '../electron/core/core';
import { exportConferenceBytes } from '../electron/services/safety/conference-file/export';
import { readZip, writeZip } from '../electron/services/safety/conference-file/zip';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../shared/random';

const ADMIN = { role: 'admin' as const, name: 'fuzz' };

/** Seedable, so a failing case can be replayed. */
export const rng = seededRandom;

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);

/** Byte-level mutations: flips, cuts, inserted junk, duplicated spans. */
export function mutateBytes(r: Rand, src: Buffer): Buffer {
  const b = Buffer.from(src);
  switch (int(r, 6)) {
    case 0:
      for (let k = 0, n = 1 + int(r, 8); k < n; k++) b[int(r, b.length)] = int(r, 256);
      return b;
    case 1:
      return b.subarray(0, int(r, b.length));
    case 2: {
      const at = int(r, b.length);
      return Buffer.concat([
        b.subarray(0, at),
        Buffer.from(Array.from({ length: 1 + int(r, 64) }, () => int(r, 256))),
        b.subarray(at),
      ]);
    }
    case 3: {
      const at = int(r, b.length);
      const len = int(r, 200);
      return Buffer.concat([b.subarray(0, at + len), b.subarray(at, at + len), b.subarray(at + len)]);
    }
    case 4:
      return Buffer.from(Array.from({ length: int(r, 4096) }, () => int(r, 256)));
    default: {
      const at = int(r, b.length);
      b.fill(int(r, 256), at, Math.min(b.length, at + int(r, 4096)));
      return b;
    }
  }
}

/** Text-level mutations for CSV: odd delimiters, quotes, huge fields, encodings, blank lines. */
function mutateCsv(r: Rand, src: string): Buffer {
  const junk = [
    ';',
    ',',
    '\t',
    '"',
    '""',
    '\r',
    '\n',
    '\u0000',
    '\uFEFF',
    'Ð',
    '\u0301',
    'x'.repeat(5000),
    '=cmd|',
    '0912345678',
    'Đ/c ',
    '  ',
  ];
  let s = src;
  for (let k = 0, n = 1 + int(r, 6); k < n; k++) {
    const at = int(r, s.length + 1);
    s = s.slice(0, at) + junk[int(r, junk.length)] + s.slice(at + int(r, 3));
  }
  const enc = int(r, 3);
  return enc === 0 ? Buffer.from(s, 'utf8') : enc === 1 ? Buffer.from(s, 'latin1') : Buffer.from(s, 'utf16le');
}

/** Deep .thuky mutations: the container stays valid (checksum recomputed), the database inside is damaged or hostile. */
function mutateThukyDeep(r: Rand, entries: Map<string, Buffer>): Buffer {
  const manifest = JSON.parse(entries.get('manifest.json')!.toString());
  let db = entries.get('conference.sqlite')!;
  const kind = int(r, 3);
  if (kind === 0) db = mutateBytes(r, db);
  else if (kind === 1) db = editDatabase(r, db);
  else {
    const keys = ['format', 'formatVersion', 'schemaVersion', 'conference', 'counts', 'exportedAt'];
    const k = keys[int(r, keys.length)];
    manifest[k] = [null, 0, -1, 1e9, 'x', {}, [], { id: '' }][int(r, 8)];
  }
  manifest.sha256 = crypto.createHash('sha256').update(db).digest('hex');
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
    { name: 'conference.sqlite', data: db },
  ]);
}

/** Valid SQLite, hostile content: wrong ids, NULLs, duplicates, dropped tables and columns. */
function editDatabase(r: Rand, bytes: Buffer): Buffer {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-fuzz-')), 'c.sqlite');
  fs.writeFileSync(file, bytes);
  const db = new SQLite(file);
  const edits = [
    "update delegates set conference_id = 'khac' where rowid % 3 = 0",
    'update delegates set code = (select code from delegates limit 1)',
    'update delegates set full_name = null where rowid % 5 = 0',
    'drop table delegates',
    'alter table delegates drop column note',
    "insert into conferences (id, title, created_at, updated_at) values ('thu-hai', 'Hai', 'x', 'x')",
    "update delegate_register set delegate_id = 'khong-co'",
    'delete from conferences',
    "update delegates set precedence = 'abc'",
    "update conferences set title = printf('%.*c', 100000, 'A')",
  ];
  try {
    db.exec(edits[int(r, edits.length)]);
  } catch {
    /* an edit that does not apply is still a valid input */
  }
  db.close();
  const out = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return out;
}

export interface FuzzStats {
  inputs: number;
  ok: number;
  refused: number;
  byKind: Record<string, number>;
  maxMs: number;
  totalMs: number;
  failures: string[];
}

/**
 * @example const stats = await fuzzImporters(core, conferenceId, { xlsx: 200, csv: 800, thuky: 800, seed: 1 });
 */
export async function fuzzImporters(
  core: Core,
  conferenceId: string,
  opts: { xlsx: number; csv: number; thuky: number; seed: number; xlsxFile: string; csvFile: string },
): Promise<FuzzStats> {
  const r = rng(opts.seed);
  const stats: FuzzStats = { inputs: 0, ok: 0, refused: 0, byKind: {}, maxMs: 0, totalMs: 0, failures: [] };
  const xlsx = fs.readFileSync(opts.xlsxFile);
  const csv = fs.readFileSync(opts.csvFile, 'latin1');
  const thuky = exportConferenceBytes(core.ctx, conferenceId).data;
  const thukyEntries = (await readZip(thuky, { 'manifest.json': 1e6, 'conference.sqlite': 1e9 })) as Map<
    string,
    Buffer
  >;
  const sql = core.store.sqlite;
  const totals = () =>
    sql
      .prepare("select (select count(*) from conferences) || '/' || (select count(*) from delegates)")
      .pluck()
      .get() as string;

  const one = async (
    kind: string,
    procedure: string,
    input: Record<string, unknown>,
    check: (value: any, before: string) => string | null,
  ) => {
    const before = totals();
    const t0 = performance.now();
    const res = await core.dispatch(procedure, input, ADMIN);
    const ms = performance.now() - t0;
    stats.inputs++;
    stats.totalMs += ms;
    stats.maxMs = Math.max(stats.maxMs, ms);
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    const tag = `${kind} #${stats.inputs} (seed ${opts.seed})`;
    if (ms > 5000) stats.failures.push(`${tag}: took ${Math.round(ms)} ms`);
    if (!res.ok) {
      stats.refused++;
      if (res.error.code === 'INTERNAL' || !res.error.message)
        stats.failures.push(`${tag}: ${res.error.code} ${res.error.message}`);
      if (totals() !== before) stats.failures.push(`${tag}: refused but the store changed (${before} → ${totals()})`);
      return;
    }
    stats.ok++;
    const bad = check(res.value, before);
    if (bad) stats.failures.push(`${tag}: ${bad}`);
  };
  const delegatesNow = () =>
    sql.prepare('select count(*) from delegates where conference_id = ?').pluck().get(conferenceId) as number;

  for (let i = 0; i < opts.xlsx + opts.csv; i++) {
    const isX = i < opts.xlsx;
    const content = isX ? mutateBytes(r, xlsx) : mutateCsv(r, csv);
    const input = { conferenceId, fileName: isX ? 'ds.xlsx' : 'ds.csv', contentBase64: content.toString('base64') };
    const write = i % 8 === 0;
    const count0 = delegatesNow();
    await one(isX ? 'xlsx' : 'csv', write ? 'delegate.import' : 'delegate.importPreview', input, (v) =>
      write && delegatesNow() !== count0 + (v as { imported: number }).imported
        ? `imported ${(v as { imported: number }).imported} but delegates went ${count0} → ${delegatesNow()}`
        : null,
    );
  }
  for (let i = 0; i < opts.thuky; i++) {
    const content = i % 2 === 0 ? mutateBytes(r, thuky) : mutateThukyDeep(r, thukyEntries);
    const write = i % 8 === 1 || i % 8 === 2;
    await one(
      'thuky',
      write ? 'conference.importFile' : 'conference.importPreview',
      { fileName: 'x.thuky', contentBase64: content.toString('base64'), mode: 'new' },
      (v, before) => {
        if (!write) return null;
        const [c0, d0] = before.split('/').map(Number);
        const [c1, d1] = totals().split('/').map(Number);
        const added = sql
          .prepare('select count(*) from delegates where conference_id = ?')
          .pluck()
          .get((v as { conferenceId: string }).conferenceId) as number;
        return c1 !== c0 + 1 || d1 !== d0 + added ? `import ok but totals ${before} → ${totals()}` : null;
      },
    );
  }
  const check = sql.pragma('integrity_check', { simple: true });
  if (check !== 'ok') stats.failures.push(`integrity_check: ${String(check)}`);
  const fk = sql.pragma('foreign_key_check') as unknown[];
  if (fk.length) stats.failures.push(`foreign_key_check: ${fk.length} rows`);
  return stats;
}
