/**
 * `app.onError` / `app.notFound` handlers rendering every failure as problem+json (RFC 9457).
 *
 * Mapping of upstream failures (README "Errors"): upstream 401 → 502 `upstream_auth` (the
 * server's key was rejected; the browser's own request was fine), 404 → 404 `not_found`,
 * 422 → 400 `invalid_parameter` with field names, 429 → 503 `upstream_rate_limited` with
 * `Retry-After` (also when our own budget cannot serve the call before its deadline), timeout
 * → 504, network / 5xx / bad body → 502, circuit open → 503 `upstream_circuit_open`.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { CircuitOpenError } from '../periskope/breaker.ts';
import { UpstreamError } from '../periskope/errors.ts';
import { LimiterBusyError } from '../periskope/limiter.ts';
import { PROBLEM_CONTENT_TYPE, Problem, problemBody, type ProblemInit } from './problem.ts';

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
      const fields = Object.keys(error.body?.fields ?? {});
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

/** Upstream `code`s are SCREAMING_SNAKE words; anything else (an echoed key?) is not logged. */
function safeCode(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return /^[A-Z0-9_]{1,64}$/.test(code) ? code : '[unexpected]';
}

function render(c: Context, init: ProblemInit) {
  const body = problemBody(init, c.get('requestId'));
  return c.body(JSON.stringify(body), init.status as 400, {
    ...init.headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}

/**
 * @param logger - errors are logged with the request id; upstream errors without headers
 * @returns the `app.onError` handler
 */
export function problemJson(logger: Logger): ErrorHandler {
  return function problemJsonHandler(error, c) {
    if (error instanceof Problem) return render(c, error.init);
    if (error instanceof UpstreamError) {
      const init = upstreamProblem(error);
      logger.warn(
        {
          request_id: c.get('requestId'),
          failure: error.failure,
          upstream_status: error.status,
          upstream_code: safeCode(error.body?.code),
          path: error.path,
        },
        'upstream error',
      );
      return render(c, init);
    }
    if (error instanceof LimiterBusyError) return render(c, rateLimited(error.retryAfterSeconds));
    if (error instanceof CircuitOpenError) {
      const seconds = String(error.retryAfterSeconds);
      logger.warn({ request_id: c.get('requestId') }, 'circuit open: failing fast');
      return render(c, {
        status: 503,
        code: 'upstream_circuit_open',
        title: 'Periskope is failing',
        detail: `Periskope has been failing; requests are paused. Try again in ${seconds} s.`,
        headers: { 'Retry-After': seconds },
      });
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      return render(c, {
        status,
        code: status === 413 ? 'payload_too_large' : `http_${status}`,
        title: error.message || 'Request failed',
        detail: error.message || 'The request could not be processed.',
      });
    }
    logger.error(
      { request_id: c.get('requestId'), err: { message: error.message, stack: error.stack } },
      'unhandled error',
    );
    return render(c, {
      status: 500,
      code: 'internal_error',
      title: 'Internal error',
      detail: 'Something went wrong on the server. The error was logged.',
    });
  };
}

/** `app.notFound` for `/api/*`: a problem instead of Hono's plain text. */
export const problemNotFound: NotFoundHandler = (c) =>
  render(c, {
    status: 404,
    code: 'route_not_found',
    title: 'No such endpoint',
    detail: `No API endpoint at ${c.req.path}.`,
  });
