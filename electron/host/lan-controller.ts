/**
 * The LAN controller: the listeners of one process's HTTP host. One Fastify app (createHost) is
 * served by plain Node servers around `app.routing`, so a listener can be opened and closed at will
 * without rebuilding the app: the LAN one on 0.0.0.0 (the desks), and in the host CLI also the
 * admin's one on 127.0.0.1. Electron's main process and the host CLI each create one and attach it
 * to their core (services/lan), which is what lan.status / lan.start / lan.stop call.
 */
import http from 'node:http';
import type net from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../core/core';
import { createHost } from './server';
import { LAN_DEFAULT_PORT, lanAddresses, lanUrls, type LanControl, type LanStatus } from '../services/lan';

interface Listener {
  server: http.Server;
  sockets: Set<net.Socket>;
  port: number;
}

export interface LanControllerOptions {
  core: Core;
  adminToken: string;
  /** Folder of the built renderer; omitted = API only. */
  staticDir?: string;
  /** The first port tried when lan.start names none (then the next free ones). */
  defaultPort?: number;
}

export interface LanController extends LanControl {
  /**
   * The host CLI's own listener: 127.0.0.1 only, or (`lan`) 0.0.0.0 on exactly that port, which then
   * also serves the admin; turning the LAN off later reopens 127.0.0.1 on the same port, so the
   * admin's page keeps working. Returns the port (0 = any free one).
   */
  openLoopback(port: number, lan?: boolean): Promise<number>;
  /** Closes every listener and the app. */
  close(): Promise<void>;
}

const PORT_TRIES = 20;
const isLoopback = (a: string | undefined) =>
  !!a && (a.startsWith('127.') || a === '::1' || a.startsWith('::ffff:127.'));

function serve(app: FastifyInstance): Omit<Listener, 'port'> {
  const server = http.createServer(app.routing);
  // The same limits as Fastify's own server (set from createHost's options).
  for (const k of [
    'keepAliveTimeout',
    'headersTimeout',
    'requestTimeout',
    'timeout',
    'maxRequestsPerSocket',
  ] as const) {
    (server as unknown as Record<string, unknown>)[k] = app.server[k];
  }
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return { server, sockets };
}

const listenOnce = (server: http.Server, host: string, port: number) =>
  new Promise<number>((resolve, reject) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as net.AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host, port });
  });

const inUse = (e: unknown) => (e as { code?: string }).code === 'EADDRINUSE';

/** `port`, or the next free ones when it is taken (tries = 1: exactly that port). */
async function open(app: FastifyInstance, host: string, port: number, tries: number): Promise<Listener> {
  for (let i = 0; ; i++) {
    const l = serve(app);
    try {
      return { ...l, port: await listenOnce(l.server, host, port === 0 ? 0 : port + i) };
    } catch (e) {
      if (!inUse(e) || port === 0 || i + 1 >= tries || port + i >= 65535) throw e;
    }
  }
}

/** Stops accepting at once; drops the connections `drop` picks (the desks' event streams among them). */
async function shut(l: Listener, drop: (s: net.Socket) => boolean, drain: boolean) {
  const closed = new Promise<void>((resolve) => l.server.close(() => resolve()));
  for (const s of l.sockets) if (drop(s)) s.destroy();
  l.server.closeIdleConnections();
  if (drain) await closed;
}

/** @example const lan = await createLanController({ core, adminToken }); attachLan(core.ctx, lan); await lan.start(); */
export async function createLanController(opts: LanControllerOptions): Promise<LanController> {
  const app = await createHost({ core: opts.core, adminToken: opts.adminToken, staticDir: opts.staticDir });
  await app.ready();
  let loopback: Listener | null = null;
  let lan: Listener | null = null;
  /** host --lan: the LAN listener is also the admin's (127.0.0.1 reaches 0.0.0.0). */
  let lanIsHome = false;
  let lastPort: number | null = null;
  // One switch operation at a time (a double click, two admins).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const next = queue.then(f, f);
    queue = next.catch(() => undefined);
    return next;
  };

  const status = (): LanStatus => {
    const addresses = lanAddresses();
    return lan
      ? { running: true, port: lan.port, addresses, urls: lanUrls(addresses, lan.port) }
      : { running: false, port: null, addresses, urls: [] };
  };

  const start = (port?: number) =>
    serial(async () => {
      if (lan) return status();
      const first = port ?? lastPort ?? opts.defaultPort ?? LAN_DEFAULT_PORT;
      const home = loopback;
      if (home && home.port === first) {
        // The admin's 127.0.0.1 listener holds that port (host --lan turned off, then on): 0.0.0.0
        // takes it over, so the desks keep their address; the admin's connections stay open.
        await shut(home, () => false, false);
        loopback = null;
        try {
          lan = await reopen('0.0.0.0', first);
        } catch (e) {
          loopback = await reopen('127.0.0.1', first);
          throw e;
        }
        lanIsHome = true;
        return status();
      }
      lan = await open(app, '0.0.0.0', first, PORT_TRIES);
      lastPort = lan.port;
      return status();
    });

  const stop = () =>
    serial(async () => {
      const l = lan;
      if (!l) return status();
      lan = null;
      if (!lanIsHome) {
        await shut(l, () => true, true);
        return status();
      }
      // The admin's own connections (this request among them) stay; 127.0.0.1 is reopened on the port.
      lanIsHome = false;
      await shut(l, (s) => !isLoopback(s.remoteAddress), false);
      loopback = await reopen('127.0.0.1', l.port);
      return status();
    });

  /** The same port on another address, right after its listener closed (the OS may lag a moment). */
  async function reopen(host: string, port: number): Promise<Listener> {
    for (let i = 0; ; i++) {
      try {
        return await open(app, host, port, 1);
      } catch (e) {
        if (!inUse(e) || i >= 50) throw e;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  const openLoopback = (port: number, asLan = false) =>
    serial(async () => {
      if (asLan) {
        lan = await open(app, '0.0.0.0', port, 1);
        lastPort = lan.port;
        lanIsHome = true;
        return lan.port;
      }
      loopback = await open(app, '127.0.0.1', port, 1);
      return loopback.port;
    });

  const close = () =>
    serial(async () => {
      for (const l of [lan, loopback]) if (l) await shut(l, () => true, true);
      lan = loopback = null;
      await app.close();
    });

  return { status, start, stop, openLoopback, close };
}
