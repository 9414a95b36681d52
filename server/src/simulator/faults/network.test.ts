/**
 * Faults over a real socket (@hono/node-server on loopback): a reset is a TCP reset, a slow
 * body really trickles.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
afterEach(() => sim.resetFaults());

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
    sim.faults.slowBodyMs = 300;
    const start = performance.now();
    const res = await fetchChats();
    const headersAt = performance.now() - start;
    const body: unknown = await res.json();
    expect(headersAt).toBeLessThan(150);
    expect(performance.now() - start).toBeGreaterThanOrEqual(280);
    expect(body).toMatchObject({ count: 5 });
  });
});
