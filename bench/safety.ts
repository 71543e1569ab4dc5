/**
 * Safety bench: an online backup of a store with 20,000 delegates and their check-ins (goal ≤ 1 s),
 * and the export and import of one 180-delegate conference as a .thuky file (goal ≤ 1 s each).
 * Peer for the backup: a plain file copy of the same (closed) store — the floor for moving the bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { backupStore } from '../electron/services/safety/backup';
import { exportConferenceBytes } from '../electron/services/safety/conference-file/export';

type Record_ = (
  metric: string,
  value: number,
  unit: string,
  goal: number | null,
  peer?: string,
  peerValue?: number | null,
) => void;
const admin = { role: 'admin' as const, name: 'bench' };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-safety-'));

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

/** @example await benchSafety(record) — from bench/run.ts */
export async function benchSafety(record: Record_) {
  const core = await createCore({ dataDir: tmp() });
  const { id } = await must<{ id: string }>(core.dispatch('conference.create', { title: 'Bench 20000' }, admin));
  const db = core.store.sqlite;
  const insD = db.prepare(
    "insert into delegates (id, conference_id, precedence, full_name, position, unit, code, search_key, created_at, updated_at) values (?, ?, ?, ?, 'Phó Giám đốc', 'Sở Tài chính tỉnh', upper(hex(randomblob(6))), ?, 'x', 'x')",
  );
  const insC = db.prepare(
    "insert into checkins (id, conference_id, delegate_id, checked_in_at, station) values (?, ?, ?, '2026-12-08T07:30:00Z', 'Bàn 1')",
  );
  db.transaction(() => {
    for (let i = 1; i <= 20_000; i++) {
      insD.run(`d${i}`, id, i, `Nguyễn Văn Thành ${i}`, `nguyen van thanh ${i}`);
      insC.run(`c${i}`, id, `d${i}`);
    }
  })();
  const t0 = performance.now();
  const file = await backupStore(core.ctx, 'bench');
  const ours = performance.now() - t0;
  const p0 = performance.now();
  fs.copyFileSync(file, `${file}.copy`);
  const peer = performance.now() - p0;
  record('backup, 20,000 delegates + check-ins', ours, 'ms', 1000, 'file copy of the same bytes', peer);
  await core.close();

  const small = await createCore({ dataDir: tmp() });
  const demo = await must<{ id: string }>(small.dispatch('conference.createDemo', {}, admin));
  const e0 = performance.now();
  const out = exportConferenceBytes(small.ctx, demo.id);
  record('export one conference (.thuky, 179 delegates)', performance.now() - e0, 'ms', 1000);
  const i0 = performance.now();
  await must(
    small.dispatch(
      'conference.importFile',
      { fileName: out.fileName, contentBase64: out.data.toString('base64'), mode: 'new' },
      admin,
    ),
  );
  record('import one conference (.thuky, 179 delegates, backup included)', performance.now() - i0, 'ms', 1000);
  await small.close();
}
