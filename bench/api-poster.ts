/** The benches' HTTP client: one keep-alive agent per desk or admin, JSON in and out. */
import http from 'node:http';

/** A keep-alive JSON client for the host's API, as a desk holds its connection; `ms` is the round trip. */
export function apiPoster(port: number, maxSockets: number, localAddress?: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, localAddress });
  const post = (procedure: string, body: unknown, token: string) =>
    new Promise<{ status: number; json: any; ms: number }>((resolve, reject) => {
      const t0 = performance.now();
      const data = JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/${procedure}`,
          method: 'POST',
          agent,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(data),
            Authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), ms: performance.now() - t0 }),
          );
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  return { agent, post };
}
