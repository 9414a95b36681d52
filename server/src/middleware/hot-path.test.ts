/**
 * The cache-hit fast path over a real socket (@hono/node-server), where it differs from
 * `app.request()`: answers reused by the response memo keep every guarantee of a fresh answer
 * (security headers, request id, ETag/304, Age, content type), and skipping `bodyLimit` on
 * GET/HEAD leaves other methods limited.
 */
import type { AddressInfo, Socket } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createPeriskope } from '../periskope-stack.ts';
import { runUntilSettled, useFakeTime, useRealTime } from '../test/fake-time.ts';
import { harness } from '../test/harness.ts';

let server: ServerType;
let origin = '';
const { app, upstreamRequests, metrics, logs } = harness({ responseMemoMs: 60_000 });

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      origin = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const PATH = '/api/chats?limit=5';

describe('memoized answers over a socket', () => {
  it('carry the same body, ETag and headers as the first answer, with a new request id each', async () => {
    const first = await fetch(origin + PATH);
    const firstBody = await first.text();
    const calls = upstreamRequests.length;
    const again = await fetch(origin + PATH);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(firstBody);
    expect(upstreamRequests.length).toBe(calls);
    for (const name of [
      'etag',
      'content-type',
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
      'cache-control',
    ]) {
      expect(again.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(again.headers.get('etag')).toMatch(/^W\/"[0-9a-f]{40}"$/);
    expect(again.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)));
    expect(again.headers.get('age')).toMatch(/^\d+$/);
    expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(again.headers.get('x-frame-options')).toBeNull();
  });

  it('answer 304 without a body on If-None-Match', async () => {
    const etag = (await fetch(origin + PATH)).headers.get('etag') ?? '';
    const res = await fetch(origin + PATH, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(await res.text()).toBe('');
  });

  it('answer HEAD with headers only', async () => {
    const res = await fetch(origin + PATH, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^W\//);
    expect(await res.text()).toBe('');
  });

  it('are counted in the request metrics under their route', async () => {
    await fetch(origin + PATH);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(
      /periskope_inbox_http_requests_total\{method="GET",route="\/api\/chats",status="200"\} [1-9]/,
    );
  });
});

describe('bookkeeping after the answer (after-response.ts)', () => {
  it('logs each request once its answer is written, with its request id, status and duration', async () => {
    const res = await fetch(`${origin}/api/chats?limit=3`);
    await res.text();
    const id = res.headers.get('x-request-id');
    await expect
      .poll(() => logs.filter((line) => line.includes(`"request_id":"${id}"`)))
      .toHaveLength(1);
    const line = JSON.parse(logs.find((l) => l.includes(`"request_id":"${id}"`)) ?? '{}');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/api/chats', status: 200 });
    expect(line.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('still logs and counts a request whose client went away before the answer', async () => {
    // Periskope answers only when the test says so; the client hangs up while it waits.
    let upstreamCalled = () => {};
    const called = new Promise<void>((resolve) => {
      upstreamCalled = resolve;
    });
    let answerUpstream = () => {};
    const answer = new Promise<void>((resolve) => {
      answerUpstream = resolve;
    });
    const slow = harness({
      upstream: async (request, forward) => {
        upstreamCalled();
        await answer;
        return forward(request);
      },
    });
    const slowServer = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: slow.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    const clientGone = new Promise<void>((resolve) => {
      slowServer.once('connection', (socket: Socket) => socket.once('close', () => resolve()));
    });
    try {
      const { port } = slowServer.address() as AddressInfo;
      const controller = new AbortController();
      const request = fetch(`http://127.0.0.1:${port}/api/chats?limit=3`, {
        signal: controller.signal,
      });
      await called;
      controller.abort();
      await expect(request).rejects.toThrow();
      await clientGone; // the server saw the socket close before Periskope answered
      expect(slow.logs.some((l) => l.includes('"msg":"request"'))).toBe(false);
      answerUpstream();
      await expect
        .poll(() => slow.logs.filter((l) => l.includes('"path":"/api/chats"')), { timeout: 5000 })
        .toHaveLength(1);
      expect(await slow.metrics.registry.metrics()).toMatch(
        /periskope_inbox_http_requests_total\{method="GET",route="\/api\/chats",status="200"\} 1/,
      );
    } finally {
      // Connections first: `close` alone waits for the last kept-alive socket to time out.
      const closed = new Promise<void>((resolve) => slowServer.close(() => resolve()));
      if ('closeAllConnections' in slowServer) slowServer.closeAllConnections();
      await closed;
    }
  });
});

describe('body limit', () => {
  it('still answers 413 problem+json to a body over 16 KiB on other methods', async () => {
    const res = await fetch(`${origin}/api/chats`, {
      method: 'POST',
      body: 'x'.repeat(17 * 1024),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('lets a small body through to the method check', async () => {
    const res = await fetch(`${origin}/api/chats`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('request backstop', () => {
  afterEach(useRealTime);

  it('answers 504 problem+json when an /api request outlives requestTimeoutMs', async () => {
    useFakeTime(); // in process (app.request): the backstop's timer runs on fake time
    const { service, http } = createPeriskope({
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: 'k',
      blockSize: 50,
      ttlMs: 1000,
      timeoutMs: 2000,
      deadlineMs: 2000,
      fetch: () => new Promise<Response>(() => {}), // an upstream that never answers
    });
    const app = createApp({
      periskope: service,
      logger: createLogger('silent'),
      mediaOrigins: [],
      config: { demo: true },
      requestTimeoutMs: 100,
    });
    const { value: res, elapsedMs } = await runUntilSettled(
      app.request('/api/chats?limit=5'),
      2000,
    );
    expect(elapsedMs).toBe(100); // the backstop, not the upstream timeout (2 s)
    expect(res.status).toBe(504);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'http_504', status: 504 });
    http.breaker.shutdown();
  });
});
