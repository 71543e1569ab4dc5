/**
 * The desk benches' order and set-up (called from bench/checkin.ts with its host): one desk alone,
 * the hall (one page measured, seven desks on their own machines), eight pages in one Chromium paced
 * and saturated. Each on a fresh demo conference, so every scan is a first arrival.
 */
import { deskScanLatency, recordDeskRun, type DeskRun } from './desk-scan';
import { type Record } from './util';

type Demo = () => Promise<{ id: string; ids: string[] }>;
type PairFor = (conferenceId: string, n: number) => Promise<string[]>;

/** The desk as a person feels it (./desk-scan.ts): 1 desk, the hall (the goal's load), 8 pages paced, 8 saturated. */
export async function benchDeskScans(
  record: Record,
  port: number,
  demo: Demo,
  pairFor: PairFor,
  must: (p: string, b: unknown) => Promise<any>,
) {
  const people = async (id: string) => (await must('delegate.list', { conferenceId: id })).items;
  const solo = await demo();
  await deskScanLatency(record, port, await pairFor(solo.id, 1), solo.id, await people(solo.id), {
    pace: 'saturated',
    limit: 40,
  });
  // The hall: one page measured while seven desks on their own machines work the host
  // (./desk-peers.ts); three conferences pooled, for enough of the measured desk's scans.
  const hall: DeskRun = { n: '', times: [], trips: [], other: 0, goal: true };
  for (let round = 0; round < 3; round++) {
    const scan = await demo();
    const tokens = await pairFor(scan.id, 8);
    const r = await deskScanLatency(record, port, tokens.slice(0, 1), scan.id, await people(scan.id), {
      pace: 'paced',
      peers: tokens.slice(1),
      record: false,
    });
    hall.n = r.n;
    hall.times.push(...r.times);
    hall.trips.push(...r.trips);
    hall.other += r.other;
  }
  recordDeskRun(record, hall);
  for (const pace of ['paced', 'saturated'] as const) {
    const scan = await demo();
    const scanPeople = await people(scan.id);
    await deskScanLatency(record, port, await pairFor(scan.id, 8), scan.id, scanPeople, { pace });
    const scanStats = await must('checkin.stats', { conferenceId: scan.id });
    if (
      scanStats.present + scanStats.staffPresent !==
      scanPeople.filter((p: { fullName: string }) => p.fullName).length
    )
      throw new Error(`desk scan (${pace}): not everyone scanned was admitted`);
  }
}
