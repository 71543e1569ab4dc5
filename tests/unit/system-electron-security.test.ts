/** Electron's security checklist, item by item: fails on any regression of the window or the CSP. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, RENDERER_CSP, windowOptions, dataDirFromArgv } from '../../electron/main/window-options';
import { CSP as HOST_CSP } from '../../electron/host/server';

const root = path.resolve(__dirname, '../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

describe('Electron security checklist', () => {
  const wp = windowOptions('/x/preload.cjs').webPreferences;

  it('isolates context, sandboxes, and never integrates Node', () => {
    expect(wp.contextIsolation).toBe(true);
    expect(wp.sandbox).toBe(true);
    expect(wp.nodeIntegration).toBe(false);
    expect(wp.nodeIntegrationInWorker).toBe(false);
    expect(wp.nodeIntegrationInSubFrames).toBe(false);
    expect(wp.webSecurity).toBe(true);
    expect(wp.allowRunningInsecureContent).toBe(false);
    expect(wp.webviewTag).toBe(false);
  });

  it('has a strict CSP: only our own origin, no eval, no remote content', () => {
    for (const csp of [RENDERER_CSP, HOST_CSP]) {
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    }
    expect(read('index.html')).toContain("script-src 'self'");
  });

  it('checks every IPC sender: only app://thuky pages', () => {
    expect(isTrustedSender('app://thuky/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('file:///etc/passwd')).toBe(false);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const ipc = read('electron/main/ipc.ts');
    expect(ipc).toMatch(/isTrustedSender\(event\.senderFrame/);
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    const main = read('electron/main/main.ts');
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/will-navigate[\s\S]*preventDefault/);
    expect(main).toMatch(/will-attach-webview[\s\S]*preventDefault/);
    expect(main).toMatch(/setPermissionRequestHandler\(\(_wc, _perm, cb\) => cb\(false\)\)/);
    expect(main).toMatch(/openExternal[\s\S]*https\?/);
  });

  it('exposes only invoke and onEvent from the preload', () => {
    const preload = read('electron/preload/preload.ts');
    expect(preload).toMatch(/exposeInMainWorld\('thuky', bridge\)/);
    const keys = [...preload.matchAll(/^\s{2}(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['invoke', 'onEvent']);
  });

  // Only electron/main and electron/preload import Electron: a rule of .dependency-cruiser.cjs,
  // checked by tests/unit/system-architecture.test.ts.

  it('reads --data-dir from argv', () => {
    expect(dataDirFromArgv(['electron', '.', '--data-dir', '/d'])).toBe('/d');
    expect(dataDirFromArgv(['x', '--data-dir=/e'])).toBe('/e');
    expect(dataDirFromArgv(['x'])).toBeNull();
  });
});
