/**
 * Desks on their own machines, for bench/desk-scan.ts: in the hall every desk is its own laptop, so
 * the other desks' pages paint on their own CPUs, while the host serves all of them. Each peer does
 * what a desk page does over the network, nothing less: it holds the event stream open, scans a
 * badge code about once a second (checkin.mark with a fresh clientId), and re-reads the counts at
 * most once a second after events (useDeskCounts). What it leaves out is only the painting.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { apiPoster } from './api-poster';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export interface DeskPeer {
  /** Scans `codes` about once a second each (0.6–1.4 s apart), then resolves. */
  scan(codes: string[]): Promise<void>;
  close(): void;
}

export function deskPeer(port: number, token: string, conferenceId: string): DeskPeer {
  const { agent, post: send } = apiPoster(port, 4);
  const post = async (procedure: string, body: unknown) => (await send(procedure, body, token)).status;
  // The event stream, and the counts re-read at most once a second after events, as a desk page does.
  let countsDue: ReturnType<typeof setTimeout> | null = null;
  const events = http.get(
    { host: '127.0.0.1', port, path: `/api/events?token=${encodeURIComponent(token)}` },
    (res) => {
      res.on('data', (chunk: Buffer) => {
        if (!chunk.includes('data:') || countsDue) return;
        countsDue = setTimeout(() => {
          countsDue = null;
          void post('checkin.stats', { conferenceId }).catch(() => {});
        }, 1000);
      });
    },
  );
  events.on('error', () => {});
  return {
    async scan(codes) {
      let next = performance.now() + Math.random() * 1000;
      for (const code of codes) {
        await sleep(next - performance.now());
        next += 600 + Math.random() * 800;
        const status = await post('checkin.mark', { conferenceId, code, clientId: randomUUID() });
        if (status !== 200) throw new Error(`desk peer: checkin.mark answered ${status}`);
      }
    },
    close() {
      if (countsDue) clearTimeout(countsDue);
      events.destroy();
      agent.destroy();
    },
  };
}
