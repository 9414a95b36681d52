/**
 * periskope/http: the bottom of periskope/ (docs/architecture.md). One HTTP client for Periskope:
 * the pooled transport, the shared rate limiter (docs/periskope-api.md#lists), retries with
 * backoff, the circuit breaker, the error body and what each failure tells the browser. It holds
 * the API key and knows nothing of endpoints or caching.
 */
export { CircuitOpenError, type BreakerOptions } from './breaker.ts';
export {
  createPeriskopeHttp,
  retryAfter,
  type GetOptions,
  type PeriskopeHttp,
  type PeriskopeHttpOptions,
  type UpstreamObserver,
} from './client.ts';
export { errorBodySchema, type ErrorBody } from './error-body.ts';
export { UpstreamError, type UpstreamFailure } from './errors.ts';
export { LimiterBusyError, type LimiterOptions } from './limiter.ts';
export { circuitOpenProblem, limiterBusyProblem, upstreamProblem } from './problems.ts';
