/**
 * The parse worker (a real worker thread, built from electron/core/parse-worker.ts exactly as
 * scripts/build.mjs builds it) gives the same answers as the in-process parsers: previews of the
 * kit's files and the fixtures, award tables, a .thuky, and the same Vietnamese refusals for
 * hostile files. The in-process fallback is made to throw, so a pass proves the worker answered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markDuplicates, personKey } from '../../electron/services/delegate/import/duplicates';
import { planImport, type ImportPlan } from '../../electron/services/delegate/import/import-plan';
import { parseDelegateFile } from '../../electron/services/delegate/import/parse-delegate-file';
import { readTable } from '../../electron/services/kernel/spreadsheet/read-table';
import { closeWorkers, runParse, usesWorker } from '../../electron/services/kernel/worker-pool';
import { exportConferenceBytes } from '../../electron/services/safety/conference-file/export';
import { unpackThukyFile } from '../../electron/services/safety/conference-file/parse';
import { writeZip } from '../../electron/services/safety/conference-file/zip';
import { call, FIXTURES, freshCore, KIT_DATA } from '../helpers/core';

const ROOT = path.resolve(__dirname, '../..');
const notInProcess = (): Promise<never> => {
  throw new Error('ran in-process, not on the worker');
};
/** A plan's rows without their random id and check-in code. */
const planRows = (p: ImportPlan) =>
  p.chunks
    .flatMap((c) => JSON.parse(c) as unknown[][])
    .map((r) => r.filter((_, i) => p.columns[i] !== 'id' && p.columns[i] !== 'code'));

beforeAll(async () => {
  // Inside the repository, so the worker finds node_modules (better-sqlite3) as dist/workers does.
  const out = path.join(ROOT, 'tests/artifacts/worker', 'parse-worker.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'electron/core/parse-worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  process.env.THUKY_PARSE_WORKER = out;
  await closeWorkers();
}, 60_000);
afterAll(async () => {
  delete process.env.THUKY_PARSE_WORKER;
  await closeWorkers();
});

const files = [
  ...fs
    .readdirSync(KIT_DATA)
    .filter((f) => /\.(xlsx|csv)$/.test(f))
    .map((f) => path.join(KIT_DATA, f)),
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(xlsx|csv)$/.test(f))
    .map((f) => path.join(FIXTURES, f)),
];

describe('the parse worker', () => {
  it('is used', () => {
    expect(usesWorker()).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('previews %s exactly as in-process', async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const name = path.basename(file);
    const here = await parseDelegateFile(name, bytes);
    const there = await runParse('delegate-file', { fileName: name, bytes }, notInProcess);
    expect(there).toEqual(here);
    expect(here.rows.length).toBeGreaterThan(5);
    // With duplicates marked against the conference, and the rows to write built for the import itself.
    const rule = {
      existing: here.rows
        .filter((r) => r.delegate)
        .slice(0, 3)
        .map((r, i): [string, string] => [personKey(r.delegate!), `id-${i}`]),
    };
    const marked = markDuplicates(structuredClone(here), rule);
    expect(marked.counts.duplicate).toBeGreaterThan(0);
    const plan = { conferenceId: 'c1', now: '2026-11-30T08:00:00.000Z' };
    const mine = planImport(marked, plan.conferenceId, plan.now);
    const theirs = await runParse<ImportPlan>('delegate-file', { fileName: name, bytes, rule, plan }, notInProcess);
    expect({ ...theirs, chunks: planRows(theirs) }).toEqual({ ...mine, chunks: planRows(mine) });
    expect(theirs.imported).toBe(marked.counts.import);
    expect(planRows(theirs)).toHaveLength(marked.counts.import);
    const table = await runParse('table', { fileName: name, bytes }, notInProcess);
    expect(table).toEqual(await readTable(name, bytes));
  });

  it('refuses hostile files with the same Vietnamese message', async () => {
    const bomb = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(150 * 1024 * 1024, 0x20) },
    ]);
    const cells = writeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<c r="A1"/>'.repeat(1_100_000)) },
    ]);
    for (const [name, bytes, pattern] of [
      ['bom.xlsx', bomb, /khi giải nén quá lớn/],
      ['o.xlsx', cells, /có quá nhiều ô/],
      ['rac.xlsx', Buffer.from('%PDF-1.7 xyz'), /tệp PDF đổi tên/],
    ] as const) {
      const here = await parseDelegateFile(name, new Uint8Array(bytes)).catch((e: Error) => e.message);
      const there = await runParse(
        'delegate-file',
        { fileName: name, bytes: new Uint8Array(bytes) },
        notInProcess,
      ).catch((e: Error) => e.message);
      expect(there).toMatch(pattern);
      expect(there).toBe(here);
    }
  }, 60_000);

  it('unpacks and checks a .thuky on the worker', async () => {
    const core = await freshCore();
    const { id } = await call(core, 'conference.createDemo', {});
    const bytes = exportConferenceBytes(core.ctx, id).data;
    const u = await runParse<{ manifest: { conference: { id: string } }; dir: string; file: string }>(
      'thuky',
      { fileName: 'hn.thuky', bytes: new Uint8Array(bytes) },
      notInProcess,
    );
    expect(u.manifest.conference.id).toBe(id);
    expect(fs.statSync(u.file).size).toBeGreaterThan(10_000);
    fs.rmSync(u.dir, { recursive: true, force: true });
    const bad = await runParse(
      'thuky',
      { fileName: 'x.thuky', bytes: new Uint8Array(Buffer.from('PK\u0003\u0004 hỏng')) },
      notInProcess,
    ).catch((e: Error) => e.message);
    expect(bad).toBe(
      await unpackThukyFile('x.thuky', new Uint8Array(Buffer.from('PK\u0003\u0004 hỏng'))).catch(
        (e: Error) => e.message,
      ),
    );
    expect(bad).toMatch(/không nhập được/);
    // And the whole import goes through it: preview and import in the core.
    const p = await call(core, 'conference.importPreview', {
      fileName: 'hn.thuky',
      contentBase64: bytes.toString('base64'),
    });
    expect(p.exists).toBe(true);
    await core.close();
  }, 60_000);

  it('a worker that cannot start is dropped and the parse runs in-process', async () => {
    const good = process.env.THUKY_PARSE_WORKER!;
    const broken = path.join(path.dirname(good), 'broken-worker.cjs');
    fs.writeFileSync(broken, "throw new Error('tệp xử lý nền hỏng');\n");
    process.env.THUKY_PARSE_WORKER = broken;
    await closeWorkers();
    try {
      expect(
        await runParse('table', { fileName: 'a.csv', bytes: new Uint8Array() }, async () => 'trên luồng chính'),
      ).toBe('trên luồng chính');
      expect(usesWorker()).toBe(false);
    } finally {
      process.env.THUKY_PARSE_WORKER = good;
      await closeWorkers();
    }
  }, 60_000);
});
