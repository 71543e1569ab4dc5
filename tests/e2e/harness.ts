/**
 * E2E harness: the real host (`node dist/host/cli.js`, as `npm run host` runs it) on a temp store,
 * and Debian's Chromium through playwright-core. Every request that would leave the host is
 * aborted and recorded, so a test can fail on it: the app must work with no internet.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers/core';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built host on `dataDir` (a new temp folder by default; pass one to restart on it). */
export async function startHost(token = 'e2e-admin-token-0001', dataDir = tempDir('thuky-e2e-')): Promise<Host> {
  const cli = path.join(ROOT, 'dist/host/cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/host/cli.js is missing: run `npm run build` first (npm test does)');
  const proc = spawn(process.execPath, [cli, '--data-dir', dataDir, '--port', '0'], {
    env: { ...process.env, THUKY_ADMIN_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20000);
    proc.stdout!.on('data', (c) => {
      out += c;
      const m = out.match(/^ThuKy host: (http:\/\/127\.0\.0\.1:\d+\/[?#]token=\S+)$/m);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.stderr!.on('data', (c) => {
      out += c;
    });
    proc.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    token,
    dataDir,
    proc,
    stop: () =>
      new Promise((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  external: string[];
  consoleErrors: string[];
}

export async function openBrowser(host: Host): Promise<Browsing> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(host.origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { browser, context, page, external, consoleErrors };
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Calls the host's API directly (for setup and for checking what the UI did). */
export async function api<T = any>(host: Host, procedure: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${procedure}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
  return body as T;
}

/**
 * Opens a print view, waits for body[data-print-ready], lists the elements matching `overflowSel`
 * whose text overflows its box, saves the PDF (and PNGs of its first pages) to tests/artifacts,
 * and returns its page count (pdfinfo) and text (pdftotext, NFC, spaces folded).
 */
export async function printToPdf(context: BrowserContext, url: string, name: string, overflowSel: string, dpi = 40) {
  const { execFileSync } = await import('node:child_process');
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-print-ready]', { timeout: 30000 });
  const overflow = await page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.textContent),
    overflowSel,
  );
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  const text = execFileSync('pdftotext', [file, '-']).toString().normalize('NFC').replace(/\s+/g, ' ');
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '2', file, path.join(ARTIFACTS, name)]);
  return { pages, text, overflow };
}

/** The host and a browser for one test file. @example beforeAll(async () => { ({ host, b } = await openSession()); }); */
export async function openSession(token?: string): Promise<{ host: Host; b: Browsing }> {
  const host = await startHost(token);
  return { host, b: await openBrowser(host) };
}

/** openSession with the demo conference (~180 delegates) already made. @example ({ host, b, conferenceId } = await openDemoSession()); */
export async function openDemoSession(token?: string): Promise<{ host: Host; b: Browsing; conferenceId: string }> {
  const { host, b } = await openSession(token);
  return { host, b, conferenceId: (await api<{ id: string }>(host, 'conference.createDemo', {})).id };
}

/** Closes what openSession opened (either may be missing when set-up failed). */
export async function closeSession(host: Host | undefined, b: Browsing | undefined) {
  await b?.browser.close();
  await host?.stop();
}
