/**
 * Check-in round trip over loopback HTTP (POST /api/checkin.mark with a station token, answered
 * after the synchronous=FULL commit): p50/p95 with 1 desk and with 8 concurrent desks, and 179
 * arrivals replayed in one run. Goal: p95 ≤ 16 ms (one frame).
 * The host runs in its own process (`node dist/host/cli.js`, as in the hall) and the desks are
 * keep-alive HTTP clients here, so the desks' work does not eat the host's event loop.
 * Peer in the same run: `system.info`, the host's cheapest authenticated round trip.
 * Call from bench/run.ts: `await benchCheckin(record);`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { apiPoster } from './api-poster';
import { benchDeskScans } from './desk-bench';
import { pct, type Record } from './util';

const ADMIN = 'bench-admin-token-01';

export function startHost(env: { [k: string]: string } = {}): Promise<{ port: number; stop(): void }> {
  const cli = path.resolve('dist/host/cli.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-checkin-'));
  const proc = spawn(process.execPath, [cli, '--data-dir', dataDir, '--port', '0'], {
    env: { ...process.env, THUKY_ADMIN_TOKEN: ADMIN, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c) => {
      out += c;
      const m = /127\.0\.0\.1:(\d+)\//.exec(out);
      if (m)
        resolve({
          port: Number(m[1]),
          stop: () => {
            proc.kill('SIGTERM');
            setTimeout(() => proc.kill('SIGKILL'), 3000).unref();
          },
        });
    });
    proc.on('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
}

/**
 * Search-as-you-type at a paired desk in Chromium: from the input event of a name typed without
 * diacritics to the first result showing that person (measured inside the page).
 */
async function deskSearchLatency(
  record: Record,
  port: number,
  token: string,
  conferenceId: string,
  people: { fullName: string }[],
) {
  const { chromium } = await import('playwright-core');
  const { foldDiacritics } = await import('../shared/text/normalize');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript((t) => {
      localStorage.setItem('thuky.token', t);
      localStorage.setItem('thuky.deskName', 'Bàn 2');
    }, token);
    await page.goto(`http://127.0.0.1:${port}/#/c/${conferenceId}/checkin/desk`);
    await page.getByTestId('desk-box').waitFor();
    const named = people
      .filter((p) => p.fullName)
      .filter((_, i) => i % 6 === 0)
      .slice(0, 25);
    const times: number[] = [];
    for (const p of named) {
      times.push(
        await page.evaluate(
          async ({ query, expected }) => {
            const box = document.querySelector<HTMLInputElement>('[data-testid="desk-box"]')!;
            const list = document.querySelector('[data-testid="desk-results"]')!;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            setValue.call(box, '');
            box.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => setTimeout(r, 50));
            const shown = () => (list.querySelector('li')?.textContent ?? '').includes(expected);
            const t0 = performance.now();
            setValue.call(box, query);
            box.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise<void>((resolve) => {
              if (shown()) return resolve();
              const obs = new MutationObserver(() => {
                if (shown()) {
                  obs.disconnect();
                  resolve();
                }
              });
              obs.observe(list, { childList: true, subtree: true, characterData: true });
              setTimeout(() => {
                obs.disconnect();
                resolve();
              }, 2000);
            });
            return performance.now() - t0;
          },
          { query: foldDiacritics(p.fullName), expected: p.fullName },
        ),
      );
    }
    record('desk search-as-you-type, input → first result (Chromium), p50', pct(times, 50), 'ms', null);
    record('desk search-as-you-type, input → first result (Chromium), p95', pct(times, 95), 'ms', null);
  } finally {
    await browser.close();
  }
}

/** BENCH_ONLY=desk: only the desk scans (a quick look while working on the desk). */
export async function benchDesk(record: Record) {
  return benchCheckin(record, true);
}

export async function benchCheckin(record: Record, deskOnly = false) {
  const host = await startHost();
  const { agent, post } = apiPoster(host.port, 16);
  const must = async (procedure: string, body: unknown, token = ADMIN) => {
    const r = await post(procedure, body, token);
    if (r.status !== 200) throw new Error(`${procedure}: ${JSON.stringify(r.json)}`);
    return r.json;
  };
  try {
    // A desk is paired for one conference (issue 16): each demo gets its own desks, each with a fresh PIN.
    let desks = 0;
    // Pairing is rate-limited per address (20 a minute): the bench pairs more desks than that, so
    // each batch of eight comes from its own loopback address, as eight laptops would.
    const pairFor = async (conferenceId: string, n: number) => {
      const out: string[] = [];
      const from = apiPoster(host.port, 1, `127.0.0.${2 + (desks >> 3)}`);
      try {
        for (let i = 1; i <= n; i++) {
          const { pin } = await must('station.pairingPin', {});
          const r = await from.post('station.pair', { pin, name: `Bàn ${++desks}`, conferenceId }, '');
          if (r.status !== 200) throw new Error(`station.pair: ${JSON.stringify(r.json).slice(0, 300)}`);
          out.push(r.json.token);
        }
      } finally {
        from.agent.destroy();
      }
      return out;
    };
    const mark = async (token: string, conferenceId: string, delegateId: string) => {
      const r = await post('checkin.mark', { conferenceId, delegateId }, token);
      if (r.status !== 200 || r.json.status !== 'checked_in')
        throw new Error(`checkin.mark: ${JSON.stringify(r.json)}`);
      return r.ms;
    };
    const demo = async () => {
      const { id } = await must('conference.createDemo', {});
      const { items } = await must('delegate.list', { conferenceId: id });
      return { id, ids: (items as { id: string }[]).map((d) => d.id) };
    };

    // Warm up (the first check-in opens the door: a backup) on a throwaway conference.
    const warm = await demo();
    const [warmDesk] = await pairFor(warm.id, 1);
    for (const d of warm.ids.slice(0, 20)) await mark(warmDesk, warm.id, d);
    if (deskOnly) return await benchDeskScans(record, host.port, demo, pairFor, must);
    const peer: number[] = [];
    for (let i = 0; i < 179; i++) peer.push((await post('system.info', {}, warmDesk)).ms);

    const one = await demo();
    const [oneDesk] = await pairFor(one.id, 1);
    const t0 = performance.now();
    const single: number[] = [];
    for (const d of one.ids) single.push(await mark(oneDesk, one.id, d));
    const replay = performance.now() - t0;
    record('check-in round trip, 1 desk, p50', pct(single, 50), 'ms', null, 'system.info round trip', pct(peer, 50));
    record('check-in round trip, 1 desk, p95', pct(single, 95), 'ms', 16, 'system.info round trip', pct(peer, 95));
    record(`${one.ids.length} arrivals replayed in one run (1 desk)`, replay, 'ms', null);

    const eight = await demo();
    const tokens = await pairFor(eight.id, 8);
    const many: number[] = [];
    await Promise.all(
      tokens.map(async (token, k) => {
        for (let i = k; i < eight.ids.length; i += 8) many.push(await mark(token, eight.id, eight.ids[i]));
      }),
    );
    record('check-in round trip, 8 concurrent desks, p50', pct(many, 50), 'ms', null);
    record('check-in round trip, 8 concurrent desks, p95', pct(many, 95), 'ms', 16);
    const stats = await must('checkin.stats', { conferenceId: eight.id });
    if (stats.present + stats.staffPresent !== eight.ids.length)
      throw new Error(`8 desks: ${stats.present + stats.staffPresent} present of ${eight.ids.length}`);

    const fresh = await demo();
    const { items } = await must('delegate.list', { conferenceId: fresh.id });
    const [freshDesk] = await pairFor(fresh.id, 1);
    await deskSearchLatency(record, host.port, freshDesk, fresh.id, items as { fullName: string }[]);
    await benchDeskScans(record, host.port, demo, pairFor, must);
  } finally {
    agent.destroy();
    host.stop();
  }
}
