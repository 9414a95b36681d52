/**
 * Readiness = Periskope answers with our key. Turns an upstream call into the check behind
 * `/readyz`, memoised so that probes every few seconds cost at most one upstream call per TTL
 * (Periskope allows about 10 requests per 2 s for the whole org, docs/periskope-api.md#lists).
 */
import { UpstreamError, upstreamProblem } from '../periskope/index.ts';

/** Outcome of a readiness check. */
export interface ReadyResult {
  ok: boolean;
  /**
   * `ok`, the upstream HTTP status (`401`), or `timeout` / `network` / `invalid_response` /
   * `error`.
   */
  upstream: string;
  /** Why not ready, in our words (never upstream text, never the key). */
  detail?: string;
}

/** The check behind `/readyz`; it should cache its answer (see {@link readiness}). */
export type ReadyCheck = () => Promise<ReadyResult>;

export interface ReadinessOptions {
  /** How long one answer (success or failure) is reused, ms. Default 10 000; 0 = never. */
  ttlMs?: number;
  /** Clock, epoch ms (tests). */
  now?: () => number;
}

/** Maps a failed probe to a result whose `detail` is ours, never upstream text or the key. */
function notReady(error: unknown): ReadyResult {
  if (error instanceof UpstreamError) {
    const upstream = error.failure === 'http' ? String(error.status) : error.failure;
    return { ok: false, upstream, detail: upstreamProblem(error).detail };
  }
  return {
    ok: false,
    upstream: 'error',
    detail: 'The readiness check failed before Periskope answered.',
  };
}

/**
 * @param probe - one cheap authenticated upstream call, e.g. `() => api.listPhones({})`
 * @returns the `/readyz` check; concurrent probes share the call in flight
 */
export function readiness(
  probe: () => Promise<unknown>,
  options: ReadinessOptions = {},
): ReadyCheck {
  const ttlMs = options.ttlMs ?? 10_000;
  const now = options.now ?? Date.now;
  let last: { at: number; result: Promise<ReadyResult> } | undefined;
  return () => {
    const at = now();
    if (!last || at - last.at >= ttlMs) {
      last = {
        at,
        result: probe().then((): ReadyResult => ({ ok: true, upstream: 'ok' }), notReady),
      };
    }
    return last.result;
  };
}
