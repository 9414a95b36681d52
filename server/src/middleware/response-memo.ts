/**
 * Micro-cache of serialized `/api` answers (the "microcaching" of nginx): for `ttlMs` an identical
 * GET (same URL, so the same phone scope and filters) is answered from memory without rebuilding,
 * re-slicing and re-serializing the JSON. Twenty agents polling the same chat list cost one
 * serialization a second instead of twenty. Only 200 JSON answers are kept; `Age` is advanced
 * on every hit. Data is at most `ttlMs` older than the data cache behind it.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { StatusCode } from 'hono/utils/http-status';
import { LRUCache } from 'lru-cache';
import { systemClock, type Clock } from '../clock.ts';

export interface ResponseMemoOptions {
  /** How long a serialized answer is reused, ms. Default 1000. */
  ttlMs?: number;
  /** Memory budget of kept bodies, bytes. Default 32 MiB. */
  maxBytes?: number;
  /**
   * Clock of kept answers, epoch ms: advances their `Age` and, when given, expires them after
   * `ttlMs` (read on every lookup). Default: `Age` from `Date.now()`, expiry on lru-cache's
   * monotonic `performance.now()`.
   */
  now?: Clock;
}

interface Kept {
  /**
   * A Uint8Array, not an ArrayBuffer: @hono/node-server writes a Uint8Array/string body straight
   * to the socket, while any other body type makes it build a full WHATWG Response per answer.
   */
  body: Uint8Array<ArrayBuffer>;
  /** Weak validator of `body` (RFC 9110 §8.8.3), set here so `etag()` need not hash every hit. */
  etag: string;
  contentType: string;
  /** `Age` (s) when stored, and when (epoch ms). */
  age: number;
  storedAt: number;
}

const encoder = new TextEncoder();

/** @returns a named middleware for `/api/*` GETs, placed inside `etag` */
export function responseMemo(options: ResponseMemoOptions = {}): MiddlewareHandler {
  const ttlMs = options.ttlMs ?? 1000;
  if (ttlMs <= 0)
    return async function responseMemoOff(_c, next) {
      await next();
    };
  const now = options.now ?? systemClock;
  const cache = new LRUCache<string, Kept>({
    ttl: ttlMs,
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (kept) => kept.body.byteLength + 256,
  });
  return async function responseMemoMiddleware(c, next) {
    if (c.req.method !== 'GET') return next();
    const key = c.req.url;
    const kept = cache.get(key);
    if (kept) {
      const age = kept.age + Math.floor((now() - kept.storedAt) / 1000);
      c.header('Cache-Control', 'private, no-cache');
      return c.body(kept.body, 200, {
        'Content-Type': kept.contentType,
        Age: String(age),
        ETag: kept.etag,
      });
    }
    // Keep the text the route serializes: reading the answer back out of its Response makes
    // @hono/node-server build a WHATWG Response and stream it, ~80 µs for a page of messages
    // (bench/). Hono has no serializer hook, so this request's `c.json` is wrapped, keeping its
    // contract: `JSON.stringify`, and `application/json` unless the caller set a type.
    let text: string | undefined;
    // The routes call `c.json(body, status)` (every route answers JSON this way); a ResponseInit
    // also works at runtime.
    c.json = ((
      object: unknown,
      status?: StatusCode,
      headers?: Record<string, string | string[]>,
    ) => {
      text = JSON.stringify(object);
      return c.newResponse(text, status, { 'Content-Type': 'application/json', ...headers });
    }) as typeof c.json;
    await next();
    const contentType = c.res.headers.get('content-type') ?? '';
    if (text === undefined || c.res.status !== 200 || !contentType.startsWith('application/json'))
      return;
    // Answer with the bytes (encoded once, also kept for hits). `c.res = undefined` first, or
    // Hono would wrap the new response around a stream of the old one's body.
    const headers = c.res.headers;
    const body = encoder.encode(text);
    const etag = `W/"${createHash('sha1').update(body).digest('hex')}"`;
    headers.set('ETag', etag);
    c.res = undefined;
    c.res = new Response(body, { status: 200, headers });
    cache.set(key, {
      body,
      etag,
      contentType,
      age: Number(headers.get('age') ?? 0),
      storedAt: now(),
    });
  };
}
