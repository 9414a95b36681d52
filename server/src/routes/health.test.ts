/**
 * `/healthz`, `/readyz`, `/metrics`: root-mounted, uncached, never the SPA, and metrics labelled
 * by route template (no ids).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../observability/metrics.ts';
import { readiness } from '../observability/readiness.ts';
import { harness, TEST_KEY } from '../test/harness.ts';

const CHAT = '919537851844@c.us';

describe('/healthz', () => {
  it('answers 200 without touching upstream', async () => {
    const { app, upstreamRequests } = harness();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(upstreamRequests).toHaveLength(0);
  });
});

describe('/readyz', () => {
  it('is ready when the simulator answers with our key', async () => {
    const { app, upstreamRequests } = harness();
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', upstream: 'ok', demo: true });
    expect(upstreamRequests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/phones/all']);
  });

  it('is 503 problem+json not_ready when upstream rejects the key', async () => {
    const { app } = harness({ apiKey: 'wrong-key-000' });
    const res = await app.request('/readyz');
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toMatchObject({
      status: 503,
      code: 'not_ready',
      upstream: '401',
      demo: true,
      request_id: res.headers.get('x-request-id'),
    });
    expect(text).not.toContain('wrong-key-000');
  });

  it('memoises the probe for its TTL, failures included', async () => {
    let calls = 0;
    let clock = 0;
    const ready = readiness(
      async () => {
        calls += 1;
        throw new Error('down');
      },
      { ttlMs: 10_000, now: () => clock },
    );
    const { app } = harness({ ready });
    expect((await app.request('/readyz')).status).toBe(503);
    clock = 9_999;
    await Promise.all([app.request('/readyz'), app.request('/readyz')]);
    expect(calls).toBe(1);
    clock = 10_000;
    await app.request('/readyz');
    expect(calls).toBe(2);
  });
});

describe('/metrics', () => {
  it('labels requests by route template, never by chat id', async () => {
    const { app } = harness();
    expect((await app.request(`/api/chats/${CHAT}`)).status).toBe(200);
    const res = await app.request('/metrics');
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(text).toContain(
      'periskope_inbox_http_requests_total{method="GET",route="/api/chats/:chatId",status="200"} 1',
    );
    expect(text).toContain(
      'periskope_inbox_http_request_duration_seconds_count{method="GET",route="/api/chats/:chatId",status="200"} 1',
    );
    expect(text).not.toContain('919537851844');
    expect(text).not.toContain(TEST_KEY);
  });

  it('labels unknown and invalid paths with a template too', async () => {
    const { app } = harness();
    await app.request('/api/nope/919537851844');
    await app.request('/no/such/919537851844');
    await app.request('/api/chats/not-a-chat');
    const text = await (await app.request('/metrics')).text();
    expect(text).toContain('route="/api/*",status="404"');
    expect(text).toContain('route="/api/chats/:chatId",status="400"');
    expect(text).not.toContain('919537851844');
    expect(text).not.toContain('not-a-chat');
  });

  it('uses the metrics passed to createApp', async () => {
    const metrics = createMetrics();
    await harness({ metrics }).app.request('/healthz');
    expect(await metrics.registry.metrics()).toContain('route="/healthz",status="200"');
  });

  it('exposes upstream requests by endpoint template', async () => {
    const { app } = harness();
    await app.request(`/api/chats/${CHAT}/messages`);
    const text = await (await app.request('/metrics')).text();
    expect(text).toContain(
      'periskope_inbox_upstream_requests_total{endpoint="/chats/:chat_id/messages",outcome="200"} 1',
    );
  });
});

describe('with the SPA mounted', () => {
  const staticRoot = mkdtempSync(join(tmpdir(), 'spa-'));
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>inbox</title>');
  mkdirSync(join(staticRoot, 'assets'));
  writeFileSync(join(staticRoot, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(staticRoot, 'assets', 'index-abc.js.map'), '{"sources":["secret.ts"]}');

  it('serves the bundle but not its source maps, unless SOURCEMAPS is on', async () => {
    const { app } = harness({ staticRoot });
    expect((await app.request('/assets/index-abc.js')).status).toBe(200);
    const map = await app.request('/assets/index-abc.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret.ts');
    const open = harness({ staticRoot, sourcemaps: true }).app;
    expect(await (await open.request('/assets/index-abc.js.map')).text()).toContain('secret.ts');
  });

  it('serves the ops endpoints, not index.html, and keeps /api 404s problem+json', async () => {
    const { app } = harness({ staticRoot });
    const metrics = await app.request('/metrics');
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    expect(await metrics.text()).not.toContain('<!doctype html>');
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const api404 = await app.request('/api/contacts');
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toContain('application/problem+json');
    expect(await (await app.request('/chats/deep/link')).text()).toContain('<!doctype html>');
  });
});
