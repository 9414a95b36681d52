/**
 * Errors raised by the Periskope client, and their mapping to what the BFF answers.
 *
 * The upstream `message` is never forwarded (docs/periskope-api.md#quirk-11); we map on `status`
 * and `code` only, and keep the field names of a 422 so the browser can be told which
 * parameter was wrong.
 */
import type { ErrorBody } from './error-body.ts';

export type UpstreamFailure =
  | 'http' // upstream answered with a non-2xx status
  | 'timeout' // no answer within the per-request timeout
  | 'network' // connection refused/reset, DNS
  | 'invalid_response'; // 2xx but not the documented shape

/** A failed upstream call. Carries no request headers (the key must never reach a log or body). */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  /**
   * @param failure - what went wrong
   * @param status - upstream HTTP status (0 when there was no response)
   * @param body - parsed upstream error body, when there was one
   * @param retryAfterSeconds - from `Retry-After` / `X-RateLimit-Reset` on a 429, else null
   */
  constructor(
    readonly failure: UpstreamFailure,
    readonly status: number,
    readonly path: string,
    readonly body: ErrorBody | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(
      `Periskope ${path}: ${failure}${status ? ` ${status}` : ''}${body?.code ? ` ${body.code}` : ''}`,
    );
  }
}
