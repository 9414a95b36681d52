/**
 * Work that belongs after the answer: the request log line and the request metrics are written
 * once the response has been handed to the socket, as pino-http does on the response's `close`,
 * so the client is not kept waiting for our bookkeeping (~40 µs a request on these machines,
 * bench/server.ts) and the measured duration includes writing the answer.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * Runs `fn` when the response is done: on Node's `ServerResponse` `close` (emitted after the
 * last byte is written, or when the client went away first). When the client is already gone,
 * or without a Node response (`app.request()` in tests, other runtimes), it runs at once.
 * @param c - the request's context, after `await next()`
 */
export function afterResponse(c: Context, fn: () => void): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing && !outgoing.writableFinished && !outgoing.destroyed) outgoing.once('close', fn);
  else fn();
}
