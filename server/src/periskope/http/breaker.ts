/**
 * Circuit breaker (opossum) around upstream calls: when Periskope keeps failing, fail fast with a
 * clear 503 instead of queueing agents behind doomed calls, and probe again by itself.
 */
import CircuitBreaker from 'opossum';
import { UpstreamError } from './errors.ts';
import { LimiterBusyError } from './limiter.ts';

export interface BreakerOptions {
  /** Time the circuit stays open before one trial call, ms. Default 10 000. */
  resetTimeoutMs?: number;
  /** Failure percentage in the rolling window that opens the circuit. Default 50. */
  errorThresholdPercentage?: number;
  /** Calls in the rolling window before the percentage counts. Default 5. */
  volumeThreshold?: number;
  /** Rolling window, ms. Default 10 000. */
  rollingWindowMs?: number;
  onStateChange?: (state: 'closed' | 'half_open' | 'open') => void;
}

/** Thrown while the circuit is open. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  /** @param retryAfterSeconds - when the breaker will let a trial call through */
  constructor(readonly retryAfterSeconds: number) {
    super('circuit open: Periskope has been failing');
  }
}

/**
 * Failures that say nothing about upstream health do not count: its 4xx answers (except 429)
 * and our own limiter saying "busy".
 */
function isNotUpstreamFailure(error: unknown): boolean {
  if (error instanceof LimiterBusyError) return true;
  return (
    error instanceof UpstreamError &&
    error.failure === 'http' &&
    error.status < 500 &&
    error.status !== 429
  );
}

export class UpstreamBreaker {
  readonly #breaker: CircuitBreaker<[() => Promise<void>], void>;
  readonly #resetTimeoutMs: number;

  constructor(options: BreakerOptions = {}) {
    this.#resetTimeoutMs = options.resetTimeoutMs ?? 10_000;
    this.#breaker = new CircuitBreaker(async (task: () => Promise<void>) => task(), {
      timeout: false,
      resetTimeout: this.#resetTimeoutMs,
      errorThresholdPercentage: options.errorThresholdPercentage ?? 50,
      volumeThreshold: options.volumeThreshold ?? 5,
      rollingCountTimeout: options.rollingWindowMs ?? 10_000,
      errorFilter: isNotUpstreamFailure,
    });
    this.#breaker.on('open', () => options.onStateChange?.('open'));
    this.#breaker.on('halfOpen', () => options.onStateChange?.('half_open'));
    this.#breaker.on('close', () => options.onStateChange?.('closed'));
  }

  /** `closed`, `half_open` or `open`. */
  get state(): 'closed' | 'half_open' | 'open' {
    return this.#breaker.opened ? 'open' : this.#breaker.halfOpen ? 'half_open' : 'closed';
  }

  /**
   * Runs `task` through the breaker.
   * @throws {CircuitOpenError} while open; otherwise whatever `task` throws
   */
  async run<T>(task: () => Promise<T>): Promise<T> {
    let result: { value: T } | undefined;
    try {
      await this.#breaker.fire(async () => {
        result = { value: await task() };
      });
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EOPENBREAKER') {
        throw new CircuitOpenError(Math.ceil(this.#resetTimeoutMs / 1000));
      }
      throw error;
    }
    if (!result) throw new Error('circuit breaker resolved without running the task');
    return result.value;
  }

  /** Stops the breaker's timers (tests, shutdown). */
  shutdown(): void {
    this.#breaker.shutdown();
  }
}
