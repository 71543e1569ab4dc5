/**
 * `npm run bench`: import, search, host cold start and memory, each beside a named peer measured in
 * the same run, with the ratio. Prints a table and writes bench-results/bench-<time>.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createCore } from '../electron/core/core';
import { people, officeXlsx } from './data';
import { benchSafety } from './safety';
import { benchSeating } from './seating';
import { benchCheckin, benchDesk } from './checkin';
import { benchCheckinDuringImport } from './checkin-import';
import { benchInvitation } from './invitation';
import { pct } from './util';

const ROOT = process.cwd();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-'));
const admin = { role: 'admin' as const, name: 'bench' };
const rows: {
  metric: string;
  value: number;
  unit: string;
  goal: string;
  peer: string;
  peerValue: number | null;
  ratio: number | null;
  pass: boolean | null;
}[] = [];

function record(
  metric: string,
  value: number,
  unit: string,
  goal: number | null,
  peer = '',
  peerValue: number | null = null,
) {
  rows.push({
    metric,
    value: +value.toFixed(3),
    unit,
    goal: goal === null ? '' : `≤ ${goal} ${unit}`,
    peer,
    peerValue: peerValue === null ? null : +peerValue.toFixed(3),
    ratio: peerValue ? +(value / peerValue).toFixed(2) : null,
    pass: goal === null ? null : value <= goal,
  });
}

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

async function benchImport(n: number) {
  const core = await createCore({ dataDir: tmp() });
  const { id } = await must<{ id: string }>(core.dispatch('conference.create', { title: `Bench ${n}` }, admin));
  const file = await officeXlsx(n);
  const t0 = performance.now();
  const res = await must<{ imported: number }>(
    core.dispatch(
      'delegate.import',
      { conferenceId: id, fileName: 'ds.xlsx', contentBase64: file.toString('base64') },
      admin,
    ),
  );
  const ours = performance.now() - t0;
  if (res.imported !== n) throw new Error(`imported ${res.imported} of ${n}`);
  // Peer: the bare minimum — exceljs reading the same file and better-sqlite3 inserting rows, no checks.
  const { default: ExcelJS } = await import('exceljs');
  const p0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ins = core.store.sqlite.prepare(
    'insert into delegates (id, conference_id, precedence, full_name, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  core.store.sqlite.transaction(() => {
    wb.worksheets[0].eachRow((r, i) =>
      ins.run(`peer-${i}`, id, 100000 + i, String(r.getCell(2).value ?? ''), 'x', 'x'),
    );
  })();
  const peer = performance.now() - p0;
  // No goal in the issue for import: the peer ratio says what our checks and repairs cost.
  record(`import ${n} rows (.xlsx)`, ours, 'ms', null, 'raw exceljs read + sqlite insert', peer);
  await core.close();
}

async function benchSearch(n: number, goal: number) {
  const core = await createCore({ dataDir: tmp() });
  const { id } = await must<{ id: string }>(core.dispatch('conference.create', { title: `Search ${n}` }, admin));
  const list = [...people(n)].map((p) => ({ ...p, phone: String(p.phone) }));
  const { insertNewDelegates } = await import('../electron/services/delegate/delegate-rows');
  await insertNewDelegates(core.store.db, id, list, 1, new Date().toISOString());
  const queries = [
    'nguyen van son',
    'dao',
    'd',
    'so tai chinh',
    'quan',
    'le thi',
    'hung',
    'chqs cao loc',
    'ngoc linh',
    'xyz',
  ];
  const b0 = performance.now();
  await core.dispatch('delegate.search', { conferenceId: id, query: 'warm' }, admin);
  record(`search index build, ${n} delegates`, performance.now() - b0, 'ms', null);
  for (let k = 0; k < 3; k++)
    for (const q of queries) await core.dispatch('delegate.search', { conferenceId: id, query: q, limit: 20 }, admin);
  const ours: number[] = [];
  const peer: number[] = [];
  const like = core.store.sqlite.prepare(
    'select * from delegates where conference_id = ? and search_key like ? order by precedence limit 20',
  );
  const { foldDiacritics } = await import('../shared/text/normalize');
  for (let k = 0; k < 30; k++)
    for (const q of queries) {
      const t0 = performance.now();
      await core.dispatch('delegate.search', { conferenceId: id, query: q, limit: 20 }, admin);
      ours.push(performance.now() - t0);
      const p0 = performance.now();
      like.all(id, `%${foldDiacritics(q)}%`);
      peer.push(performance.now() - p0);
    }
  record(`search p50, ${n} delegates`, pct(ours, 50), 'ms', null, 'SQLite LIKE on search_key', pct(peer, 50));
  record(`search p95, ${n} delegates`, pct(ours, 95), 'ms', goal, 'SQLite LIKE on search_key', pct(peer, 95));
  await core.close();
}

function startProcess(
  args: string[],
  readyLine: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (c) => {
      out += c;
      if (readyLine.test(out)) {
        const ms = performance.now() - t0;
        const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        const rssMb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
        proc.kill('SIGTERM');
        resolve({ ms, rssMb });
      }
    });
    proc.stderr.on('data', (c) => {
      out += c;
    });
    proc.on('exit', (code) => {
      if (code && !readyLine.test(out)) reject(new Error(out));
    });
  });
}

async function benchColdStart() {
  const cli = path.join(ROOT, 'dist/host/cli.js');
  const ours: number[] = [];
  const rss: number[] = [];
  const peer: number[] = [];
  const peerScript =
    "import('fastify').then(async ({default: F}) => { const a = F(); await a.listen({ port: 0 }); console.log('ready'); })";
  for (let i = 0; i < 5; i++) {
    const r = await startProcess([cli, '--data-dir', tmp(), '--port', '0'], /ThuKy host: /, {
      THUKY_ADMIN_TOKEN: 'bench-admin-token-01',
    });
    ours.push(r.ms);
    rss.push(r.rssMb);
    peer.push((await startProcess(['-e', peerScript], /ready/)).ms);
  }
  record('host cold start (median of 5)', pct(ours, 50), 'ms', 1500, 'empty Fastify server start', pct(peer, 50));
  record('host memory after start (RSS)', pct(rss, 50), 'MB', null);
}

async function main() {
  // BENCH_ONLY=checkin,seating runs only those areas (a quick look at one number while working);
  // BENCH_ONLY=desk only the desk scans in Chromium (also part of checkin).
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  if (!only) {
    await benchImport(180);
    await benchImport(5000);
    await benchSearch(180, 2);
    await benchSearch(20000, 10);
    await benchColdStart();
  }
  // Each area's bench, beside its own peer where it names one.
  for (const [name, run] of [
    ['safety', benchSafety],
    ['seating', benchSeating],
    ['checkin', benchCheckin],
    ['desk', benchDesk],
    ['checkin-import', benchCheckinDuringImport],
    ['invitations', benchInvitation],
  ] as const) {
    if (only ? !only.includes(name) : name === 'desk') continue;
    try {
      await run(record);
    } catch (e) {
      console.error(`bench ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  }
  // The metric column as wide as its longest name, so every row's figures line up.
  const w = [Math.max(6, ...rows.map((r) => r.metric.length)), 10, 5, 11, 36, 10, 7, 5];
  const line = (c: (string | number)[]) => c.map((x, i) => String(x).padEnd(w[i])).join(' ');
  console.log(line(['metric', 'value', 'unit', 'goal', 'peer', 'peer val', 'ratio', 'ok']));
  for (const r of rows) {
    console.log(
      line([
        r.metric,
        r.value,
        r.unit,
        r.goal,
        r.peer,
        r.peerValue ?? '',
        r.ratio ?? '',
        r.pass === null ? '' : r.pass ? 'yes' : 'NO',
      ]),
    );
  }
  const dir = path.join(ROOT, 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify(
    { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rows },
    null,
    2,
  );
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  console.log(`\nJSON: ${path.relative(ROOT, file)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
