import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzImporters } from '../../bench/safety-fuzz';
import { call, FIXTURES, freshCore } from '../helpers/core';

// THUKY_FUZZ_SCALE=10 for the big run (see bench/safety-fuzz.ts); 1 keeps this test well under a minute.
const SCALE = Number(process.env.THUKY_FUZZ_SCALE ?? 1);
const cores: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const c of cores) await c.close();
});

describe('fuzzing the importers', () => {
  it('every mutated or random file ends in a clear error or a correct import, never a crash or a half write', async () => {
    const core = await freshCore();
    cores.push(core);
    const { id } = await call(core, 'conference.createDemo', {});
    const stats = await fuzzImporters(core, id, {
      xlsx: 200 * SCALE,
      csv: 1000 * SCALE,
      thuky: 800 * SCALE,
      seed: Number(process.env.THUKY_FUZZ_SEED ?? 20261122),
      xlsxFile: path.join(FIXTURES, 'sample-delegates-tuyen-quang.xlsx'),
      csvFile: path.join(FIXTURES, 'sample-delegates-vni.csv'),
    });
    console.log(
      `[fuzz] ${stats.inputs} inputs (${JSON.stringify(stats.byKind)}): ${stats.ok} imported/previewed, ${stats.refused} refused; max ${Math.round(stats.maxMs)} ms, total ${Math.round(stats.totalMs)} ms`,
    );
    expect(stats.failures.slice(0, 10)).toEqual([]);
    expect(stats.inputs).toBe(2000 * SCALE);
    // Both outcomes happen: the fuzzer is neither all-garbage nor all-valid.
    expect(stats.ok).toBeGreaterThan(50);
    expect(stats.refused).toBeGreaterThan(500);
  }, 120_000);
});
