// Builds everything into dist/: the renderer (Vite), Electron main + preload (CJS), the HTTP host
// CLI and the bench (ESM, node_modules left external). `--if-needed` skips when dist is up to date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const SOURCES = [
  'shared',
  'db',
  'electron',
  'renderer',
  'resources',
  'bench',
  'package.json',
  'vite.config.ts',
  'index.html',
];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

if (process.argv.includes('--if-needed') && fs.existsSync(stamp)) {
  const built = fs.statSync(stamp).mtimeMs;
  if (SOURCES.every((s) => newestMtime(path.join(root, s)) <= built)) process.exit(0);
}

const define = {
  __THUKY_VERSION__: JSON.stringify(pkg.version),
  __THUKY_WORKER__: JSON.stringify('../workers/parse-worker.cjs'),
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  define,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron', 'better-sqlite3', 'piscina'],
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  // The host is bundled with its dependencies (one file parses faster than hundreds: cold start);
  // native better-sqlite3, the heavy, lazily loaded exceljs and piscina (it starts threads from its
  // own files, found next to its own code) stay outside.
  esbuild({
    ...common,
    entryPoints: ['electron/host/cli.ts'],
    outfile: 'dist/host/cli.js',
    format: 'esm',
    external: ['better-sqlite3', 'exceljs', 'piscina'],
    banner: {
      js: "import { createRequire as __thukyRequire } from 'node:module'; const require = __thukyRequire(import.meta.url);",
    },
  }),
  // The parse worker (services/kernel/worker-pool.ts): its own file, found relative to each bundle above.
  esbuild({
    ...common,
    entryPoints: ['electron/core/parse-worker.ts'],
    outfile: 'dist/workers/parse-worker.cjs',
    format: 'cjs',
    external: ['better-sqlite3'],
  }),
  fs.existsSync(path.join(root, 'bench/run.ts'))
    ? esbuild({
        ...common,
        entryPoints: ['bench/run.ts'],
        outfile: 'dist/bench/run.js',
        format: 'esm',
        packages: 'external',
      })
    : Promise.resolve(),
]);
await viteBuild({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
fs.writeFileSync(stamp, new Date().toISOString());
console.log('ThuKy: đã dựng vào dist/ (built into dist/)');
