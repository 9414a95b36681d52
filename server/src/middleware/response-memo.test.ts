/**
 * The response memo on a clock moved by hand: a kept answer is reused for `ttlMs` with its `Age`
 * advanced, and rebuilt once it is older.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../test/fake-time.ts';
import { responseMemo } from './response-memo.ts';

describe('responseMemo with an injected clock', () => {
  it('reuses an answer for ttlMs, advancing its Age, then builds it again', async () => {
    const clock = manualClock();
    let builds = 0;
    const app = new Hono()
      .use(responseMemo({ ttlMs: 2000, now: clock }))
      .get('/x', (c) => c.json({ build: ++builds }, 200, { Age: '3' }));
    const get = async () => {
      const res = await app.request('/x');
      return { age: res.headers.get('age'), body: await res.json() };
    };
    expect(await get()).toEqual({ age: '3', body: { build: 1 } });
    clock.advance(1999);
    expect(await get()).toEqual({ age: '4', body: { build: 1 } }); // 3 s + 1.999 s, whole seconds
    clock.advance(1);
    expect(await get()).toEqual({ age: '5', body: { build: 1 } }); // at ttlMs, still kept
    clock.advance(1);
    expect(await get()).toEqual({ age: '3', body: { build: 2 } });
  });
});
