/**
 * Faults over a real socket (@hono/node-server on loopback): a reset is a TCP reset, a slow
 * body really trickles.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holdSleeps, useRealTime } from '../../test/fake-time.ts';
import { KEY, simulator } from '../test-client.ts';

const sim = simulator({ seed: 8, chats: 20 });
let server: ServerType;
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: sim.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  sim.resetFaults();
  useRealTime();
});

const fetchChats = () =>
  fetch(`${origin}/v1/chats?limit=5`, { headers: { Authorization: `Bearer ${KEY}` } });

describe('faults over the network', () => {
  it('connectionReset resets the TCP connection (fetch fails with ECONNRESET), then the server carries on', async () => {
    sim.faults.connectionReset = true;
    const error: unknown = await fetchChats().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ cause: { code: 'ECONNRESET' } });
    sim.resetFaults();
    expect((await fetchChats()).status).toBe(200);
  });

  it('slowBodyMs sends the headers first and the body over ≈ slowBodyMs', async () => {
    const whole = await (await fetchChats()).text();
    sim.faults.slowBodyMs = 300;
    const sleeps = holdSleeps(); // the simulator's waits between pieces, held until released
    const res = await fetchChats();
    expect(res.status).toBe(200); // the headers came while the body was held back
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    expect(first.value?.length).toBeGreaterThan(0);
    expect(first.value?.length).toBeLessThan(whole.length); // one piece only
    sleeps.release();
    let text = first.value ?? '';
    for (let part = await reader.read(); !part.done; part = await reader.read()) text += part.value;
    expect(text).toBe(whole);
    expect(JSON.parse(text)).toMatchObject({ count: 5 });
    // The simulator spread the rest over slowBodyMs: 16 waits of 300/16 ms.
    expect(sleeps.delays).toHaveLength(16);
    expect(sleeps.delays.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
  });
});
