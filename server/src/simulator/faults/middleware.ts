/**
 * The fault middlewares of the /v1 sub-app (see `faults.ts`). `faultTransport` runs before the
 * rate limiter (latency, reset, body rewrites wrap every answer, 429s included);
 * `faultAnswers` runs after it (401/5xx instead of the route, still with rate-limit headers).
 */
import { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import { SERVER_ERRORS, UNAUTHORIZED } from '../http/errors.ts';
import { trickledBody, truncatedJson } from './body.ts';
import { delayMs, failsNow, type FaultState } from './faults.ts';

/**
 * Thrown by the `connectionReset` fault: the error undici's `fetch` rejects with when the peer
 * resets the connection (`TypeError: fetch failed`, cause `ECONNRESET`). The simulator app's
 * `onError` rethrows it, so `app.fetch`/`app.request` reject with it.
 */
export class SimulatedConnectionReset extends TypeError {
  constructor() {
    super('fetch failed', {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    });
  }
}

/**
 * Resets the TCP connection when the app runs under @hono/node-server, which passes
 * `{ incoming, outgoing }` as the Hono env (bindings).
 * @returns false when there is no Node socket (in-process `app.request`, or env not passed on)
 */
function resetSocket(env: unknown): boolean {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return false;
  if (!(env.incoming instanceof IncomingMessage)) return false;
  env.incoming.socket.resetAndDestroy(); // RST, so the client sees ECONNRESET, not a clean close
  return true;
}

/**
 * Latency (+ jitter), connection reset, then `malformedJson` / `slowBodyMs` on whatever the rest
 * of the chain answered. Faults are read once, at the start of the request.
 * @throws {SimulatedConnectionReset} when `connectionReset` is on (after resetting a real socket)
 */
export function faultTransport(state: FaultState): MiddlewareHandler {
  return async function simulatorFaultTransport(c, next) {
    const faults = { ...state.faults };
    const wait = delayMs(state);
    if (wait > 0) await sleep(wait);
    if (faults.connectionReset) {
      resetSocket(c.env);
      throw new SimulatedConnectionReset();
    }
    await next();
    let res = c.res;
    if (faults.malformedJson) res = await truncatedJson(res);
    if (faults.slowBodyMs > 0) res = await trickledBody(res, faults.slowBodyMs);
    if (res !== c.res) {
      c.res = undefined; // otherwise Hono copies the old headers (a stale Content-Length) over
      c.res = res;
    }
  };
}

/** `unauthorized` → 401 `UNAUTHORIZED_ERROR`; an `errorRate` draw → `errorStatus` + its body. */
export function faultAnswers(state: FaultState): MiddlewareHandler {
  return async function simulatorFaultAnswers(c, next) {
    const { unauthorized, errorStatus } = state.faults;
    if (unauthorized) return c.json(UNAUTHORIZED, 401);
    if (failsNow(state)) return c.json(SERVER_ERRORS[errorStatus], errorStatus);
    await next();
  };
}
