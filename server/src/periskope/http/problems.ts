/**
 * What the browser is told when an upstream call fails (README "Errors"): upstream 401/403 → 502
 * `upstream_auth` (the server's key was rejected; the browser's own request was fine), 404 → 404
 * `not_found`, 400/422 → 400 `invalid_parameter` with field names, 429 → 503
 * `upstream_rate_limited` with `Retry-After` (also when our own budget cannot serve the call
 * before its deadline), timeout → 504, network / 5xx / bad body → 502, circuit open → 503
 * `upstream_circuit_open`. Never includes upstream `message` (docs/periskope-api.md#quirks).
 */
import type { ProblemInit } from '../../problem.ts';
import type { CircuitOpenError } from './breaker.ts';
import type { UpstreamError } from './errors.ts';
import type { LimiterBusyError } from './limiter.ts';

/**
 * Query parameters the BFF passes to Periskope under the same names (docs/periskope-api.md#lists,
 * #endpoints): the only upstream `fields` keys a 400/422 may name back to the browser.
 */
const FORWARDED_PARAMETERS: ReadonlySet<string> = new Set([
  'offset',
  'limit',
  'sort_by',
  'sort_order',
  'chat_type',
  'label',
  'start_time',
  'end_time',
]);

/** 503 + `Retry-After` (≥ 1 s): Periskope said 429, or our budget cannot serve the call in time. */
function rateLimited(retryAfterSeconds: number): ProblemInit {
  const seconds = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return {
    status: 503,
    code: 'upstream_rate_limited',
    title: 'Periskope rate limit reached',
    detail: `Too many requests to Periskope. Try again in ${seconds} s.`,
    headers: { 'Retry-After': seconds },
  };
}

/** Maps an upstream failure to what the browser is told. Never includes upstream `message`. */
export function upstreamProblem(error: UpstreamError): ProblemInit {
  if (error.failure === 'timeout') {
    return {
      status: 504,
      code: 'upstream_timeout',
      title: 'Periskope did not answer in time',
      detail: 'Periskope took too long to answer. Try again in a moment.',
    };
  }
  if (error.failure === 'network') {
    return {
      status: 502,
      code: 'upstream_unreachable',
      title: 'Periskope is unreachable',
      detail: 'The server could not reach Periskope. Try again in a moment.',
    };
  }
  if (error.failure === 'invalid_response') {
    return {
      status: 502,
      code: 'upstream_invalid_response',
      title: 'Unexpected answer from Periskope',
      detail: 'Periskope answered in a shape this server does not understand.',
    };
  }
  switch (error.status) {
    case 401:
    case 403:
      return {
        status: 502,
        code: 'upstream_auth',
        title: 'Periskope rejected the server key',
        detail:
          "Periskope rejected this server's API key or phone scope. An administrator must check PERISKOPE_API_KEY and PERISKOPE_PHONE.",
      };
    case 404:
      return {
        status: 404,
        code: 'not_found',
        title: 'Not found',
        detail: 'Periskope has no such item for this phone.',
      };
    case 422:
    case 400: {
      // Only names of our own parameters are repeated; anything else Periskope echoes (a field
      // name or value we did not send) stays out of the body.
      const fields = Object.keys(error.body?.fields ?? {}).filter((name) =>
        FORWARDED_PARAMETERS.has(name),
      );
      return {
        status: 400,
        code: 'invalid_parameter',
        title: 'Invalid parameter',
        detail: fields.length
          ? `Periskope rejected: ${fields.join(', ')}.`
          : 'Periskope rejected the request parameters.',
        errors: fields.map((name) => ({ name, reason: 'rejected by Periskope' })),
      };
    }
    case 429:
      return rateLimited(error.retryAfterSeconds ?? 2);
    default:
      return {
        status: 502,
        code: 'upstream_error',
        title: 'Periskope failed',
        detail: `Periskope answered with an error (${error.status}). Try again in a moment.`,
      };
  }
}

/** 503 + `Retry-After`: our own budget cannot serve the call before its deadline. */
export function limiterBusyProblem(error: LimiterBusyError): ProblemInit {
  return rateLimited(error.retryAfterSeconds);
}

/** 503 + `Retry-After`: the breaker is open after repeated upstream failures. */
export function circuitOpenProblem(error: CircuitOpenError): ProblemInit {
  const seconds = String(error.retryAfterSeconds);
  return {
    status: 503,
    code: 'upstream_circuit_open',
    title: 'Periskope is failing',
    detail: `Periskope has been failing; requests are paused. Try again in ${seconds} s.`,
    headers: { 'Retry-After': seconds },
  };
}
