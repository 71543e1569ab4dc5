/**
 * Network checks for the LAN tests without sending anything to the machine's own LAN addresses
 * (tests talk to 127.0.0.1 only): which addresses listen on a port comes from the kernel's table.
 */
import fs from 'node:fs';
import net from 'node:net';

/** IPv4 addresses in LISTEN state on `port` (Linux /proc/net/tcp; null elsewhere). */
export function listeningAddresses(port: number): string[] | null {
  if (!fs.existsSync('/proc/net/tcp')) return null;
  return fs
    .readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((r) => r.trim().split(/\s+/))
    .filter((c) => c.length > 3 && c[3] === '0A' && parseInt(c[1].split(':')[1], 16) === port)
    .map((c) => {
      const h = c[1].split(':')[0];
      return [6, 4, 2, 0].map((i) => parseInt(h.slice(i, i + 2), 16)).join('.');
    });
}

/** Whether 127.0.0.1:port accepts a TCP connection. */
export const acceptsOnLoopback = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
