/**
 * The one HTTP client to Periskope: base URL, Bearer key, `x-phone`, per-request timeout.
 *
 * Every upstream call of the BFF goes through {@link PeriskopeHttp.get}; it returns the raw JSON
 * for the typed API module (`api.ts`) to parse with zod. Rate limiting, retries and the circuit
 * breaker hang off this single point.
 */
import { errorBodySchema } from './schemas/envelope.ts';
import { UpstreamError } from './errors.ts';

export interface PeriskopeHttpOptions {
  /** e.g. `https://api.periskope.app/v1` (no trailing slash needed). */
  baseUrl: string;
  /** Org API key, sent as `Authorization: Bearer …` and nowhere else. */
  apiKey: string;
  /** Per-request timeout in ms. Default 10 000. */
  timeoutMs?: number;
  /** Injected fetch (tests route it to the in-process simulator). Default global fetch. */
  fetch?: (input: Request) => Promise<Response>;
}

export interface GetOptions {
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | undefined>;
  /** `x-phone` header (digits or `phone-…`); omitted = every phone of the key (§1). */
  phone?: string | undefined;
  /** Caller's abort signal (the browser went away). */
  signal?: AbortSignal | undefined;
}

export interface PeriskopeHttp {
  /**
   * GET a path under the base URL.
   * @param path - already-encoded path, e.g. `/chats/919537851844%40c.us`
   * @returns parsed JSON body (unknown shape: parse it with a schema)
   * @throws {UpstreamError} on non-2xx, timeout, network failure or non-JSON body
   */
  get(path: string, options?: GetOptions): Promise<unknown>;
}

/** Creates the client. The key lives in this closure only. */
export function createPeriskopeHttp(options: PeriskopeHttpOptions): PeriskopeHttp {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? ((req: Request) => fetch(req));

  return {
    async get(path, { query, phone, signal } = {}) {
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
      const headers = new Headers({ Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' });
      if (phone) headers.set('x-phone', phone);
      const timeout = AbortSignal.timeout(timeoutMs);
      const request = new Request(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });

      let response: Response;
      try {
        response = await doFetch(request);
      } catch (error) {
        throw new UpstreamError(timeout.aborted ? 'timeout' : 'network', 0, path, null, null);
      }
      const text = await response.text().catch(() => '');
      const json = parseJson(text);
      if (!response.ok) {
        const body = errorBodySchema.safeParse(json);
        throw new UpstreamError('http', response.status, path, body.success ? body.data : null, retryAfter(response));
      }
      if (json === undefined) throw new UpstreamError('invalid_response', response.status, path);
      return json;
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
 * Seconds to wait after a 429/503: `Retry-After` (RFC 9110 §10.2.3, seconds or HTTP date), else
 * `X-RateLimit-Reset` (absolute epoch seconds, periskope-api.md §2).
 */
export function retryAfter(response: Response, nowMs = Date.now()): number | null {
  const header = response.headers.get('retry-after');
  if (header) {
    const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - nowMs) / 1000;
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  }
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (response.status === 429 && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, Math.ceil(reset - nowMs / 1000));
  }
  return null;
}
