/**
 * The architecture rules (issue #10, /work/shared/ARCHITECTURE.md), checked on the real tree:
 * the import rules by dependency-cruiser with .dependency-cruiser.cjs (the same run as `npm run lint`),
 * the layout and file sizes here. Each failure names the file and the rule it breaks.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = path.resolve(__dirname, '../..');
const SOURCES = ['shared', 'db', 'electron', 'renderer', 'resources', 'bench', 'scripts', 'tests'];
const MAX_LINES = 300;

function walk(dir: string, out: string[] = []): string[] {
  for (const f of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, f.name);
    if (f.isDirectory()) {
      if (!['node_modules', 'artifacts'].includes(f.name)) walk(rel, out);
    } else out.push(rel);
  }
  return out;
}

describe('architecture', () => {
  it('breaks no import rule of .dependency-cruiser.cjs', async () => {
    const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
    const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
    const result = (await cruise(SOURCES, { ...options, baseDir: root }, undefined, { tsConfig }))
      .output as ICruiseResult;
    const broken = result.summary.violations.map(
      (v) =>
        `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    expect(broken).toEqual([]);
    // The run saw the whole tree (a wrong path would cruise nothing and pass).
    expect(result.summary.totalCruised).toBeGreaterThan(300);
    expect(result.modules.some((m) => m.source === 'electron/core/core.ts')).toBe(true);
    // The electron rule matches how Electron resolves here: electron/main does import it.
    const electronUsers = result.modules.filter((m) =>
      m.dependencies.some((d) => /(^|\/)node_modules\/electron\//.test(d.resolved)),
    );
    expect(electronUsers.map((m) => m.source).some((f) => f.startsWith('electron/main/'))).toBe(true);
  }, 120000);

  it('has every rule the architecture names', () => {
    const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: { name: string }[] };
    expect(config.forbidden.map((r) => r.name).sort()).toEqual([
      'area-through-index',
      'electron-only-in-main-and-preload',
      'kernel-imports-no-area',
      'no-value-cycles',
      'not-to-unresolvable',
      'renderer-not-db-or-electron',
      'services-not-core',
      'shared-and-db-stay-below',
    ]);
  });

  it('keeps electron/services to area folders and kernel/, each area with its index.ts and handler table', () => {
    const dir = path.join(root, 'electron/services');
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    const areas = entries.map((e) => e.name).filter((n) => n !== 'kernel');
    expect(areas).toEqual(
      expect.arrayContaining([
        'conference',
        'delegate',
        'invitation',
        'seating',
        'checkin',
        'programme',
        'safety',
        'system',
      ]),
    );
    for (const a of areas) {
      expect(fs.existsSync(path.join(dir, a, 'index.ts')), `electron/services/${a}/index.ts`).toBe(true);
      expect(fs.existsSync(path.join(dir, a, `${a}.handlers.ts`)), `electron/services/${a}/${a}.handlers.ts`).toBe(
        true,
      );
    }
  });

  it("keeps electron/core to composition: createCore, the dispatcher, the handler table, the parse worker's entry", () => {
    expect(walk('electron/core').sort()).toEqual([
      'electron/core/core.ts',
      'electron/core/dispatcher.ts',
      'electron/core/handlers.ts',
      'electron/core/parse-worker.ts',
    ]);
  });

  it('names every test file after its area (tests/<kind>/<area>-*.test.ts; db tests after their migration)', () => {
    const areas = fs
      .readdirSync(path.join(root, 'electron/services'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'kernel')
      .map((e) => e.name);
    const tests = ['unit', 'api', 'e2e', 'electron']
      .flatMap((k) => walk(`tests/${k}`))
      .filter((f) => f.endsWith('.test.ts'));
    expect(tests.length).toBeGreaterThan(50);
    const unnamed = tests.filter(
      (f) => !areas.some((a) => path.basename(f) === `${a}.test.ts` || path.basename(f).startsWith(`${a}-`)),
    );
    expect(unnamed).toEqual([]);
    expect(walk('tests/db').filter((f) => !/^\d{4}-[a-z0-9-]+\.test\.ts$/.test(path.basename(f)))).toEqual([]);
  });

  // The product's source; tests (a model-based test keeps its model and actions in one file) are not held to it.
  it(`keeps every source file within ${MAX_LINES} lines`, () => {
    const files = SOURCES.filter((d) => d !== 'tests')
      .flatMap((d) => walk(d))
      .filter((f) => /\.(ts|tsx|mjs|cjs|js)$/.test(f));
    expect(files.length).toBeGreaterThan(300);
    const long = files
      .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(long).toEqual([]);
  });
});
