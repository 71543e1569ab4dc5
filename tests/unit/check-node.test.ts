/** npm start / host / test refuse an old Node with a message in Vietnamese and English. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../scripts/check-node.mjs');
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
  if (!fs.existsSync(p)) return false;
  const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  const [a, b] = v.split('.').map(Number);
  return a < 22 || (a === 22 && b < 12);
});

describe('scripts/check-node.mjs', () => {
  it('passes on this Node', () => {
    expect(spawnSync(process.execPath, [SCRIPT]).status).toBe(0);
  });

  it.skipIf(!OLD_NODE)('refuses an older Node, saying what to install in both languages', () => {
    const r = spawnSync(OLD_NODE!, [SCRIPT], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ThuKy cần Node.js 22.12 trở lên');
    expect(r.stderr).toContain('ThuKy needs Node.js 22.12 or newer');
  });

  it('is wired before start, host and test, and npm enforces engines', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    for (const s of ['start', 'host', 'test']) expect(pkg.scripts[s]).toMatch(/^node scripts\/check-node\.mjs && /);
    expect(pkg.engines.node).toBe('>=22.12.0');
    expect(fs.readFileSync(path.resolve(__dirname, '../../.npmrc'), 'utf8')).toContain('engine-strict=true');
  });
});
