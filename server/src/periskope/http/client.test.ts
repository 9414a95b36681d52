/**
 * The production transport (undici Pool over real sockets, no injected fetch): kept-alive
 * connections, compressed bodies, per-attempt timeouts on headers and body, caller aborts,
 * retries on 5xx and resets, Retry-After on 429, and no redirect following.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPeriskopeHttp, type PeriskopeHttp, type PeriskopeHttpOptions } from './client.ts';
import { UpstreamError } from './errors.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const open: { server: Server; http: PeriskopeHttp }[] = [];
afterEach(async () => {
  for (const { server, http } of open.splice(0)) {
    http.breaker.shutdown();
    server.closeAllConnections();
    await Promise.all([http.close(), new Promise((r) => server.close(r))]);
  }
});

/** A real HTTP server on loopback and a client for it; `seen` records each request. */
async function upstream(handler: Handler, options: Partial<PeriskopeHttpOptions> = {}) {
  const seen: IncomingMessage[] = [];
  let connections = 0;
  const server = createServer((req, res) => handler(req, res, seen.push(req)));
  server.on('connection', () => void connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const http = createPeriskopeHttp({
    baseUrl: `http://127.0.0.1:${port}/v1`,
    apiKey: 'k_test',
    timeoutMs: 300,
    deadlineMs: 2000,
    backoffMs: 10,
    ...options,
  });
  open.push({ server, http });
  return { http, seen, connections: () => connections };
}

const ok = (res: ServerResponse, body: unknown = { ok: true }) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const failure = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('resolved');
    },
    (error: unknown) => error as UpstreamError,
  );

describe('Periskope HTTP client over sockets', () => {
  it('tells onBody the length of the JSON it parsed (cache budgets), once, after retries, and not for failures', async () => {
    const body = { chats: [{ chat_id: '919876543210@c.us', chat_name: 'Ünïcode name' }] };
    const { http } = await upstream((req, res, n) => {
      if (req.url?.startsWith('/v1/missing'))
        return res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"code":"NOT_FOUND"}');
      return n === 1 ? res.writeHead(503).end('{}') : ok(res, body);
    });
    const sizes: number[] = [];
    await http.get('/chats', { onBody: (chars) => sizes.push(chars) });
    expect(sizes).toEqual([JSON.stringify(body).length]);
    expect(
      (await failure(http.get('/missing', { onBody: (chars) => sizes.push(chars) }))).status,
    ).toBe(404);
    expect(sizes).toHaveLength(1);
  });

  it('sends the key, x-phone and query, and reuses one kept-alive connection', async () => {
    // Not a timeout test: generous limits, so a busy machine (the suite runs files in parallel)
    // cannot turn a slow loopback answer into a failure; 20 calls also wait for the rate limiter.
    const { http, seen, connections } = await upstream((_req, res) => ok(res), {
      timeoutMs: 5_000,
      deadlineMs: 20_000,
    });
    for (let i = 0; i < 20; i++)
      expect(
        await http.get('/chats', {
          phone: '919876543210',
          query: { offset: i, limit: 50, label: undefined },
        }),
      ).toEqual({ ok: true });
    // undici may open a second socket while the first finishes its bookkeeping; never one per call.
    expect(connections()).toBeLessThanOrEqual(2);
    expect(seen[4]?.url).toBe('/v1/chats?offset=4&limit=50');
    expect(seen[0]?.headers).toMatchObject({
      authorization: 'Bearer k_test',
      'x-phone': '919876543210',
      accept: 'application/json',
    });
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('inflates a %s body', async (encoding, compress) => {
    const { http, seen } = await upstream((_req, res) =>
      res
        .writeHead(200, { 'content-encoding': encoding })
        .end(compress(JSON.stringify({ chats: ['é'] }))),
    );
    expect(await http.get('/chats')).toEqual({ chats: ['é'] });
    expect(seen[0]?.headers['accept-encoding']).toContain(encoding);
  });

  // The call's deadline (60 s) lies beyond the test's timeout (20 s): a `timeout` failure here
  // can only come from the attempt's own 300 ms timer, and waiting for the deadline would fail
  // the test instead of passing it slowly.
  it('times out an attempt whose headers never come (504 upstream_timeout), without retrying', async () => {
    const { http, seen } = await upstream(() => {}, { deadlineMs: 60_000 });
    const error = await failure(http.get('/chats'));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.failure).toBe('timeout');
    expect(seen).toHaveLength(1);
  });

  it('times out a body that stalls after the headers', async () => {
    const { http, seen } = await upstream(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"chats": [');
      },
      { deadlineMs: 60_000 },
    );
    expect((await failure(http.get('/chats'))).failure).toBe('timeout');
    expect(seen).toHaveLength(1);
  });

  it('aborts when the caller does', async () => {
    const controller = new AbortController();
    // The caller gives up once Periskope has the request (and will never answer it).
    const { http, seen } = await upstream(() => controller.abort(), {
      timeoutMs: 60_000,
      deadlineMs: 60_000,
    });
    const error = await failure(http.get('/chats', { signal: controller.signal }));
    expect(error.failure).toBe('network'); // not `timeout`: no timer ran out
    expect(seen).toHaveLength(1); // retries of an aborted call never leave the client
  });

  it('retries 5xx and reset connections, then succeeds', async () => {
    const retries: string[] = [];
    const { http, seen } = await upstream(
      (req, res, n) => {
        if (n === 1) return void res.writeHead(503).end('{}');
        if (n === 2) return void req.socket.destroy();
        ok(res);
      },
      { observer: { onRetry: (reason) => retries.push(reason) } },
    );
    expect(await http.get('/chats')).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(retries).toEqual(['503', 'network']);
  });

  it('gives up on a 429 whose Retry-After passes the deadline, reporting it', async () => {
    const { http, seen } = await upstream((_req, res) =>
      res
        .writeHead(429, { 'retry-after': '5', 'content-type': 'application/json' })
        .end('{"code":"RATE_LIMITED","message":"slow down","status":429}'),
    );
    const error = await failure(http.get('/chats'));
    expect(error).toMatchObject({ failure: 'http', status: 429, retryAfterSeconds: 5 });
    expect(seen).toHaveLength(1);
  });

  it('does not follow a redirect (the key goes to the configured origin only)', async () => {
    const { http, seen } = await upstream((_req, res) =>
      res.writeHead(302, { location: 'http://127.0.0.1:9/steal' }).end(),
    );
    expect(await failure(http.get('/chats'))).toMatchObject({ failure: 'http', status: 302 });
    expect(seen).toHaveLength(1);
  });
});
