/**
 * Fault modes of the simulator: knobs that make `/v1/*` slow, failing, throttled or
 * broken, so the BFF's timeouts, retries, breaker and throttle can be tested against them.
 * `/media/*` is never affected. Faults are a mutable object read on every request: tests flip
 * them between requests (`sim.faults.errorRate = 1`) and call `sim.resetFaults()` afterwards.
 */
import { mix, Rng } from '../prng.ts';

/** Every fault, all off by default ({@link NO_FAULTS}). */
export interface Faults {
  /** Delay before answering, in ms (also before a 429 or a reset). */
  latencyMs: number;
  /** Extra delay drawn uniformly from [0, latencyJitterMs) ms per request (fault PRNG). */
  latencyJitterMs: number;
  /** Share of requests (0..1) answered `errorStatus` with a Periskope-shaped body (fault PRNG). */
  errorRate: number;
  /** Status of `errorRate` failures: 500 (default), 502 or 503. */
  errorStatus: 500 | 502 | 503;
  /**
   * Non-null: every request gets 429 + `Retry-After: retryAfterSeconds` + `X-RateLimit-Remaining:
   * 0`.
   */
  rateLimited: { retryAfterSeconds: number } | null;
  /** Enforce the fixed-window limit (`SimulatorOptions.rateLimit`): over-limit requests get 429. */
  enforceRateLimit: boolean;
  /** Answer with the real status and `application/json`, but only the first half of the body. */
  malformedJson: boolean;
  /**
   * Drop the connection without an answer (real TCP reset over Node; a rejected fetch in process).
   */
  connectionReset: boolean;
  /** > 0: send the headers at once, then the body in small chunks spread over this many ms. */
  slowBodyMs: number;
  /** Every request gets the documented 401 `UNAUTHORIZED_ERROR` (as if the key were revoked). */
  unauthorized: boolean;
}

/** All faults off. */
export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  errorStatus: 500,
  rateLimited: null,
  enforceRateLimit: false,
  malformedJson: false,
  connectionReset: false,
  slowBodyMs: 0,
  unauthorized: false,
});

/** Salt of the fault PRNG stream, so fault draws never touch the data streams. */
const FAULT_SALT = 0x0fa17;

/** Live faults plus their own PRNG stream. */
export interface FaultState {
  /** Mutated in place by tests; read on every request. */
  readonly faults: Faults;
  /** Uniform float in [0, 1) from the fault stream (separate from the data PRNG). */
  random(): number;
  /** Restores the initial faults and restarts the fault stream (same draws as after creation). */
  reset(): void;
}

/**
 * @param seed - simulator seed; the fault stream is `mix(seed, FAULT_SALT)`
 * @param initial - faults at creation and after `reset()`, over {@link NO_FAULTS}
 */
export function createFaultState(seed: number, initial: Partial<Faults> = {}): FaultState {
  const baseline: Faults = { ...NO_FAULTS, ...initial };
  const faults: Faults = copy(baseline);
  let rng = new Rng(mix(seed, FAULT_SALT));
  return {
    faults,
    random: () => rng.next(),
    reset() {
      Object.assign(faults, copy(baseline));
      rng = new Rng(mix(seed, FAULT_SALT));
    },
  };
}

/** Copy that shares no nested object with `f` (tests may mutate `rateLimited` in place). */
function copy(f: Faults): Faults {
  return { ...f, rateLimited: f.rateLimited && { ...f.rateLimited } };
}

/**
 * Delay of this request in ms: `latencyMs` + a jitter draw (only drawn when jitter > 0, so
 * switching jitter off does not shift the error draws).
 */
export function delayMs(state: FaultState): number {
  const { latencyMs, latencyJitterMs } = state.faults;
  return Math.max(0, latencyMs) + (latencyJitterMs > 0 ? state.random() * latencyJitterMs : 0);
}

/** Whether this request fails by `errorRate` (0 and 1 draw nothing). */
export function failsNow(state: FaultState): boolean {
  const rate = state.faults.errorRate;
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  return state.random() < rate;
}
