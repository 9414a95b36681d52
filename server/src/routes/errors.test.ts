/**
 * Bad input → 400 problem+json naming the field; upstream faults → the documented mapping
 * (README "Errors"); and the key appears in no response body, header or log line.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runUntilSettled, useFakeTime, useRealTime } from '../test/fake-time.ts';
import { harness, TEST_KEY } from '../test/harness.ts';

afterEach(useRealTime);

const problem = async (res: Response) => {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return res.json();
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const fixture422 = JSON.parse(
  readFileSync(new URL('../simulator/fixtures/error-422.example.json', import.meta.url), 'utf8'),
);

describe('input validation', () => {
  it.each([
    ['/api/chats?limit=0', 'limit'],
    ['/api/chats?limit=abc', 'limit'],
    ['/api/chats?limit=2001', 'limit'],
    ['/api/chats?offset=-1', 'offset'],
    ['/api/chats?sort_order=sideways', 'sort_order'],
    ['/api/chats?chat_type=individual', 'chat_type'],
    ['/api/chats?start_time=2025-04-31', 'start_time'],
    ['/api/chats?phone=%2B91%2098765', 'phone'],
    ['/api/chats/not-a-chat', 'chatId'],
    ['/api/chats/..%2F..%2Fphones/messages', 'chatId'],
    ['/api/messages/not..an..id', 'messageId'],
    ['/api/messages/true_x%2F..%2F..%2Fphones', 'messageId'],
  ])('%s → 400 naming %s, without calling upstream', async (path, field) => {
    const { app, upstreamRequests } = harness();
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body).toMatchObject({
      status: 400,
      code: 'invalid_parameter',
      title: 'Invalid parameter',
    });
    expect(body.errors.map((e: { name: string }) => e.name)).toContain(field);
    expect(body.request_id).toEqual(res.headers.get('x-request-id'));
    expect(upstreamRequests).toHaveLength(0);
  });

  it('ignores unknown parameters', async () => {
    const { app } = harness();
    expect((await app.request('/api/chats?limit=5&utm_source=mail')).status).toBe(200);
  });

  it('accepts only GET and HEAD on /api', async () => {
    const { app } = harness();
    const res = await app.request('/api/chats', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await problem(res)).toMatchObject({ code: 'method_not_allowed' });
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const { app } = harness();
    const res = await app.request('/api/contacts');
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({ code: 'route_not_found' });
  });
});

describe('upstream faults', () => {
  it('upstream 401 (server key rejected) → 502 upstream_auth', async () => {
    const { app } = harness({ apiKey: 'a-wrong-key-0000' });
    const res = await app.request('/api/chats');
    expect(res.status).toBe(502);
    expect(await problem(res)).toMatchObject({ code: 'upstream_auth', status: 502 });
  });

  it('upstream 422 → 400 with the field, never the ${MAX_LIMIT} message', async () => {
    const { app } = harness({ upstream: async () => json(422, fixture422, { org_id: 'x' }) });
    const res = await app.request('/api/chats');
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({
      code: 'invalid_parameter',
      errors: [{ name: 'limit', reason: 'rejected by Periskope' }],
    });
    expect(text).not.toContain('MAX_LIMIT');
  });

  it('upstream 422 naming fields we never sent → 400 that repeats none of them', async () => {
    const echoed = {
      code: 'VALIDATION_ERROR',
      message: 'bad',
      status: 422,
      fields: {
        '<img src=x onerror=alert(1)>': { message: 'x', value: 'secret-value' },
        internal_shard: { message: 'x', value: 'db-7' },
      },
    };
    const { app } = harness({ upstream: async () => json(422, echoed, { org_id: 'x' }) });
    const res = await app.request('/api/chats');
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ code: 'invalid_parameter', errors: [] });
    for (const leaked of ['onerror', 'secret-value', 'internal_shard', 'db-7'])
      expect(text).not.toContain(leaked);
  });

  it('upstream 429 → 503 with Retry-After, retrying only after X-RateLimit-Reset', async () => {
    useFakeTime(); // starts on a whole second
    const reset = Date.now() / 1000 + 2;
    const calls: number[] = [];
    const { app } = harness({
      upstream: async () => {
        calls.push(Date.now());
        return json(
          429,
          { code: 'RATE_LIMIT_ERROR', message: 'x', status: 429 },
          { 'x-ratelimit-reset': String(reset) },
        );
      },
    });
    const { value: res } = await runUntilSettled(app.request('/api/chats'), 8000);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await problem(res)).toMatchObject({ code: 'upstream_rate_limited' });
    expect(calls).toHaveLength(3); // every attempt, the retries no earlier than the reset
    expect(calls.slice(1).every((at) => at >= reset * 1000)).toBe(true);
  });

  it('upstream 500 → 502, network failure → 502, garbage body → 502', async () => {
    const cases: [() => Promise<Response>, string][] = [
      [async () => json(500, { code: 'INTERNAL', message: 'boom', status: 500 }), 'upstream_error'],
      [
        async () => {
          throw new TypeError('fetch failed');
        },
        'upstream_unreachable',
      ],
      [async () => json(200, { chats: 'nope' }), 'upstream_invalid_response'],
    ];
    for (const [upstream, code] of cases) {
      const res = await harness({ upstream }).app.request('/api/chats');
      expect(res.status).toBe(502);
      expect(await problem(res)).toMatchObject({ code });
    }
  });

  it('an upstream that never answers → 504 after the timeout', async () => {
    useFakeTime();
    const { app } = harness({
      upstream: (request) =>
        new Promise((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        ),
    });
    const { value: res, elapsedMs } = await runUntilSettled(app.request('/api/chats'), 8000);
    expect(elapsedMs).toBe(2000); // the harness's attempt timeout; not retried
    expect(res.status).toBe(504);
    expect(await problem(res)).toMatchObject({ code: 'upstream_timeout' });
  });
});

describe('the API key', () => {
  it('is sent upstream only, and absent from every response body, header and log line', async () => {
    useFakeTime(); // retries of the 500s outrun one rate-limit window: wait for the next on fake time
    const faults = harness({
      upstream: async () => json(500, { code: 'X', message: `echo ${TEST_KEY}`, status: 500 }),
    });
    const ok = harness();
    const paths = [
      '/api/chats?limit=5',
      '/api/chats/919537851844@c.us',
      '/api/chats/919537851844@c.us/messages',
      '/api/phones',
      '/api/config',
      '/api/chats?limit=0',
      '/api/nope',
    ];
    for (const { app } of [ok, faults]) {
      for (const path of paths) {
        const { value: res } = await runUntilSettled(app.request(path), 8000);
        const headers = JSON.stringify([...res.headers.entries()]);
        expect(await res.text()).not.toContain(TEST_KEY);
        expect(headers).not.toContain(TEST_KEY);
      }
    }
    expect(ok.upstreamRequests.length).toBeGreaterThan(0);
    expect(
      ok.upstreamRequests.every((r) => r.headers.get('authorization') === `Bearer ${TEST_KEY}`),
    ).toBe(true);
    expect([...ok.logs, ...faults.logs].join('\n')).not.toContain(TEST_KEY);
    expect(faults.logs.join('\n')).toContain('upstream error');
  });
});

describe('HTTP semantics', () => {
  it('answers an identical GET within a second from the serialized micro-cache, per URL', async () => {
    const { app, metrics } = harness();
    const first = await (await app.request('/api/chats?limit=5')).text();
    const lookups = async () =>
      (await metrics.registry.getSingleMetricAsString('periskope_inbox_cache_events_total'))
        .match(/ \d+$/gm)
        ?.map(Number)
        .reduce((a, b) => a + b, 0) ?? 0;
    const before = await lookups();
    const again = await app.request('/api/chats?limit=5');
    expect(await again.text()).toBe(first);
    expect(again.headers.get('age')).toMatch(/^\d+$/);
    expect(await lookups()).toBe(before);
    await app.request('/api/chats?limit=5&phone=918527184400');
    expect(await lookups()).toBeGreaterThan(before);
  });

  it('sends a weak ETag and answers 304 to If-None-Match', async () => {
    const { app } = harness();
    const first = await app.request('/api/chats?limit=5');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\//);
    const second = await app.request('/api/chats?limit=5', { headers: { 'If-None-Match': tag! } });
    expect(second.status).toBe(304);
  });

  it('sets the security headers on purpose (CSP, no X-Frame-Options, no referrer)', async () => {
    const { app } = harness();
    const res = await app.request('/api/config');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/img-src [^;]*http:\/\/127\.0\.0\.1:4999/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it('allows the configured embedding origins and sends HSTS only over https from a trusted proxy', async () => {
    const { app } = harness({ trustProxy: true, embedOrigins: ['https://tools.example.com'] });
    const res = await app.request('/api/config', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://tools.example.com",
    );
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    const untrusted = await harness().app.request('/api/config', {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });
});
