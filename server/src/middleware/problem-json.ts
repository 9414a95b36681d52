/**
 * `app.onError` / `app.notFound` handlers rendering every failure as problem+json (RFC 9457).
 * Upstream failures are mapped by periskope/http/problems.ts (README "Errors") and logged here
 * with the request id, never with upstream text or headers.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import {
  CircuitOpenError,
  LimiterBusyError,
  UpstreamError,
  circuitOpenProblem,
  limiterBusyProblem,
  upstreamProblem,
} from '../periskope/index.ts';
import { PROBLEM_CONTENT_TYPE, Problem, problemBody, type ProblemInit } from '../problem.ts';

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
    if (error instanceof LimiterBusyError) return render(c, limiterBusyProblem(error));
    if (error instanceof CircuitOpenError) {
      logger.warn({ request_id: c.get('requestId') }, 'circuit open: failing fast');
      return render(c, circuitOpenProblem(error));
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
