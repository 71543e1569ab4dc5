/**
 * Electron's main process: one hardened window, the app:// protocol serving the built UI, the store
 * in the user data folder (or --data-dir), and the IPC transport over the core's dispatcher.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { createCore, type Core } from '../core/core';
import { registerIpc } from './ipc';
import { attachLan, restoreLan } from '../services/lan';
import { createLanController, type LanController } from '../host/lan-controller';
import { registerAppProtocol } from './app-protocol';
import { openThukyFile, thukyPathFromArgv } from './open-file';
import { APP_ORIGIN, APP_SCHEME, dataDirFromArgv, windowOptions } from './window-options';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let core: Core | null = null;
let lan: LanController | null = null;
/** A .thuky path that arrived before the window was ready (macOS 'open-file' at launch). */
let pendingFile: string | null = thukyPathFromArgv(process.argv);

function openWhenReady(file: string | null) {
  if (!file) return;
  if (core && BrowserWindow.getAllWindows().length) void openThukyFile(core, file);
  else pendingFile = file;
}

app.on('open-file', (e, file) => {
  e.preventDefault();
  openWhenReady(file);
});
app.on('second-instance', (_e, argv) => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
  openWhenReady(thukyPathFromArgv(argv));
});

function createWindow() {
  const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => {
    if (!url.startsWith(APP_ORIGIN)) e.preventDefault();
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => {
    win.show();
    if (pendingFile && core) {
      const f = pendingFile;
      pendingFile = null;
      void openThukyFile(core, f);
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-redirect', (e, url) => {
    if (!url.startsWith(APP_ORIGIN)) e.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

if (!app.requestSingleInstanceLock()) app.quit();

app
  .whenReady()
  .then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    const dataDir = dataDirFromArgv(process.argv) ?? app.getPath('userData');
    try {
      core = await createCore({ dataDir });
    } catch (e) {
      dialog.showErrorBox('ThuKy không mở được dữ liệu', e instanceof Error ? e.message : String(e));
      app.exit(1);
      return;
    }
    registerAppProtocol(path.join(__dirname, '../renderer'));
    registerIpc(core);
    // The LAN for the check-in desks: the same HTTP host in this process, off until the switch on
    // "Điểm danh" (the choice is remembered in the data folder). The admin here talks over IPC, so
    // the host's admin token is never shown.
    lan = await createLanController({
      core,
      adminToken: crypto.randomBytes(24).toString('base64url'),
      staticDir: path.join(__dirname, '../renderer'),
    });
    attachLan(core.ctx, lan);
    // Reopened before the window asks for lan.status (restoring sends no change event).
    await restoreLan(core.ctx);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  })
  .catch((e) => {
    console.error(e);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// Closing the core takes the on-quit backup: hold the quit until it is written.
let closing = false;
app.on('will-quit', (e) => {
  if (!core || closing) return;
  closing = true;
  e.preventDefault();
  (lan ? lan.close() : Promise.resolve())
    .catch((err) => console.error(err))
    .then(() => core?.close())
    .catch((err) => console.error(err))
    .finally(() => app.exit(0));
});

/** External links only through the OS browser, and only http(s). */
export function openExternalSafely(url: string) {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}
