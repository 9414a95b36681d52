/**
 * RFC 9457 problem details: the one error shape of the BFF.
 *
 * `type` is a relative URI `/problems/<code>` (RFC 9457 §3.1.1 allows relative references);
 * `code` is stable and documented in the README's error table.
 */
export interface ProblemInit {
  status: number;
  /** Stable machine-readable code, e.g. `invalid_parameter`, `upstream_auth`. */
  code: string;
  /** Short human summary, same for every occurrence of `code`. */
  title: string;
  /** Human explanation of this occurrence. Never upstream text, never a secret. */
  detail: string;
  /** Field errors for 400s: `{ name: 'limit', reason: '…' }`. */
  errors?: { name: string; reason: string }[];
  /** Extra response headers (e.g. `Retry-After`). */
  headers?: Record<string, string>;
}

/** Throw this anywhere; `problemJson` renders it. */
export class Problem extends Error {
  override readonly name = 'Problem';
  constructor(readonly init: ProblemInit) {
    super(`${init.status} ${init.code}: ${init.detail}`);
  }
}

/** Media type of RFC 9457 §3. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Body of a problem response.
 * @param request_id - the `X-Request-Id` of the request, so support can find the log line
 */
export function problemBody(init: ProblemInit, request_id: string | undefined) {
  return {
    type: `/problems/${init.code}`,
    title: init.title,
    status: init.status,
    detail: init.detail,
    code: init.code,
    request_id: request_id ?? null,
    ...(init.errors ? { errors: init.errors } : {}),
  };
}
