/**
 * Fault modes through `app.request()` (no network): each does what it says, only on /v1, resets,
 * and never changes the data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runUntilSettled, useFakeTime, useRealTime } from '../../test/fake-time.ts';
import { createSimulator } from '../app.ts';
import { get, KEY, NOW, PUBLIC_URL, simulator } from '../test-client.ts';

const sim = simulator({
  seed: 7,
  chats: 50,
  rateLimit: { limit: 2, windowMs: 60_000, enforce: false },
});
const auth = { headers: { Authorization: `Bearer ${KEY}` } };
const CHATS = '/v1/chats?limit=5';
afterEach(() => {
  sim.resetFaults();
  useRealTime();
});

describe('answer faults', () => {
  it('errorRate 1 → 500 with the Periskope body; errorStatus picks 502/503', async () => {
    sim.faults.errorRate = 1;
    const res = await get(sim, CHATS);
    expect(res).toMatchObject({
      status: 500,
      body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', status: 500 },
    });
    expect(res.headers.get('x-ratelimit-limit')).toBe('2');
    sim.faults.errorStatus = 503;
    expect(await get(sim, CHATS)).toMatchObject({ status: 503, body: { status: 503 } });
  });

  it('errorRate 0.5 fails about half the requests, the same ones again after resetFaults()', async () => {
    const run = async () => {
      sim.faults.errorRate = 0.5;
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await sim.app.request(CHATS, auth)).status);
      sim.resetFaults();
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 500).length).toBeGreaterThan(8);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(8);
    expect(await run()).toEqual(first);
  });

  it('unauthorized → the documented 401 without an org id header', async () => {
    sim.faults.unauthorized = true;
    const res = await get(sim, CHATS);
    expect(res).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHORIZED_ERROR', message: 'Invalid bearer auth token', status: 401 },
    });
    expect(res.headers.get('x-periskope-org-id')).toBeNull();
  });

  it('rateLimited → 429, Retry-After, Remaining 0, Reset = now + Retry-After; counted in stats', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW + 300 }); // the simulator's clock, created next
    const own = createSimulator({ apiKey: KEY, publicUrl: PUBLIC_URL, now: NOW, chats: 10 });
    own.faults.rateLimited = { retryAfterSeconds: 7 };
    const res = await get(own, CHATS);
    expect(res).toMatchObject({ status: 429, body: { code: 'RATE_LIMIT_ERROR', status: 429 } });
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((NOW + 300) / 1000) + 7));
    expect(own.stats.rateLimited).toBe(1);
  });

  it('enforceRateLimit switches the fixed-window limit at runtime; stats count its 429s', async () => {
    const fresh = createSimulator({
      apiKey: KEY,
      publicUrl: PUBLIC_URL,
      now: NOW,
      chats: 10,
      rateLimit: { limit: 2, windowMs: 60_000, enforce: false },
    });
    const status = async () => (await fresh.app.request(CHATS, auth)).status;
    expect([await status(), await status(), await status()]).toEqual([200, 200, 200]);
    fresh.faults.enforceRateLimit = true;
    expect(await status()).toBe(429);
    expect(fresh.stats.rateLimited).toBe(1);
    fresh.resetFaults();
    expect(await status()).toBe(200);
  });
});

describe('transport faults', () => {
  it('latencyMs (+ jitter) delays the answer', async () => {
    useFakeTime();
    sim.faults.latencyMs = 80;
    sim.faults.latencyJitterMs = 40;
    for (let i = 0; i < 5; i++) {
      const { value: res, elapsedMs } = await runUntilSettled(sim.app.request(CHATS, auth), 1000);
      expect(res.status).toBe(200);
      expect(elapsedMs).toBeGreaterThanOrEqual(80);
      expect(elapsedMs).toBeLessThanOrEqual(120);
    }
  });

  it('malformedJson → same status, application/json, a body cut in half', async () => {
    const whole = await (await sim.app.request(CHATS, auth)).text();
    sim.faults.malformedJson = true;
    const res = await sim.app.request(CHATS, auth);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(whole.startsWith(text)).toBe(true);
    expect(text.length).toBe(Math.floor(whole.length / 2));
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('slowBodyMs → headers at once, the full body only after ≈ slowBodyMs', async () => {
    const whole = await (await sim.app.request(CHATS, auth)).text();
    useFakeTime();
    sim.faults.slowBodyMs = 300;
    const headers = await runUntilSettled(sim.app.request(CHATS, auth), 1000);
    expect(headers.elapsedMs).toBe(0);
    const body = await runUntilSettled(headers.value.text(), 1000);
    expect(body.value).toBe(whole);
    // 16 pieces: one at once, then a wait of 300/16 ms before each further piece and the end.
    expect(body.elapsedMs).toBeGreaterThanOrEqual(280);
    expect(body.elapsedMs).toBeLessThanOrEqual(300);
  });

  it('connectionReset → app.request rejects like undici fetch (TypeError, cause ECONNRESET)', async () => {
    sim.faults.connectionReset = true;
    const requests = sim.stats.requests;
    const error: unknown = await Promise.resolve()
      .then(() => sim.app.request(CHATS, auth))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
    expect(sim.stats.requests).toBe(requests + 1);
  });
});

describe('scope and reset', () => {
  it('/media is never faulted', async () => {
    Object.assign(sim.faults, {
      errorRate: 1,
      unauthorized: true,
      connectionReset: true,
      malformedJson: true,
    });
    const entry = sim.data.findChats(sim.data.showcase.mediaGroupId)[0];
    const path = entry && sim.data.messages(entry).find((m) => m.media)?.media?.path;
    if (!path) throw new Error('no media message');
    expect((await sim.app.request(path.replace(sim.data.publicUrl, ''))).status).toBe(200);
  });

  it('resetFaults() restores the creation-time faults, nested objects included', async () => {
    const own = createSimulator({
      apiKey: KEY,
      publicUrl: PUBLIC_URL,
      now: NOW,
      chats: 5,
      faults: { rateLimited: { retryAfterSeconds: 3 } },
    });
    const nested = own.faults.rateLimited;
    if (nested) nested.retryAfterSeconds = 9; // an in-place change must not leak into the baseline
    own.faults.latencyMs = 5;
    own.resetFaults();
    expect(own.faults).toMatchObject({
      rateLimited: { retryAfterSeconds: 3 },
      latencyMs: 0,
      errorRate: 0,
    });
  });

  it('faults draw from their own PRNG: data is identical with and without them', async () => {
    const options = { apiKey: KEY, publicUrl: PUBLIC_URL, now: NOW, seed: 3, chats: 30 };
    const clean = createSimulator(options);
    const noisy = createSimulator({ ...options, faults: { errorRate: 0.5, latencyJitterMs: 1 } });
    for (const entry of clean.data.chats.slice(0, 10)) {
      const path = `/v1/chats/${entry.chat_id}/messages?limit=20`;
      let res = await noisy.app.request(path, auth);
      while (res.status === 500) res = await noisy.app.request(path, auth);
      expect(await res.json()).toStrictEqual(await (await clean.app.request(path, auth)).json());
    }
  });
});
