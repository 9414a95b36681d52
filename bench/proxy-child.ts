/**
 * Child process: the floor of any proxy on this machine. A bare node:http server that forwards
 * each GET unchanged to the simulator (undici Pool, kept-alive, with the key) and sends the bytes
 * back: no framework, no parsing, no cache. The BFF's miss overhead minus this proxy's is what
 * the BFF's own work costs; this proxy's overhead over the simulator is the price of one more
 * loopback hop between processes on the same cores.
 * Env: BENCH_UPSTREAM (simulator /v1 URL), BENCH_API_KEY.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { answerStats, tellParent } from './children.ts';

const upstream = new URL(process.env.BENCH_UPSTREAM ?? 'http://127.0.0.1:4010/v1');
const authorization = `Bearer ${process.env.BENCH_API_KEY ?? 'bench-key'}`;
const pool = new Pool(upstream.origin, { keepAliveTimeout: 10_000 });
let requests = 0;

const server = createServer((req, res) => {
  requests++;
  pool
    .request({
      method: 'GET',
      path: req.url ?? '/',
      headers: { authorization, accept: 'application/json' },
    })
    .then(async ({ statusCode, headers, body }) => {
      const bytes = Buffer.from(await body.arrayBuffer());
      res
        .writeHead(statusCode, {
          'content-type': String(headers['content-type'] ?? 'application/json'),
          'content-length': bytes.length,
        })
        .end(bytes);
    })
    .catch(() => res.writeHead(502).end());
});
server.listen(0, '127.0.0.1', () =>
  tellParent({ type: 'ready', port: (server.address() as AddressInfo).port }),
);

answerStats(() => ({ requests, rateLimited: 0 }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0)); // the bench died: do not linger
