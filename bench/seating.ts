/**
 * Seating: the pure auto-assignment for 180 and 2,000 seats (goal ≤ 200 ms at 2,000), the whole
 * seating.autoAssign procedure at 2,000 (store write included), and 180 name cards rendered to PDF
 * in Chromium through the host (goal ≤ 5 s, page load + fit + page.pdf()).
 * Call from bench/run.ts: `await benchSeating(record);` (needs dist/renderer: `npm run bench` builds it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { createHost } from '../electron/host/server';
import { assignSeats, type SeatingPerson } from '../shared/seating/assign';
import { hallCentre, seatsOf } from '../shared/seating/layout';
import type { HallFieldsInput } from '../shared/models/hall';
import { type Record } from './util';

const admin = { role: 'admin' as const, name: 'bench' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

/** A hall of about `seats` seats: a 9-seat presidium and four blocks of 20 per row. */
function hallOf(seats: number): HallFieldsInput {
  const rows = Math.ceil((seats - 9) / 80);
  return {
    name: `Bench ${seats}`,
    stage: { rows: [{ seats: 9 }] },
    blocks: ['A', 'B', 'C', 'D'].map((name) => ({ name, rows, seatsPerRow: 20 })),
  };
}

function timeAlgorithm(n: number): number {
  const hall = hallOf(n);
  const seats = seatsOf(hall);
  const cats = ['Khách mời', 'Đại biểu tỉnh', 'Đại biểu xã', 'Khen thưởng', 'Phóng viên'];
  const people: SeatingPerson[] = Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    precedence: i + 1,
    category: cats[Math.floor((i / n) * cats.length)],
  }));
  const rules = {
    presidiumCount: 9,
    frontRows: 2,
    sections: [{ category: 'Khen thưởng', block: 'A', rowFrom: 3, rowTo: 12, aisle: true }],
  };
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    assignSeats({ seats: seatsOf(hall), people, locked: [], rules, centre: hallCentre(hall) });
    times.push(performance.now() - t0);
  }
  void seats;
  return median(times);
}

async function timeProcedure(core: Awaited<ReturnType<typeof createCore>>, n: number): Promise<number> {
  const { id } = await must<{ id: string }>(core.dispatch('conference.create', { title: `Bench ${n}` }, admin));
  for (let i = 0; i < n; i++) {
    await must(
      core.dispatch(
        'delegate.create',
        {
          conferenceId: id,
          delegate: { fullName: `Nguyễn Văn Số ${i + 1}`, category: i < 100 ? 'Khách mời' : 'Đại biểu' },
        },
        admin,
      ),
    );
  }
  const hall = await must<{ id: string }>(core.dispatch('hall.create', hallOf(n), admin));
  const t0 = performance.now();
  await must(
    core.dispatch(
      'seating.autoAssign',
      { conferenceId: id, hallId: hall.id, rules: { presidiumCount: 9, frontRows: 2 } },
      admin,
    ),
  );
  return performance.now() - t0;
}

export async function benchSeating(record: Record) {
  record('seating: auto-assign 180 seats (algorithm)', timeAlgorithm(180), 'ms', null);
  record('seating: auto-assign 2,000 seats (algorithm)', timeAlgorithm(2000), 'ms', 200);
  const core = await createCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-seating-')) });
  try {
    record('seating: seating.autoAssign 2,000 (with store write)', await timeProcedure(core, 2000), 'ms', null);
    const staticDir = path.resolve(process.cwd(), 'dist/renderer');
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
      console.warn('bench seating: dist/renderer missing, name cards skipped');
      return;
    }
    const { id } = await must<{ id: string }>(core.dispatch('conference.createDemo', {}, admin));
    const app = await createHost({ core, adminToken: 'bench-admin-token-01', staticDir });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const { chromium } = await import('playwright-core');
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
      const page = await browser.newPage();
      await page.goto(`${base}/#token=bench-admin-token-01`);
      await page.waitForFunction(() => !location.href.includes('token='));
      const t0 = performance.now();
      await page.goto(`${base}/print/name-cards?conferenceId=${id}`);
      await page.waitForSelector('body[data-print-ready]', { timeout: 60000 });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const ms = performance.now() - t0;
      record(
        `seating: ${await page.locator('[data-testid=name-card]').count()} name cards to PDF (${Math.round(pdf.length / 1024)} KB)`,
        ms / 1000,
        's',
        5,
      );
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    await core.close();
  }
}
