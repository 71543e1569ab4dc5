/**
 * What importing a .thuky file would change, before anything is written: the conference it holds,
 * whether this machine already has it (same id), the rows per table in the file and here, and for
 * delegates who would be added, removed or changed (with a few names as examples), and what a
 * replace would lose here, row by row (losses.ts).
 */
import type { ServiceContext } from '../../kernel/context';
import { fileRows } from './import';
import { conferencePlan, quote } from './plan';
import { replaceLosses, type Losses } from './losses';
import { openThukyFile } from './parse';

const COMPARED = [
  'full_name',
  'rank',
  'position',
  'unit',
  'category',
  'precedence',
  'salutation',
  'phone',
  'email',
  'note',
];
const EXAMPLES = 8;

export interface ImportPreview {
  conference: { id: string; title: string };
  exportedAt: string;
  appVersion: string;
  formatVersion: number;
  /** This machine already has the conference (same id): "replace" is possible. */
  exists: boolean;
  existingTitle: string | null;
  tables: { name: string; inFile: number; here: number }[];
  delegates: {
    added: number;
    removed: number;
    changed: number;
    unchanged: number;
    examples: { kind: 'added' | 'removed' | 'changed'; fullName: string; fields: string[] }[];
  };
  /** What "replace" would lose on this machine (empty when the conference is not here). */
  losses: Losses;
}

/** @example const p = await previewConferenceFile(ctx, { fileName, contentBase64 }); */
export async function previewConferenceFile(
  ctx: ServiceContext,
  input: { fileName: string; contentBase64: string },
): Promise<ImportPreview> {
  const f = await openThukyFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  try {
    const id = f.manifest.conference.id;
    const live = ctx.store.sqlite;
    const existingTitle =
      (live.prepare('select title from conferences where id = ?').pluck().get(id) as string | undefined) ?? null;
    const plan = conferencePlan(live, 'main');
    const tables = plan
      .map((t) => ({
        name: t.name,
        inFile: fileRows(f, t)?.rows.length ?? 0,
        here: live
          .prepare(`select count(*) from ${quote(t.name)} where ${t.where}`)
          .pluck()
          .get({ c: id }) as number,
      }))
      .filter((t) => t.inFile || t.here);
    const fileDelegates =
      fileRows(
        f,
        plan.find((t) => t.name === 'delegates')!,
      )?.rows ?? [];
    const hereDelegates = live.prepare('select * from delegates where conference_id = ?').all(id) as Record<
      string,
      unknown
    >[];
    return {
      conference: f.manifest.conference,
      exportedAt: f.manifest.exportedAt,
      appVersion: f.manifest.appVersion,
      formatVersion: f.manifest.formatVersion,
      exists: existingTitle !== null,
      existingTitle,
      tables,
      delegates: diffDelegates(fileDelegates, hereDelegates),
      losses:
        existingTitle === null
          ? { total: 0, items: [] }
          : replaceLosses(
              plan,
              (t) =>
                live.prepare(`select * from ${quote(t.name)} where ${t.where}`).all({ c: id }) as Record<
                  string,
                  unknown
                >[],
              (t) => fileRows(f, t)?.rows ?? [],
            ),
    };
  } finally {
    f.close();
  }
}

function diffDelegates(
  incoming: Record<string, unknown>[],
  here: Record<string, unknown>[],
): ImportPreview['delegates'] {
  const hereById = new Map(here.map((d) => [d.id, d]));
  const out: ImportPreview['delegates'] = { added: 0, removed: 0, changed: 0, unchanged: 0, examples: [] };
  const example = (kind: 'added' | 'removed' | 'changed', d: Record<string, unknown>, fields: string[] = []) => {
    if (out.examples.length < EXAMPLES * 3 && out.examples.filter((e) => e.kind === kind).length < EXAMPLES) {
      out.examples.push({ kind, fullName: String(d.full_name || d.position || '(chưa có tên)'), fields });
    }
  };
  for (const d of incoming) {
    const old = hereById.get(d.id);
    hereById.delete(d.id);
    if (!old) {
      out.added++;
      example('added', d);
      continue;
    }
    const fields = COMPARED.filter((k) => k in d && String(d[k] ?? '') !== String(old[k] ?? ''));
    if (fields.length) {
      out.changed++;
      example('changed', d, fields);
    } else out.unchanged++;
  }
  for (const d of hereById.values()) {
    out.removed++;
    example('removed', d);
  }
  return out;
}
