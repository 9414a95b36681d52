import { describe, expect, it } from 'vitest';
import { harness } from '../test/harness.ts';
import { createMetrics, upstreamEndpoint } from './metrics.ts';

describe('upstreamEndpoint', () => {
  it.each([
    ['/chats', '/chats'],
    ['/chats/messages', '/chats/messages'],
    ['/chats/notifications', '/chats/notifications'],
    ['/phones/all', '/phones/all'],
    ['/chats/919537851844%40c.us', '/chats/:chat_id'],
    ['/chats/919537851844%40c.us/messages', '/chats/:chat_id/messages'],
    ['/chats/120363025246125486%40g.us/notifications', '/chats/:chat_id/notifications'],
    ['/message/true_919537851844%40c.us_3EB0ABC', '/message/:message_id'],
    ['/chats?offset=0&limit=1000', '/chats'],
    ['/chats/', '/chats'],
    ['/contacts/919537851844', 'other'],
    ['/chats/a/b/c', 'other'],
  ])('%s → %s', (path, endpoint) => {
    expect(upstreamEndpoint(path)).toBe(endpoint);
  });
});

describe('createMetrics', () => {
  it('gives every call its own registry, with the process metrics in each', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.httpRequests.inc({ method: 'GET', route: '/healthz', status: '200' });
    const [textA, textB] = [await a.registry.metrics(), await b.registry.metrics()];
    expect(textA).toContain(
      'periskope_inbox_http_requests_total{method="GET",route="/healthz",status="200"} 1',
    );
    expect(textB).not.toContain('route="/healthz"');
    for (const text of [textA, textB]) {
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
    }
  });

  it('names every metric of its own periskope_inbox_*', async () => {
    const { registry } = createMetrics();
    const own = registry
      .getMetricsAsArray()
      .map((m) => m.name)
      .filter((n) => !/^(process|nodejs)_/.test(n));
    expect(own.sort()).toEqual(
      [
        'cache_chars',
        'cache_events_total',
        'chat_index_build_duration_seconds',
        'chat_index_builds_total',
        'chat_index_chats',
        'circuit_breaker_state',
        'circuit_breaker_transitions_total',
        'coalesced_requests_total',
        'http_request_duration_seconds',
        'http_requests_total',
        'limiter_queue_length',
        'limiter_rejections_total',
        'limiter_wait_seconds',
        'upstream_invalid_items_total',
        'upstream_request_duration_seconds',
        'upstream_requests_total',
        'upstream_retries_total',
      ].map((n) => `periskope_inbox_${n}`),
    );
  });

  it('records breaker transitions and limiter waits through its hooks', async () => {
    const metrics = createMetrics();
    metrics.onBreakerStateChange('open');
    metrics.onBreakerStateChange('half_open');
    metrics.onLimiterWait(1500, 3);
    const text = await metrics.registry.metrics();
    expect(text).toContain('periskope_inbox_circuit_breaker_state 1');
    expect(text).toContain('periskope_inbox_circuit_breaker_transitions_total{to="open"} 1');
    expect(text).toContain('periskope_inbox_limiter_queue_length 3');
    expect(text).toContain('periskope_inbox_limiter_wait_seconds_sum 1.5');
    expect(text).toContain('periskope_inbox_limiter_wait_seconds_bucket{le="2.5"} 1');
  });

  it('records chat index builds and sizes, and drops an evicted scope', async () => {
    const metrics = createMetrics();
    metrics.onChatIndexBuild('all', 'success', 4.2);
    metrics.onChatIndexBuild('918527184400', 'failure', 0.3);
    metrics.onChatIndexed('all', 20_040);
    metrics.onChatIndexed('918527184400', 700);
    metrics.onChatIndexed('918527184400', null);
    const text = await metrics.registry.metrics();
    expect(text).toContain('periskope_inbox_chat_index_builds_total{outcome="success"} 1');
    expect(text).toContain('periskope_inbox_chat_index_builds_total{outcome="failure"} 1');
    expect(text).toContain('periskope_inbox_chat_index_build_duration_seconds_bucket{le="5"} 2');
    expect(text).toContain('periskope_inbox_chat_index_chats{scope="all"} 20040');
    expect(text).not.toContain('scope="918527184400"');
  });
});

describe('cache_chars', () => {
  it('reports the upstream JSON each cache holds, within the CACHE_MAX_MB budget', async () => {
    const { app, metrics } = harness({ cacheMaxChars: 64 * 1024 * 1024, blockSize: 100 });
    expect(await metrics.registry.metrics()).toMatch(
      /periskope_inbox_cache_chars\{resource="chats"\} 0/,
    );
    expect((await app.request('/api/chats?limit=20')).status).toBe(200);
    const text = await metrics.registry.metrics();
    const chats = Number(/periskope_inbox_cache_chars\{resource="chats"\} (\d+)/.exec(text)?.[1]);
    // One block of 100 chats: tens of kilobytes of JSON, counted once.
    expect(chats).toBeGreaterThan(10_000);
    expect(chats).toBeLessThan(64 * 1024 * 1024 * 0.35);
    expect(text).toMatch(/periskope_inbox_cache_chars\{resource="messages"\} 0/);
  });
});
