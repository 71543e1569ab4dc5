/**
 * Check-in round trips while the host reads a big or hostile file: one desk marks and un-marks
 * delegates, one action every 20 ms, over loopback HTTP (as in bench/checkin.ts) while the admin imports a
 * 20,000-row .xlsx, then previews a hostile sparse .xlsx again and again for 2 s (21 KB on disk, a cell
 * in the last column of 3,000 rows: exceljs would grow 16,384-slot rows; the reader prunes them). Goal: p95 ≤ 50 ms, beside the idle figure; the
 * peer is the same host with the file read on the main thread (THUKY_PARSE_WORKER=off).
 * Call from bench/run.ts: `await benchCheckinDuringImport(record);`
 */
import ExcelJS from 'exceljs';
import { readZip, writeZip } from '../electron/services/safety/conference-file/zip';
import { apiPoster } from './api-poster';
import { startHost } from './checkin';
import { officeXlsx } from './data';
import { pct, type Record } from './util';

const ADMIN = 'bench-admin-token-01'; // as bench/checkin.ts starts the host
/** Delegates in the big sheet: with its 3 section rows and 4 title rows, just under the 20,000-row cap. */
const ROWS = 19_990;

/** A real .xlsx whose sheet is replaced by `rows` rows, each with one cell in column XFD (16,384). */
export async function sparseXlsx(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sach').addRow(['Họ và tên']);
  const base = Buffer.from(await wb.xlsx.writeBuffer());
  const entries = (await readZip(base, new Proxy({}, { get: () => 1e8 }) as { [k: string]: number })) as Map<
    string,
    Buffer
  >;
  const body = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
  ).join('');
  entries.set(
    'xl/worksheets/sheet1.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
    ),
  );
  return writeZip([...entries].map(([name, data]) => ({ name, data })));
}

async function measure(env: { [k: string]: string }, files: { big: string; hostile: string }) {
  const host = await startHost(env);
  const { agent, post } = apiPoster(host.port, 64);
  const must = async (procedure: string, body: unknown, token = ADMIN) => {
    const r = await post(procedure, body, token);
    if (r.status !== 200) throw new Error(`${procedure}: ${JSON.stringify(r.json).slice(0, 300)}`);
    return r.json;
  };
  try {
    const { id: conferenceId } = await must('conference.createDemo', {});
    const { pin } = await must('station.pairingPin', {});
    const desk = (await must('station.pair', { pin, name: 'Bàn 1', conferenceId }, '')).token as string;
    const ids = ((await must('delegate.list', { conferenceId })).items as { id: string }[]).map((d) => d.id);
    const { id: target } = await must('conference.create', { title: 'Nhập 20.000 dòng' });
    /**
     * Open loop, as desks behave: a check-in action every 20 ms whether or not the last one was
     * answered (a blocked host shows as many slow round trips, not as one). Delegate t % n is marked
     * on even passes over the list and un-marked on odd ones. Runs until `until` settles (or n actions).
     */
    let t = 0;
    const deskLoop = async (until: Promise<unknown> | null, n = 300) => {
      const times: Promise<number>[] = [];
      let done = false;
      void until?.then(
        () => {
          done = true;
        },
        () => {
          done = true;
        },
      );
      while (until ? !done : times.length < n) {
        const d = ids[t % ids.length];
        const op = Math.floor(t++ / ids.length) % 2 === 0 ? 'checkin.mark' : 'checkin.undo';
        times.push(
          post(op, { conferenceId, delegateId: d }, desk).then((r) => {
            if (r.status !== 200) throw new Error(`${op}: ${JSON.stringify(r.json)}`);
            return r.ms;
          }),
        );
        await new Promise((r) => setTimeout(r, 20));
      }
      return Promise.all(times);
    };
    await deskLoop(null, 2 * 179); // warm up (the door's first backup), and back to nobody checked in
    const idle = await deskLoop(null, 2 * 179);
    const t0 = performance.now();
    const imp = must('delegate.import', { conferenceId: target, fileName: 'ds-20000.xlsx', contentBase64: files.big });
    const duringImport = await deskLoop(imp);
    const importMs = performance.now() - t0;
    if ((await imp).imported < ROWS) throw new Error('the 20,000-row import did not import everything');
    // The 2 s after the import (its search-index rebuild, the write-ahead log's checkpoint): apart,
    // so the hostile figure below is the hostile file's alone.
    const afterImport = await deskLoop(null, 100);
    // Hostile files read back to back for 2 s: one read now takes a fifth of a second, and a window
    // of ten round trips would make its p95 the single slowest one.
    const t1 = performance.now();
    let hostileMs = 0;
    let hostileReads = 0;
    const hostile = (async () => {
      do {
        const s = performance.now();
        await post(
          'delegate.importPreview',
          { conferenceId: target, fileName: 'thua.xlsx', contentBase64: files.hostile },
          ADMIN,
        );
        hostileMs += performance.now() - s;
        hostileReads++;
      } while (performance.now() - t1 < 2000);
      hostileMs /= hostileReads;
    })();
    const duringHostile = await deskLoop(hostile);
    return { idle, duringImport, importMs, afterImport, duringHostile, hostileMs };
  } finally {
    agent.destroy();
    host.stop();
  }
}

export async function benchCheckinDuringImport(record: Record) {
  const files = {
    big: (await officeXlsx(ROWS)).toString('base64'),
    hostile: (await sparseXlsx(3000)).toString('base64'),
  };
  record('hostile sparse .xlsx size', Buffer.from(files.hostile, 'base64').length / 1024, 'KB', null);
  const worker = await measure({}, files);
  const before = await measure({ THUKY_PARSE_WORKER: 'off' }, files);
  const peer = 'same, file read on the main thread';
  record('check-in round trip while idle, p95', pct(worker.idle, 95), 'ms', 50);
  record(
    `check-in p95 during a 20,000-row .xlsx import (${worker.duringImport.length} round trips)`,
    pct(worker.duringImport, 95),
    'ms',
    50,
    peer,
    pct(before.duringImport, 95),
  );
  record(
    'check-in max during the 20,000-row import',
    Math.max(...worker.duringImport),
    'ms',
    null,
    peer,
    Math.max(...before.duringImport),
  );
  record(
    'check-in p95 in the 2 s after the import',
    pct(worker.afterImport, 95),
    'ms',
    null,
    peer,
    pct(before.afterImport, 95),
  );
  record('20,000-row .xlsx import, end to end', worker.importMs, 'ms', null, peer, before.importMs);
  record(
    `check-in p95 during a hostile sparse .xlsx (${worker.duringHostile.length} round trips)`,
    pct(worker.duringHostile, 95),
    'ms',
    50,
    peer,
    pct(before.duringHostile, 95),
  );
  record(
    'check-in max during the hostile .xlsx',
    Math.max(...worker.duringHostile),
    'ms',
    null,
    peer,
    Math.max(...before.duringHostile),
  );
  record(
    'hostile sparse .xlsx preview, end to end (mean of the reads)',
    worker.hostileMs,
    'ms',
    null,
    peer,
    before.hostileMs,
  );
}
