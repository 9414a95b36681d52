/**
 * One autocannon run with exact latencies: autocannon's own histogram keeps whole milliseconds,
 * too coarse for sub-millisecond answers, so every response time (ms, fractional) is collected
 * from its `response` event and the percentiles are computed here.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Path of the i-th request (i counts across all connections, from 0). */
  path: (i: number) => string;
  headers?: Record<string, string>;
  /** Run length, s. */
  durationS: number;
  connections: number;
  /** Requests in flight per connection (HTTP/1.1 pipelining). Default 1 (none). */
  pipelining?: number;
}

/** Latencies in ms, throughput in requests per second. */
export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  /** Responses counted (2xx only). */
  ok: number;
  /** Non-2xx responses plus request errors and timeouts; a valid run has 0. */
  failed: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/** Runs the load and resolves when autocannon is done. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let i = 0;
  let times = new Float64Array(1 << 16);
  let ok = 0;
  let failed = 0;
  let finish: (error: Error | null, result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.origin,
      connections: options.connections,
      pipelining: options.pipelining ?? 1,
      duration: options.durationS,
      headers: options.headers ?? {},
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: options.path(i++) }) }],
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 200 || statusCode > 299) return void failed++;
    if (ok === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[ok++] = responseTime;
  });
  instance.on('reqError', () => void failed++); // errors and timeouts alike
  const result = await done;
  const sorted = times.subarray(0, ok).sort();
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rps: ok / (result.duration || options.durationS),
    ok,
    failed,
  };
}
