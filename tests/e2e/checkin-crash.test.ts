/**
 * kill -9 the real host (`node dist/host/cli.js`) in the middle of a burst of check-ins from four
 * concurrent clients (three paired desks and the host's own admin token), restart it on the same
 * data dir: every check-in whose answer reached a desk is in the store with the time it was told,
 * no delegate has two active check-ins, integrity_check passes, and re-sending what was not
 * acknowledged (as the desks' offline queue does, same clientId) counts nobody twice.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { startHost as startBuiltHost } from './harness';

const TOKEN = 'crash-checkin-token-01';
const KILL_AFTER_ACKS = 70;
const PER_CLIENT_IN_FLIGHT = 6;

interface Running {
  proc: ChildProcess;
  origin: string;
}
let running: Running | null = null;
afterAll(() => {
  if (running && running.proc.exitCode === null) running.proc.kill('SIGKILL');
});

async function startHost(dataDir: string): Promise<Running> {
  running = await startBuiltHost(TOKEN, dataDir);
  return running;
}

async function post(origin: string, token: string | null, procedure: string, input: unknown) {
  const res = await fetch(`${origin}/api/${procedure}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${procedure} ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

interface Job {
  client: number;
  delegateId: string;
  clientId: string;
}
interface Ack {
  job: Job;
  status: string;
  checkedInAt: string;
  station: string;
}

/** Every delegate once, from a rotating client; every 4th also from another client at the same time. */
function plan(delegateIds: string[], clients: number): Job[][] {
  const queues: Job[][] = Array.from({ length: clients }, () => []);
  delegateIds.forEach((delegateId, i) => {
    const add = (client: number) =>
      queues[client].push({
        client,
        delegateId,
        clientId: `crash-${i}-${client}-${Math.random().toString(16).slice(2, 10)}`,
      });
    add(i % clients);
    if (i % 4 === 0) add((i + 1) % clients);
  });
  return queues;
}

/** Runs the queues concurrently; kills the host (SIGKILL) the moment KILL_AFTER_ACKS answers have arrived. */
async function burst(host: Running, conferenceId: string, tokens: string[], queues: Job[][]) {
  const acks: Ack[] = [];
  let failed = 0;
  const exited = new Promise((r) => host.proc.once('exit', r));
  const worker = async (queue: Job[], token: string) => {
    while (queue.length) {
      const job = queue.shift()!;
      try {
        const r = await post(host.origin, token, 'checkin.mark', {
          conferenceId,
          delegateId: job.delegateId,
          clientId: job.clientId,
        });
        acks.push({ job, status: r.status, checkedInAt: r.checkedInAt, station: r.station });
        if (acks.length === KILL_AFTER_ACKS) host.proc.kill('SIGKILL');
      } catch {
        failed++;
      }
    }
  };
  const started = Date.now();
  await Promise.all(queues.flatMap((q, c) => Array.from({ length: PER_CLIENT_IN_FLIGHT }, () => worker(q, tokens[c]))));
  await exited;
  return { acks, failed, ms: Date.now() - started };
}

function inspect(dataDir: string) {
  const db = new SQLite(path.join(dataDir, 'thuky.sqlite'), { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      active: db
        .prepare('select delegate_id, checked_in_at, station, client_id from checkins where undone_at is null')
        .all() as { delegate_id: string; checked_in_at: string; station: string; client_id: string | null }[],
      doubles: db
        .prepare(
          'select delegate_id, count(*) n from checkins where undone_at is null group by delegate_id having n > 1',
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

describe('check-in survives kill -9 mid-burst', () => {
  it('keeps every acknowledged check-in, counts nobody twice, stays intact', async () => {
    const t0 = Date.now();
    const dataDir = tempDir('thuky-ckcrash-');
    let host = await startHost(dataDir);
    const conferenceId = (await post(host.origin, TOKEN, 'conference.createDemo', {})).id as string;
    const delegateIds = (await post(host.origin, TOKEN, 'delegate.list', { conferenceId })).items.map(
      (d: { id: string }) => d.id,
    ) as string[];
    const tokens = [TOKEN];
    for (const name of ['Bàn 1', 'Bàn 2', 'Bàn 3']) {
      // A PIN pairs one desk: the host shows a new one for the next.
      const { pin } = await post(host.origin, TOKEN, 'station.pairingPin', {});
      tokens.push((await post(host.origin, null, 'station.pair', { pin, name, conferenceId })).token);
    }

    const queues = plan(delegateIds, tokens.length);
    const all = queues.flat();
    const { acks, failed, ms } = await burst(
      host,
      conferenceId,
      tokens,
      queues.map((q) => [...q]),
    );
    // Killed mid-burst: some answers arrived, many requests never got one.
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acks.length).toBeLessThan(all.length);

    const crashed = inspect(dataDir);
    expect(crashed.integrity).toBe('ok');
    expect(crashed.doubles).toEqual([]);
    const byDelegate = new Map(crashed.active.map((r) => [r.delegate_id, r]));
    for (const a of acks) {
      const row = byDelegate.get(a.job.delegateId);
      expect(row, `acknowledged check-in of ${a.job.delegateId} lost`).toBeDefined();
      expect(row!.checked_in_at).toBe(a.checkedInAt);
      expect(row!.station).toBe(a.station);
    }
    const ackedNew = acks.filter((a) => a.status === 'checked_in').length;
    // A committed-but-unanswered check-in may exist (killed between commit and reply); never a duplicate.
    expect(crashed.active.length).toBeGreaterThanOrEqual(new Set(acks.map((a) => a.job.delegateId)).size);

    // Restart on the same store; the desks re-send what got no answer, with the same clientId.
    host = await startHost(dataDir);
    const acked = new Set(acks.map((a) => a.job.clientId));
    const resend = all.filter((j) => !acked.has(j.clientId));
    const again = await Promise.all(
      resend.map((j) =>
        post(host.origin, tokens[j.client], 'checkin.mark', {
          conferenceId,
          delegateId: j.delegateId,
          clientId: j.clientId,
        }),
      ),
    );
    expect(again.every((r) => r.status === 'checked_in' || r.status === 'already')).toBe(true);
    const stats = await post(host.origin, TOKEN, 'checkin.stats', { conferenceId });
    // Staff, press and organisers are counted apart from the invited (present + staffPresent = everyone).
    expect(stats.present + stats.staffPresent).toBe(delegateIds.length);
    await new Promise<void>((resolve) => {
      host.proc.once('exit', () => resolve());
      host.proc.kill('SIGTERM');
    });

    const after = inspect(dataDir);
    expect(after.integrity).toBe('ok');
    expect(after.doubles).toEqual([]);
    expect(after.active.length).toBe(delegateIds.length);
    for (const a of acks)
      expect(after.active.find((r) => r.delegate_id === a.job.delegateId)!.checked_in_at).toBe(a.checkedInAt);
    console.log(
      `[checkin-crash] ${all.length} requests (${delegateIds.length} delegates, ${all.length - delegateIds.length} duplicates) from 4 clients; ` +
        `killed after ${acks.length} answers (${ackedNew} new, ${acks.length - ackedNew} already) in ${ms} ms, ${failed} cut off; ` +
        `store after crash: ${crashed.active.length} active, after re-send: ${after.active.length}; total ${Date.now() - t0} ms`,
    );
  }, 45_000);
});
