/**
 * Import a .thuky file: as a new conference (every id renewed, check-in codes regenerated) or
 * replacing the same conference (matched by its id). A backup first, then one transaction: the
 * store ends with the old state or the new one, never half. Files from an older ThuKy are carried
 * over column by column (columns the file lacks take their defaults).
 */
import crypto from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import { backupStore } from '../backup';
import { assertFreeSpace, diskFullError, isDiskFull } from '../../kernel/disk';
import { newId, type ServiceContext } from '../../kernel/context';
import { invalidateSearch } from '../../delegate';
import { APPEND_ONLY, conferencePlan, quote, type TablePlan } from './plan';
import { openThukyFile, type OpenedFile } from './parse';

export type ImportMode = 'new' | 'replace';
type Row = Record<string, unknown>;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The file's rows of one table, limited to the columns the live table also has. */
export function fileRows(f: OpenedFile, live: TablePlan): { cols: string[]; rows: Row[] } | null {
  const src = f.plan.find((t) => t.name === live.name);
  if (!src) return null;
  const have = new Set(src.columns.map((c) => c.name));
  const cols = live.columns.map((c) => c.name).filter((c) => have.has(c));
  const rows = f.db
    .prepare(`select ${cols.map(quote).join(', ')} from ${quote(src.name)} where ${src.where}`)
    .all({ c: f.manifest.conference.id }) as Row[];
  return { cols, rows };
}

/** A value for a NOT NULL column without default that an older file lacks. */
const filler = (type: string) => (/int|real|num/i.test(type) ? 0 : '');

function freshUnique(v: unknown): unknown {
  if (typeof v !== 'string' || v === '') return v;
  if (/^[0-9A-F]+$/.test(v))
    return crypto
      .randomBytes(Math.ceil(v.length / 2))
      .toString('hex')
      .toUpperCase()
      .slice(0, v.length);
  if (/^[0-9a-f]+$/.test(v))
    return crypto
      .randomBytes(Math.ceil(v.length / 2))
      .toString('hex')
      .slice(0, v.length);
  return newId();
}

/** Writes the file's rows into the live store (inside the caller's transaction). */
function writeRows(
  ctx: ServiceContext,
  f: OpenedFile,
  plan: TablePlan[],
  mode: ImportMode,
  conferenceId: string,
): Record<string, number> {
  const db = ctx.store.sqlite;
  const ids = new Map<string, string>([[f.manifest.conference.id, conferenceId]]);
  const intIds = new Map<string, Map<unknown, unknown>>();
  const remapText = (v: unknown): unknown => {
    if (typeof v !== 'string' || ids.size === 0) return v;
    const hit = ids.get(v);
    if (hit !== undefined) return hit;
    return v.length > 36 ? v.replace(UUID, (m) => ids.get(m) ?? m) : v;
  };
  const counts: Record<string, number> = {};
  for (const t of plan) {
    const data = fileRows(f, t);
    if (!data) continue;
    const pkCols = t.columns.filter((c) => c.pk).map((c) => c.name);
    const fkByCol = new Map(t.foreignKeys.map((fk) => [fk.from, fk]));
    const missing = t.columns.filter(
      (c) => c.notNull && !c.hasDefault && !data.cols.includes(c.name) && c.name !== t.integerPk,
    );
    const cols = [...data.cols.filter((c) => c !== t.integerPk), ...missing.map((c) => c.name)];
    const stmt = db.prepare(
      `insert ${APPEND_ONLY.has(t.name) || t.shared ? 'or ignore ' : ''}into ${quote(t.name)} (${cols.map(quote).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
    );
    const myInts = new Map<unknown, unknown>();
    intIds.set(t.name, myInts);
    let n = 0;
    for (const row of data.rows) {
      if (mode === 'new' && !t.shared) {
        for (const pk of pkCols) {
          const v = row[pk];
          if (pk !== t.integerPk && typeof v === 'string' && !fkByCol.has(pk) && !ids.has(v)) ids.set(v, newId());
        }
        for (const u of t.uniqueColumns) if (!pkCols.includes(u) && !fkByCol.has(u)) row[u] = freshUnique(row[u]);
      }
      const values = cols.map((c) => {
        if (!(c in row)) return filler(t.columns.find((x) => x.name === c)!.type);
        const fk = fkByCol.get(c);
        const parentInts = fk ? intIds.get(fk.table) : undefined;
        if (parentInts && parentInts.has(row[c])) return parentInts.get(row[c]);
        return remapText(row[c]);
      });
      const r = stmt.run(...values);
      if (t.integerPk) myInts.set(row[t.integerPk], r.lastInsertRowid);
      n += r.changes;
    }
    counts[t.name] = n;
  }
  return counts;
}

/** Deletes the conference's rows (children first); append-only tables keep theirs. */
function deleteConference(ctx: ServiceContext, plan: TablePlan[], conferenceId: string) {
  for (const t of [...plan].reverse()) {
    if (APPEND_ONLY.has(t.name) || t.shared) continue;
    ctx.store.sqlite.prepare(`delete from ${quote(t.name)} where ${t.where}`).run({ c: conferenceId });
  }
}

export interface ImportFileInput {
  fileName: string;
  contentBase64: string;
  mode?: ImportMode;
}

/**
 * @example const { conferenceId } = await importConferenceFile(ctx, { fileName, contentBase64, mode: 'new' });
 */
export async function importConferenceFile(ctx: ServiceContext, input: ImportFileInput) {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  // The file is unpacked to a temporary copy and written into the store: room for both, up front.
  assertFreeSpace(ctx.store.dataDir, bytes.length * 4, `nhập tệp "${input.fileName}"`);
  const f = await openThukyFile(input.fileName, bytes);
  try {
    const mode: ImportMode = input.mode ?? 'new';
    const sourceId = f.manifest.conference.id;
    if (mode === 'replace' && !ctx.store.sqlite.prepare('select 1 from conferences where id = ?').get(sourceId)) {
      throw new AppError(
        'NOT_FOUND',
        `Không thay được: máy này không có hội nghị "${f.manifest.conference.title}" của tệp "${input.fileName}". ` +
          'Hãy nhập thành hội nghị mới.',
        { conferenceId: sourceId },
      );
    }
    const conferenceId = mode === 'new' ? newId() : sourceId;
    const backupFile = await backupStore(ctx, 'before-thuky-import');
    const plan = conferencePlan(ctx.store.sqlite, 'main');
    let counts: Record<string, number> = {};
    try {
      // A Kysely transaction holds the connection; the raw statements inside run in it.
      await ctx.store.db.transaction().execute(async () => {
        ctx.store.sqlite.pragma('defer_foreign_keys = ON');
        if (mode === 'replace') deleteConference(ctx, plan, sourceId);
        counts = writeRows(ctx, f, plan, mode, conferenceId);
      });
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (isDiskFull(e)) throw diskFullError(`hội nghị từ tệp "${input.fileName}"`);
      const msg = e instanceof Error ? e.message : String(e);
      throw new AppError(
        /UNIQUE|FOREIGN KEY|constraint/i.test(msg) ? 'CONFLICT' : 'IMPORT_INVALID',
        `Tệp "${input.fileName}" không nhập được, dữ liệu không bị thay đổi: ${msg}`,
        { fileName: input.fileName },
      );
    }
    invalidateSearch(ctx, conferenceId);
    return { conferenceId, mode, title: f.manifest.conference.title, counts, backupFile };
  } finally {
    f.close();
  }
}
