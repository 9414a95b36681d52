/**
 * Guards the hit path's speed: Hono's SmartRouter uses RegExpRouter unless a route pattern is one
 * it cannot compile (a static segment beside a parameter, e.g. `/chats/facets` next to
 * `/chats/:chatId`), and then routes everything through the slower TrieRouter (~6% of the BFF's
 * CPU on cache hits in bench:server).
 */
import { describe, expect, it } from 'vitest';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { harness } from '../test/harness.ts';

describe('routing', () => {
  it('every route compiles in RegExpRouter, and the app uses it', async () => {
    const { app } = harness();
    const router = new RegExpRouter<number>();
    app.routes.forEach((route, i) => router.add(route.method, route.path, i));
    expect(() => router.match('GET', '/api/chats/919537851844%40c.us')).not.toThrow();
    expect((await app.request('/api/config')).status).toBe(200);
    expect(app.router.name).toBe('SmartRouter + RegExpRouter');
  });
});
