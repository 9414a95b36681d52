/**
 * How the client sends one GET to Periskope: undici's `Pool.request` over kept-alive connections
 * (production), or an injected WHATWG `fetch` (tests route it to the in-process simulator); and
 * one attempt of it under a timeout ({@link timed}).
 *
 * `Pool.request` skips what `fetch` costs per call (a Request, Headers, web streams, a Response;
 * ~8% of the BFF's CPU on cache misses, bench/server.ts) and, unlike `fetch`, never follows a
 * redirect, so the key is only ever sent to the configured origin. See docs/decisions/005-….
 */
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { Pool, type Dispatcher } from 'undici';
import { UpstreamError } from './errors.ts';

/** What the client reads of an upstream answer. A WHATWG `Response` fits it. */
export interface UpstreamResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** The whole body as text; rejects when the request's signal aborts while it streams. */
  text(): Promise<string>;
}

/**
 * Sends one GET. Contract: once `signal` aborts, the returned promise and the body's `text()`
 * reject, whatever the underlying HTTP client does.
 * @param headers - lower-case names
 * @param signal - aborts the request, headers and body alike
 */
export type Transport = (
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
) => Promise<UpstreamResponse>;

/**
 * A transport over an injected `fetch`. Such a fetch may ignore the signal (the tests'
 * in-process simulator), so the answer and its body are raced against it here, to keep the
 * {@link Transport} contract.
 */
export function fetchTransport(doFetch: (request: Request) => Promise<Response>): Transport {
  return async (url, headers, signal) => {
    const response = await abortable(doFetch(new Request(url, { headers, signal })), signal);
    return {
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      text: () => abortable(response.text(), signal),
    };
  };
}

export interface PoolTransportOptions {
  /** Idle time after which a kept-alive connection is closed, ms. Default 10 000. */
  keepAliveTimeoutMs?: number;
}

/**
 * Compressed encodings accepted, as `fetch` did (a 1,000-chat block is megabytes of JSON).
 * Decoded here with node:zlib off the main thread: undici's decompress interceptor is still
 * marked experimental in undici 7.
 */
const DECODERS: Record<string, (compressed: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};
const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * The body as text, inflated per `Content-Encoding`. @throws {Error} on an encoding we did not ask
 * for
 */
async function bodyText(
  body: Dispatcher.ResponseData['body'],
  encoding: string | null,
): Promise<string> {
  if (!encoding || encoding === 'identity') return body.text();
  const decode = DECODERS[encoding.trim().toLowerCase()];
  if (!decode) {
    body.destroy();
    throw new Error('unsupported content-encoding');
  }
  return (await decode(Buffer.from(await body.arrayBuffer()))).toString('utf8');
}

/** Header lookup over node's `IncomingHttpHeaders` (lower-case keys, arrays for repeats). */
function headerGetter(raw: Dispatcher.ResponseData['headers']) {
  return (name: string): string | null => {
    const value = raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

/**
 * A transport over one undici `Pool` to `origin`: connections are reused (keep-alive) and opened
 * as needed (the limiter bounds how many calls run at once).
 * @param origin - e.g. `https://api.periskope.app`
 * @returns the transport and `close()` (waits for calls in flight)
 */
export function poolTransport(
  origin: string,
  options: PoolTransportOptions = {},
): { send: Transport; close: () => Promise<void> } {
  const pool = new Pool(origin, { keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000 });
  const send: Transport = async (url, headers, signal) => {
    const {
      statusCode,
      headers: raw,
      body,
    } = await pool.request({
      method: 'GET',
      path: url.pathname + url.search,
      headers: { ...headers, 'accept-encoding': ACCEPT_ENCODING },
      signal,
    });
    const get = headerGetter(raw);
    return {
      status: statusCode,
      ok: statusCode >= 200 && statusCode < 300,
      headers: { get },
      text: () => bodyText(body, get('content-encoding')),
    };
  };
  return { send, close: () => pool.close() };
}

/** Why an attempt's signal aborted: our timer, not the caller or the connection. */
class AttemptTimeout extends Error {}

/**
 * One attempt under one timer (a cleared `setTimeout`, not `AbortSignal.timeout`, which would
 * leave a pending timer per call for the whole budget). The timer's signal aborts the request
 * and its body (the {@link Transport} contract); the budget never passes the call's deadline.
 * @throws {UpstreamError} `timeout` when our timer fired or the deadline passed, else `network`
 */
export async function timed(
  path: string,
  budgetMs: number,
  deadline: number,
  caller: AbortSignal | undefined,
  send: (signal: AbortSignal) => Promise<UpstreamResponse>,
): Promise<{ response: UpstreamResponse; text: string }> {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => controller.abort(new AttemptTimeout()), budgetMs);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    if (caller?.aborted) onCallerAbort();
    const response = await send(controller.signal);
    return { response, text: await response.text() };
  } catch {
    throw new UpstreamError(
      controller.signal.reason instanceof AttemptTimeout || Date.now() >= deadline
        ? 'timeout'
        : 'network',
      0,
      path,
    );
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}

/** Resolves like `promise`, or rejects when `signal` aborts (an injected fetch may ignore it). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => {}); // it may still reject after the abort won the race
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() =>
    signal.removeEventListener('abort', onAbort),
  );
}
