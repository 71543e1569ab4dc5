/**
 * Check-in round trip over loopback HTTP (POST /api/checkin.mark with a station token, answered
 * after the synchronous=FULL commit): p50/p95 with 1 desk and with 8 concurrent desks, and 179
 * arrivals replayed in one run. Goal: p95 ≤ 16 ms (one frame).
 * Call from bench/run.ts: `await benchCheckin(record);`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { createHost } from '../electron/host/server';
import { pairingPin, pairStation } from '../electron/services/stations';

type Record = (metric: string, value: number, unit: string, goal: number | null, peer?: string, peerValue?: number | null) => void;
const admin = { role: 'admin' as const, name: 'bench' };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

export async function benchCheckin(record: Record) {
  const core = await createCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-checkin-')) });
  const app = await createHost({ core, adminToken: 'bench-admin' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const tokens: string[] = [];
    for (let i = 1; i <= 8; i++) tokens.push((await pairStation(core.ctx, pairingPin(core.ctx).pin, `Bàn ${i}`)).token);
    const mark = async (token: string, conferenceId: string, delegateId: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/checkin.mark`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ conferenceId, delegateId }),
      });
      const body = await res.json();
      if (!res.ok || body.status !== 'checked_in') throw new Error(`checkin.mark: ${JSON.stringify(body)}`);
      return performance.now() - t0;
    };
    const demo = async () => {
      const { id } = await must<{ id: string }>(core.dispatch('conference.createDemo', {}, admin));
      const { items } = await must<{ items: { id: string }[] }>(core.dispatch('delegate.list', { conferenceId: id }, admin));
      return { id, ids: items.map((d) => d.id) };
    };

    // Warm up (first check-in opens the door: a backup) on a throwaway conference.
    const warm = await demo();
    for (const d of warm.ids.slice(0, 20)) await mark(tokens[0], warm.id, d);

    const one = await demo();
    const t0 = performance.now();
    const single: number[] = [];
    for (const d of one.ids) single.push(await mark(tokens[0], one.id, d));
    const replay = performance.now() - t0;
    record('check-in round trip, 1 desk, p50', pct(single, 50), 'ms', null);
    record('check-in round trip, 1 desk, p95', pct(single, 95), 'ms', 16);
    record(`${one.ids.length} arrivals replayed in one run (1 desk)`, replay, 'ms', null);

    const eight = await demo();
    const many: number[] = [];
    await Promise.all(tokens.map(async (token, k) => {
      for (let i = k; i < eight.ids.length; i += 8) many.push(await mark(token, eight.id, eight.ids[i]));
    }));
    record('check-in round trip, 8 concurrent desks, p50', pct(many, 50), 'ms', null);
    record('check-in round trip, 8 concurrent desks, p95', pct(many, 95), 'ms', 16);
    const present = await must<{ present: number }>(core.dispatch('checkin.stats', { conferenceId: eight.id }, admin));
    if (present.present !== eight.ids.length) throw new Error(`8 desks: ${present.present} present of ${eight.ids.length}`);
  } finally {
    await app.close();
    await core.close();
  }
}

// Run alone: `npx tsx bench/checkin.ts`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  benchCheckin((m, v, u, g) => console.log(`${m}: ${v.toFixed(2)} ${u}${g === null ? '' : ` (goal ≤ ${g})`}`)).catch((e) => { console.error(e); process.exit(1); });
}
