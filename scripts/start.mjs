// `npm start`: builds (when needed) and opens the Electron window. Where Electron cannot start — its
// binary missing (a blocked or skipped download), no display, or it exits at once — says so in one
// Vietnamese + English line and runs the same app as the host on 127.0.0.1 with the same default
// store (`--data-dir DIR` honoured), prints "ThuKy host: http://127.0.0.1:N/#token=…" and opens it
// in the system browser (BROWSER=none: print only). No stack traces: every failure is one line.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** Electron that dies within this long did not start (no display, missing libraries…). */
const EARLY_EXIT_MS = 4000;

function dataDirArg(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir' && argv[i + 1]) return path.resolve(argv[i + 1]);
    if (argv[i].startsWith('--data-dir=')) return path.resolve(argv[i].slice('--data-dir='.length));
  }
  return null;
}

/** Electron's userData for productName "ThuKy": the window and the browser fallback share the store. */
function defaultDataDir() {
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'ThuKy');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ThuKy');
  return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'ThuKy');
}

const MISSING = 'chưa tải được chương trình Electron / the Electron binary is missing';

/**
 * The Electron binary, or why there is none. Not require('electron'): on a missing binary it
 * downloads in the foreground and throws with a stack trace. The download is tried once here, quietly.
 */
function electronBinary() {
  if (process.env.THUKY_NO_ELECTRON) return { why: 'THUKY_NO_ELECTRON' };
  // Another Electron build to run (and the tests' stand-in for one that fails at once).
  if (process.env.THUKY_ELECTRON_BIN)
    return fs.existsSync(process.env.THUKY_ELECTRON_BIN) ? { bin: process.env.THUKY_ELECTRON_BIN } : { why: MISSING };
  const dir = path.join(root, 'node_modules', 'electron');
  const binary = () => {
    const txt = path.join(dir, 'path.txt');
    const bin = fs.existsSync(txt)
      ? path.join(
          process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist'),
          fs.readFileSync(txt, 'utf8').trim(),
        )
      : '';
    return bin && fs.existsSync(bin) ? bin : '';
  };
  if (!fs.existsSync(path.join(dir, 'package.json'))) return { why: MISSING };
  if (binary()) return { bin: binary() };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { why: MISSING };
  // A blocked download is not retried at every start: once a day at most.
  const failed = path.join(root, 'node_modules', '.cache', 'thuky', 'electron-download-failed');
  if (fs.existsSync(failed) && Date.now() - fs.statSync(failed).mtimeMs < 24 * 3600 * 1000) return { why: MISSING };
  console.log('ThuKy: tải chương trình Electron (một lần) / downloading the Electron binary (once)…');
  spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, stdio: 'ignore', timeout: 5 * 60 * 1000 });
  if (binary()) return { bin: binary() };
  try {
    fs.mkdirSync(path.dirname(failed), { recursive: true });
    fs.writeFileSync(failed, new Date().toISOString());
  } catch {
    /* read-only install */
  }
  return { why: MISSING };
}

function noDisplay() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-needed'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) {
  console.error('ThuKy: dựng ứng dụng thất bại (xem lỗi ở trên) / the build failed (see above)');
  process.exit(1);
}

const electron = electronBinary();
if (electron.bin && !noDisplay()) {
  const started = Date.now();
  let early = '';
  const child = spawn(electron.bin, [root, ...args], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] });
  child.stderr.on('data', (c) => {
    if (Date.now() - started < EARLY_EXIT_MS) early += c;
    else process.stderr.write(c);
  });
  setTimeout(() => {
    if (early) process.stderr.write(early);
    early = '';
  }, EARLY_EXIT_MS).unref();
  child.on('error', (e) => fallback(`không chạy được Electron (${e.code || e.message}) / Electron could not run`));
  child.on('exit', (code, signal) => {
    if (Date.now() - started < EARLY_EXIT_MS && code !== 0) {
      const first = early
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
      fallback(
        `Electron thoát ngay (mã ${code ?? signal}) / Electron exited at once${first ? `: ${first.slice(0, 160)}` : ''}`,
      );
    } else {
      process.exit(code ?? 0);
    }
  });
} else {
  fallback(electron.bin ? 'không có màn hình (DISPLAY) / no display' : electron.why);
}

function openBrowser(url) {
  if ((process.env.BROWSER || '').toLowerCase() === 'none') return;
  const [cmd, cmdArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : [process.env.BROWSER || 'xdg-open', [url]];
  try {
    const p = spawn(cmd, cmdArgs, { stdio: 'ignore', detached: true });
    p.on('error', () => console.log('  Mở địa chỉ trên trong trình duyệt / open the address above in a browser'));
    p.unref();
  } catch {
    console.log('  Mở địa chỉ trên trong trình duyệt / open the address above in a browser');
  }
}

function fallback(why) {
  console.log(
    `ThuKy: không mở được cửa sổ ứng dụng (${why}) — chạy trong trình duyệt / cannot open the app window: running it in the browser`,
  );
  const dataDir = dataDirArg(args) ?? defaultDataDir();
  const host = spawn(
    process.execPath,
    [path.join(root, 'dist/host/cli.js'), '--data-dir', dataDir, '--port', process.env.THUKY_PORT || '0'],
    {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
    },
  );
  let out = '';
  let opened = false;
  host.stdout.on('data', (c) => {
    process.stdout.write(c);
    if (opened) return;
    out += c;
    const m = out.match(/^ThuKy host: (http:\/\/127\.0\.0\.1:\d+\/[?#]token=\S+)$/m);
    if (m) {
      opened = true;
      openBrowser(m[1]);
    }
  });
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => host.kill('SIGTERM'));
  host.on('exit', (code) => process.exit(code ?? 0));
}
