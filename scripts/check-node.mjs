// `node scripts/check-node.mjs "<command>" [args…]`: runs the command (npm start / host / test / bench)
// under Node >= 22.12, which better-sqlite3 13 and Electron 45 need. On an older Node (Debian 12 ships
// 20) it fetches Node 22 once from the npm registry (`npm pack node-<os>-<arch>@22`, as .ci/run does)
// into .node22/ (git-ignored), says so in one line, and runs the command with that Node first in PATH,
// so every `node`/`npm` the command starts uses it. The native module needs nothing more:
// better-sqlite3 13 ships Node-API binaries, the same for every Node. Kept to syntax old Node reads.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

var root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
var WIN = process.platform === 'win32';

function recent(version) {
  var p = String(version).replace(/^v/, '').split('.').map(Number);
  return p[0] > 22 || (p[0] === 22 && p[1] >= 12);
}

function refuse(why) {
  console.error(
    'ThuKy cần Node.js 22.12 trở lên (máy đang có ' +
      process.versions.node +
      ')' +
      (why ? ' và không tải được Node 22: ' + why : '') +
      '. Hãy cài Node.js 22 LTS từ nodejs.org rồi chạy lại.\n' +
      'ThuKy needs Node.js 22.12 or newer (found ' +
      process.versions.node +
      ')' +
      (why ? ' and could not fetch Node 22: ' + why : '') +
      '. Install Node.js 22 LTS from nodejs.org and try again.',
  );
  process.exit(1);
}

/** The folder of a Node 22 binary inside the project, fetched on first use. */
function localNode22() {
  var home = process.env.THUKY_NODE22_DIR || path.join(root, '.node22');
  var bin = WIN ? path.join(home, 'package') : path.join(home, 'package', 'bin');
  var exe = path.join(bin, WIN ? 'node.exe' : 'node');
  var ok = function () {
    if (!fs.existsSync(exe)) return false;
    var r = spawnSync(exe, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    return r.status === 0 && recent(r.stdout.trim());
  };
  if (ok()) return bin;
  var pkg = 'node-' + (WIN ? 'win' : process.platform) + '-' + process.arch + '@22';
  console.error(
    'ThuKy: Node ' +
      process.versions.node +
      ' cũ hơn 22.12 — tải Node 22 một lần từ kho npm (' +
      pkg +
      ') vào ' +
      home +
      ' / Node ' +
      process.versions.node +
      ' is older than 22.12: fetching Node 22 once from the npm registry into ' +
      home,
  );
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  var packed = spawnSync(WIN ? 'npm.cmd' : 'npm', ['pack', '--silent', pkg], {
    cwd: home,
    encoding: 'utf8',
    shell: WIN,
  });
  var tgz = packed.status === 0 ? packed.stdout.trim().split(/\r?\n/).pop() : '';
  if (!tgz || !fs.existsSync(path.join(home, tgz)))
    refuse((packed.stderr || 'npm pack ' + pkg).trim().split(/\r?\n/)[0]);
  var untar = spawnSync('tar', ['xzf', tgz], { cwd: home, encoding: 'utf8' });
  fs.rmSync(path.join(home, tgz), { force: true });
  if (untar.status !== 0 || !ok()) refuse('tar xzf ' + tgz);
  return bin;
}

/** An argument as the shell will read it back. */
function quote(a) {
  if (/^[\w@%+=:,./-]+$/.test(a)) return a;
  return WIN ? '"' + a.replace(/"/g, '""') + '"' : "'" + a.replace(/'/g, "'\\''") + "'";
}

var command = process.argv[2];
var env = Object.assign({}, process.env);
if (!recent(process.versions.node)) {
  var bin = localNode22();
  var key =
    Object.keys(env).find(function (k) {
      return k.toUpperCase() === 'PATH';
    }) || 'PATH';
  env[key] = bin + path.delimiter + (env[key] || '');
}
if (command) {
  var line = [command].concat(process.argv.slice(3).map(quote)).join(' ');
  // Its own process group (POSIX), so a signal to this script reaches the whole command, not only
  // the shell that runs it.
  var child = spawn(line, { stdio: 'inherit', shell: true, env: env, detached: !WIN });
  ['SIGINT', 'SIGTERM', 'SIGHUP'].forEach(function (s) {
    process.on(s, function () {
      try {
        if (WIN) child.kill(s);
        else process.kill(-child.pid, s);
      } catch (e) {
        /* already gone */
      }
    });
  });
  child.on('exit', function (code, signal) {
    process.exit(code === null ? (signal === 'SIGINT' ? 130 : 1) : code);
  });
} else if (!recent(process.versions.node)) {
  // Called without a command (an old script): only make sure Node 22 is there.
  process.exit(0);
}
