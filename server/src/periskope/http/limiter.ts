/**
 * The one shared rate limiter in front of every upstream call (p-queue).
 *
 * Periskope allows about 10 requests per ~2 s per key for the whole org and says so in
 * `X-RateLimit-Limit/Remaining/Reset` on every response (docs/periskope-api.md#lists). We keep
 * under it twice over: our own budget (default 8 per 2 s, FIFO so agents are served in arrival
 * order), and the server's word: when `Remaining` gets down to our concurrency, or on a 429, the
 * queue pauses until `Reset`. A call that would wait past its deadline fails fast instead of
 * hanging.
 */
import PQueue from 'p-queue';
import { systemClock, type Clock } from '../../clock.ts';
import { retryAfterMs, untilResetMs, type HeaderSource } from './rate-limit-headers.ts';

/** What the limiter reads of an upstream answer (a WHATWG `Response` fits). */
export interface LimitedResponse extends HeaderSource {
  status: number;
}

export interface LimiterOptions {
  /** Calls started per window. Default 8. */
  limit?: number;
  /** Window, ms. Default 2000. */
  windowMs?: number;
  /** Calls in flight at once. Default 4. */
  concurrency?: number;
  /** Called with queue length and wait (ms) of each call, for metrics. */
  onWait?: (waitMs: number, queueLength: number) => void;
  /** Called when a call is turned away because its wait would pass its deadline. */
  onReject?: () => void;
  /**
   * Clock of pauses, waits and deadlines, epoch ms: a `deadline` given to `schedule` is read
   * against it. Default: the system clock. (A pause ends on a `setTimeout`; the window itself is
   * p-queue's, on `Date.now()`.)
   */
  now?: Clock;
}

/** Thrown when the estimated wait exceeds the caller's deadline. */
export class LimiterBusyError extends Error {
  override readonly name = 'LimiterBusyError';
  /** @param retryAfterSeconds - when a retry is expected to get a slot */
  constructor(readonly retryAfterSeconds: number) {
    super(`upstream budget exhausted; retry in ${retryAfterSeconds} s`);
  }
}

/** Margin added to a `Reset` pause, ms: the window has surely turned by then. */
const RESET_MARGIN_MS = 50;

/** Longest pause honoured from a `Reset`/`Retry-After`, ms: guards against clock skew or junk. */
const MAX_PAUSE_MS = 30_000;

export class UpstreamLimiter {
  readonly #queue: PQueue;
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #concurrency: number;
  readonly #onWait: LimiterOptions['onWait'];
  readonly #onReject: LimiterOptions['onReject'];
  readonly #now: Clock;
  #pausedUntil = 0;
  #resume: ReturnType<typeof setTimeout> | undefined;

  constructor(options: LimiterOptions = {}) {
    this.#limit = options.limit ?? 8;
    this.#windowMs = options.windowMs ?? 2000;
    this.#concurrency = options.concurrency ?? 4;
    this.#onWait = options.onWait;
    this.#onReject = options.onReject;
    this.#now = options.now ?? systemClock;
    this.#queue = new PQueue({
      concurrency: this.#concurrency,
      intervalCap: this.#limit,
      interval: this.#windowMs,
    });
  }

  /** Calls waiting for a slot. */
  get queueLength(): number {
    return this.#queue.size;
  }

  /**
   * Estimated wait (ms) of a call queued now.
   * @param now - epoch ms on the limiter's clock; default its current time
   */
  estimateWaitMs(now = this.#now()): number {
    const ahead = this.#queue.size + this.#queue.pending;
    return Math.max(0, this.#pausedUntil - now) + Math.floor(ahead / this.#limit) * this.#windowMs;
  }

  /**
   * Runs `task` when the budget allows.
   * @param deadline - epoch ms after which the caller no longer wants an answer
   * @throws {LimiterBusyError} at once when the estimated wait passes `deadline`
   */
  async schedule<R extends LimitedResponse>(task: () => Promise<R>, deadline: number): Promise<R> {
    const now = this.#now();
    const estimate = this.estimateWaitMs(now);
    if (now + estimate > deadline) {
      this.#onReject?.();
      throw new LimiterBusyError(Math.max(1, Math.ceil(estimate / 1000)));
    }
    const queued = this.#now();
    return this.#queue.add(async () => {
      this.#onWait?.(this.#now() - queued, this.#queue.size);
      const response = await task();
      this.observe(response);
      return response;
    });
  }

  /** Reads the rate-limit headers of a response and pauses when the server says so. */
  observe(response: LimitedResponse): void {
    const remaining = Number(response.headers.get('x-ratelimit-remaining') ?? Number.NaN);
    const now = this.#now();
    const reset = untilResetMs(response, now);
    const waitMs = reset === null ? null : reset + RESET_MARGIN_MS;
    if (response.status === 429)
      this.pauseFor(retryAfterMs(response, now) ?? waitMs ?? this.#windowMs);
    else if (Number.isFinite(remaining) && remaining <= this.#concurrency)
      this.pauseFor(waitMs ?? this.#windowMs);
  }

  /** Stops starting calls for `ms` (extends, never shortens, a running pause). */
  pauseFor(ms: number): void {
    const now = this.#now();
    const until = now + Math.min(Math.max(ms, 0), MAX_PAUSE_MS);
    if (until <= this.#pausedUntil) return;
    this.#pausedUntil = until;
    this.#queue.pause();
    clearTimeout(this.#resume);
    this.#resume = setTimeout(() => this.#queue.start(), until - now);
    this.#resume.unref?.();
  }
}
