/**
 * The request log line carries the request id; a client `X-Request-Id` is honoured only when it
 * looks sane (Hono's requestId: at most 255 characters of `[A-Za-z0-9_=-]`); and at
 * `LOG_LEVEL=debug` no line carries the key, even when Periskope echoes it back.
 */
import { describe, expect, it } from 'vitest';
import { harness, TEST_KEY } from '../test/harness.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const requestLines = (logs: string[]) =>
  logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');

describe('request log', () => {
  it('has one line per request with method, path, status, duration and the request id', async () => {
    const { app, logs } = harness();
    const res = await app.request('/api/config');
    const [line, ...rest] = requestLines(logs);
    expect(rest).toHaveLength(0);
    expect(line).toMatchObject({
      method: 'GET',
      path: '/api/config',
      status: 200,
      request_id: res.headers.get('x-request-id'),
    });
    expect(line?.duration_ms).toEqual(expect.any(Number));
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  it.each(['abc-123_XYZ=', 'a'.repeat(255), '0b7f4c1e-6a55-4f0e-9d8f-2f4b2f8e9c11'])(
    'honours a sane X-Request-Id from a trusted proxy (%s)',
    async (id) => {
      const { app, logs } = harness({ trustProxy: true });
      const res = await app.request('/healthz', { headers: { 'X-Request-Id': id } });
      expect(res.headers.get('x-request-id')).toBe(id);
      expect(requestLines(logs)[0]?.request_id).toBe(id);
    },
  );

  it.each([
    ['too long', 'a'.repeat(256)],
    ['spaces and markup', 'id <script>alert(1)</script>'],
    ['JSON', '{"level":60,"msg":"forged"}'],
    ['a path', '../../etc/passwd'],
    ['the key pattern with a dot', `${TEST_KEY}.x`],
  ])('replaces an X-Request-Id that is %s with a fresh UUID', async (_what, id) => {
    const { app, logs } = harness({ trustProxy: true });
    const res = await app.request('/healthz', { headers: { 'X-Request-Id': id } });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(requestLines(logs)[0]?.request_id).toBe(res.headers.get('x-request-id'));
    expect(logs.join('\n')).not.toContain(id);
  });
});

it('ignores X-Request-Id when no proxy is trusted (TRUST_PROXY=false)', async () => {
  const { app } = harness();
  const res = await app.request('/healthz', { headers: { 'X-Request-Id': 'client-chosen-id' } });
  expect(res.headers.get('x-request-id')).toMatch(UUID);
});

describe('at LOG_LEVEL=debug (the harness level)', () => {
  const echo = (status: number, body: object) => async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'x-echo': TEST_KEY },
    });

  it.each([
    [
      '401 echoing the key in message',
      echo(401, { code: 'UNAUTHORIZED', message: `invalid key ${TEST_KEY}`, status: 401 }),
    ],
    [
      '500 echoing the key in message',
      echo(500, { code: 'INTERNAL', message: `Bearer ${TEST_KEY}`, status: 500 }),
    ],
    [
      '422 echoing the key as a field value',
      echo(422, {
        code: 'VALIDATION',
        message: 'x',
        status: 422,
        fields: { limit: { message: TEST_KEY, value: TEST_KEY } },
      }),
    ],
    ['200 that is not JSON', async () => new Response(`<html>${TEST_KEY}</html>`, { status: 200 })],
  ])('no log line contains the key: upstream %s', async (_what, upstream) => {
    const { app, logs } = harness({ upstream });
    for (const path of [
      '/api/chats',
      '/api/phones',
      '/readyz',
      '/api/chats/919537851844@c.us/messages',
    ]) {
      expect(await (await app.request(path)).text()).not.toContain(TEST_KEY);
    }
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TEST_KEY);
  });
});

it('no log line contains the key: upstream 401 echoing the key in code', async () => {
  const body = { code: `BAD_KEY ${TEST_KEY}`, message: 'x', status: 401 };
  const { app, logs } = harness({
    upstream: async () => new Response(JSON.stringify(body), { status: 401 }),
  });
  await app.request('/api/chats');
  expect(logs.join('\n')).not.toContain(TEST_KEY);
});
