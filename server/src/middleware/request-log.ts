/**
 * One structured log line per request: method, path, status, duration (ms), request id, written
 * once the answer is on the socket ({@link afterResponse}).
 * Headers and query values are not logged (they could carry identifiers); the key never is.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { afterResponse } from './after-response.ts';

/** @param logger - pino logger; 5xx at `error`, 4xx at `warn`, else `info` */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async function requestLogMiddleware(c, next) {
    const started = performance.now();
    await next();
    afterResponse(c, () => {
      const status = c.res.status;
      const line = {
        request_id: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status,
        duration_ms: Math.round(performance.now() - started),
      };
      if (status >= 500) logger.error(line, 'request');
      else if (status >= 400) logger.warn(line, 'request');
      else logger.info(line, 'request');
    });
  };
}
