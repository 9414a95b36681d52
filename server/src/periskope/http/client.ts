/**
 * The one HTTP client to Periskope: base URL, Bearer key, `x-phone`, and the resilience every
 * upstream call gets, outermost first:
 *   circuit breaker → retries (exponential backoff, full jitter) → shared rate limiter → one
 *   GET (undici `Pool.request`, kept-alive connections) with a per-attempt timeout,
 * all inside one deadline per call, so nothing waits forever.
 *
 * It returns raw JSON for the typed API module (`api/endpoints.ts`) to parse with zod.
 */
import { backOff } from 'exponential-backoff';
import { UpstreamBreaker, type BreakerOptions } from './breaker.ts';
import { UpstreamError } from './errors.ts';
import { LimiterBusyError, UpstreamLimiter, type LimiterOptions } from './limiter.ts';
import { retryAfterMs, untilResetMs } from './rate-limit-headers.ts';
import { errorBodySchema } from './error-body.ts';
import {
  fetchTransport,
  poolTransport,
  timed,
  type Transport,
  type UpstreamResponse,
} from './transport.ts';

/** Hooks for metrics; the client works without them. */
export interface UpstreamObserver {
  /** One finished attempt: outcome is the HTTP status, or `timeout` / `network`. Duration in s. */
  onAttempt?: (path: string, outcome: string, seconds: number) => void;
  onRetry?: (reason: string) => void;
}

export interface PeriskopeHttpOptions {
  /** e.g. `https://api.periskope.app/v1`. */
  baseUrl: string;
  /** Org API key, sent as `Authorization: Bearer …` and nowhere else. */
  apiKey: string;
  /** Timeout of one attempt, ms. Default 10 000. */
  timeoutMs?: number;
  /** Total budget of one call (queueing + attempts + backoff), ms. Default 15 000. */
  deadlineMs?: number;
  /** Attempts per call, first included. Default 3. */
  attempts?: number;
  /** First backoff delay, ms (doubles, full jitter, capped at 2 s). Default 250. */
  backoffMs?: number;
  limiter?: UpstreamLimiter | LimiterOptions;
  breaker?: UpstreamBreaker | BreakerOptions;
  observer?: UpstreamObserver;
  /**
   * Injected fetch (tests route it to the in-process simulator). Default: an undici Pool to the
   * base URL's origin.
   */
  fetch?: (input: Request) => Promise<Response>;
}

export interface GetOptions {
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | undefined>;
  /**
   * `x-phone` header (digits or `phone-…`); omitted = every phone of the key
   * (docs/periskope-api.md#auth).
   */
  phone?: string | undefined;
  /** Caller's abort signal. */
  signal?: AbortSignal | undefined;
  /**
   * Told the length of the successful answer's JSON text (UTF-16 code units, ≈ bytes for JSON),
   * so caches can hold a memory budget rather than a count.
   */
  onBody?: ((chars: number) => void) | undefined;
}

export interface PeriskopeHttp {
  /**
   * GET a path under the base URL.
   * @param path - already-encoded path, e.g. `/chats/919537851844%40c.us`
   * @returns parsed JSON body (unknown shape: parse it with a schema)
   * @throws {UpstreamError} non-2xx, timeout, network failure, non-JSON body
   * @throws {LimiterBusyError} the rate budget cannot serve the call before its deadline
   * @throws {CircuitOpenError} upstream has been failing; try later
   */
  get(path: string, options?: GetOptions): Promise<unknown>;
  limiter: UpstreamLimiter;
  breaker: UpstreamBreaker;
  /** Closes the kept-alive upstream connections (waits for calls in flight). */
  close(): Promise<void>;
}

/** Retry on network errors, 5xx and 429 only (idempotent GETs); never past the deadline. */
function retryReason(error: unknown): string | null {
  if (!(error instanceof UpstreamError)) return null;
  if (error.failure === 'network') return 'network';
  if (error.failure === 'http' && (error.status >= 500 || error.status === 429))
    return String(error.status);
  return null;
}

/** Creates the client. The key lives in this closure only. */
export function createPeriskopeHttp(options: PeriskopeHttpOptions): PeriskopeHttp {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadlineMs = options.deadlineMs ?? 15_000;
  const pool = options.fetch ? undefined : poolTransport(new URL(base).origin);
  const send: Transport =
    pool?.send ?? fetchTransport(options.fetch ?? ((req: Request) => fetch(req)));
  const limiter =
    options.limiter instanceof UpstreamLimiter
      ? options.limiter
      : new UpstreamLimiter(options.limiter);
  const breaker =
    options.breaker instanceof UpstreamBreaker
      ? options.breaker
      : new UpstreamBreaker(options.breaker);
  const observer = options.observer ?? {};
  const authorization = `Bearer ${options.apiKey}`;

  async function attempt(
    path: string,
    { query, phone, signal, onBody }: GetOptions,
    deadline: number,
  ): Promise<unknown> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { authorization, accept: 'application/json' };
    if (phone) headers['x-phone'] = phone;
    const started = performance.now();
    let text: string | null = null;
    const response = await limiter
      .schedule(async () => {
        const budget = Math.min(timeoutMs, deadline - Date.now());
        // Waited in the queue past the deadline: the rate budget, not Periskope, ran out.
        if (budget <= 0) throw new LimiterBusyError(1);
        const answer = await timed(path, budget, deadline, signal, (s) => send(url, headers, s));
        text = answer.text;
        return answer.response;
      }, deadline)
      .catch((error: unknown) => {
        if (error instanceof UpstreamError)
          observer.onAttempt?.(path, error.failure, (performance.now() - started) / 1000);
        throw error;
      });
    observer.onAttempt?.(path, String(response.status), (performance.now() - started) / 1000);
    const body: string = text ?? '';
    const json = parseJson(body);
    if (!response.ok) {
      const body = errorBodySchema.safeParse(json);
      throw new UpstreamError(
        'http',
        response.status,
        path,
        body.success ? body.data : null,
        retryAfter(response),
      );
    }
    if (json === undefined) throw new UpstreamError('invalid_response', response.status, path);
    onBody?.(body.length);
    return json;
  }

  return {
    limiter,
    breaker,
    close: async () => {
      await pool?.close();
    },
    get(path, getOptions = {}) {
      const deadline = Date.now() + deadlineMs;
      return breaker.run(() =>
        backOff(() => attempt(path, getOptions, deadline), {
          numOfAttempts: options.attempts ?? 3,
          startingDelay: options.backoffMs ?? 250,
          timeMultiple: 2,
          maxDelay: 2000,
          jitter: 'full',
          retry: (error: unknown) => {
            const reason = retryReason(error);
            // Give up (and surface this error, e.g. 429 → 503) when the retry could not start
            // before the deadline: the limiter may be paused until Periskope's Reset.
            if (
              !reason ||
              Date.now() + limiter.estimateWaitMs() + (options.backoffMs ?? 250) >= deadline
            )
              return false;
            observer.onRetry?.(reason);
            return true;
          },
        }),
      );
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Seconds to wait after a 429/503: `Retry-After`, else (on a 429) `X-RateLimit-Reset`.
 * @see rate-limit-headers.ts
 */
export function retryAfter(response: UpstreamResponse, nowMs = Date.now()): number | null {
  const ms =
    retryAfterMs(response, nowMs) ??
    (response.status === 429 ? untilResetMs(response, nowMs) : null);
  return ms === null ? null : Math.ceil(ms / 1000);
}
