/**
 * kill -9 during an import, a restore and an export of the real host (`node dist/host/cli.js`):
 * afterwards integrity_check passes and the store holds either the old or the new state.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { exportConferenceBytes } from '../../electron/services/safety/conference-file/export';
import { tempDir } from '../helpers/core';
import { startHost as startBuiltHost } from './harness';

const TOKEN = 'crash-safety-token-01';
const BIG = 20_000;
const admin = { role: 'admin' as const, name: 'admin' };

/** A store with the demo conference and a big one (BIG delegates), plus a backup of the small state. */
async function prepareOnce() {
  const dir = tempDir('thuky-crash-');
  const core = await createCore({ dataDir: dir });
  const demo = await core.dispatch('conference.createDemo', {}, admin);
  const small = await core.dispatch('backup.create', {}, admin);
  const big = await core.dispatch('conference.create', { title: 'Hội nghị lớn' }, admin);
  if (!demo.ok || !small.ok || !big.ok) throw new Error('setup failed');
  const bigId = (big.value as { id: string }).id;
  const ins = core.store.sqlite.prepare(
    "insert into delegates (id, conference_id, precedence, full_name, unit, code, created_at, updated_at) values (?, ?, ?, ?, 'Đơn vị', upper(hex(randomblob(6))), 'x', 'x')",
  );
  core.store.sqlite.transaction(() => {
    for (let i = 1; i <= BIG; i++) ins.run(`big-${i}`, bigId, i, `Nguyễn Văn Số ${i}`);
  })();
  const thuky = exportConferenceBytes(core.ctx, bigId).data.toString('base64');
  await core.close();
  return { dir, smallBackup: (small.value as { id: string }).id, thuky };
}

const startHost = (dir: string) => startBuiltHost(TOKEN, dir);

/** Starts `procedure` and kills the host with SIGKILL after `delayMs`. */
async function killDuring(dir: string, procedure: string, input: unknown, delayMs: number) {
  const { proc, origin } = await startHost(dir);
  const exited = new Promise((r) => proc.once('exit', r));
  const req = fetch(`${origin}/api/${procedure}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(input),
  })
    .then((r) => r.status)
    .catch(() => 'killed');
  await new Promise((r) => setTimeout(r, delayMs));
  proc.kill('SIGKILL');
  await exited;
  return req;
}

function inspect(dir: string) {
  const db = new SQLite(path.join(dir, 'thuky.sqlite'));
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      conferences: db.prepare('select count(*) from conferences').pluck().get() as number,
      delegates: db.prepare('select count(*) from delegates').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

let template: Awaited<ReturnType<typeof prepareOnce>>;
/** A fresh copy of the prepared (cleanly closed) store for each case. */
async function prepare() {
  const dir = tempDir('thuky-crash-');
  fs.cpSync(template.dir, dir, { recursive: true });
  return { ...template, dir };
}
beforeAll(async () => {
  template = await prepareOnce();
}, 60_000);

const outcomes: string[] = [];
afterAll(() => {
  console.log(`[crash] ${outcomes.join(' · ')}`);
});

describe('kill -9 during writes', () => {
  it.each([150, 450, 800, 1500])(
    'import of a 20,000-delegate .thuky, killed after %i ms: old or new, intact',
    async (delay) => {
      const { dir, thuky } = await prepare();
      const before = inspect(dir);
      const status = await killDuring(
        dir,
        'conference.importFile',
        { fileName: 'lon.thuky', contentBase64: thuky, mode: 'new' },
        delay,
      );
      const after = inspect(dir);
      expect(after.integrity).toBe('ok');
      const isOld = after.conferences === before.conferences && after.delegates === before.delegates;
      const isNew = after.conferences === before.conferences + 1 && after.delegates === before.delegates + BIG;
      outcomes.push(`import ${delay} ms: ${isOld ? 'old' : isNew ? 'new' : 'MIXED'} (${String(status)})`);
      expect(isOld || isNew).toBe(true);
    },
    60_000,
  );

  it.each([40, 150, 400])(
    'restore of a small backup over a 20,000-delegate store, killed after %i ms: old or new, intact',
    async (delay) => {
      const { dir, smallBackup } = await prepare();
      const status = await killDuring(dir, 'backup.restore', { id: smallBackup }, delay);
      const after = inspect(dir);
      expect(after.integrity).toBe('ok');
      const isOld = after.conferences === 2 && after.delegates === 179 + BIG;
      const isNew = after.conferences === 1 && after.delegates === 179;
      outcomes.push(`restore ${delay} ms: ${isOld ? 'old' : isNew ? 'new' : 'MIXED'} (${String(status)})`);
      expect(isOld || isNew).toBe(true);
      // And the app opens it normally afterwards.
      const core = await createCore({ dataDir: dir });
      const list = await core.dispatch('backup.list', {}, admin);
      expect(list.ok && (list.value as { health: { ok: boolean } }).health.ok).toBe(true);
      await core.close();
    },
    60_000,
  );

  it.each([20, 120])(
    'export killed after %i ms leaves the store untouched',
    async (delay) => {
      const { dir } = await prepare();
      const before = inspect(dir);
      const core = await createCore({ dataDir: dir });
      const bigId = core.store.sqlite
        .prepare("select id from conferences where title = 'Hội nghị lớn'")
        .pluck()
        .get() as string;
      await core.close();
      await killDuring(dir, 'conference.export', { conferenceId: bigId }, delay);
      expect(inspect(dir)).toEqual(before);
      outcomes.push(`export ${delay} ms: unchanged`);
    },
    60_000,
  );
});
