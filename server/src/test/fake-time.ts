/**
 * Time for tests that must not wait for it: a clock moved by hand ({@link manualClock}), Vitest's
 * fake timers extended to `node:timers/promises` ({@link useFakeTime}), and the simulator's
 * sleeps held until the test lets them go ({@link holdSleeps}).
 *
 * In-process tests (`app.request`, the harness) can run entirely on fake timers. Tests over real
 * sockets cannot (undici and @hono/node-server keep timers of their own): they inject a clock,
 * or hold the simulator's sleeps, and wait for events instead.
 */
import { createHook } from 'node:async_hooks';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type * as TimersPromises from 'node:timers/promises';
import { vi, type MockInstance } from 'vitest';
import type { Clock } from '../clock.ts';

/** `node:timers/promises` as a mutable CommonJS object (an ESM namespace cannot be patched). */
const timersPromises: typeof TimersPromises = createRequire(import.meta.url)(
  'node:timers/promises',
);

type Sleep = (typeof timersPromises)['setTimeout'];

/** A {@link Clock} that stands still until the test moves it. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
}

/** @param start - the clock's first reading, epoch ms (default: the real time now) */
export function manualClock(start = Date.now()): ManualClock {
  let now = start;
  return Object.assign(() => now, {
    advance(ms: number) {
      now += ms;
    },
  });
}

/** What {@link useFakeTime} fakes: timers and `Date`, not `setImmediate`, ticks or microtasks. */
export const FAKED = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'Date',
] as const;

let sleepSpy: MockInstance<Sleep> | undefined;

/** Points the ESM bindings of `node:timers/promises` (`import { setTimeout }`) at `sleep`. */
function replaceSleep(sleep: Sleep): void {
  sleepSpy?.mockRestore();
  sleepSpy = vi.spyOn(timersPromises, 'setTimeout').mockImplementation(sleep);
  syncBuiltinESMExports();
}

function restoreSleep(): void {
  sleepSpy?.mockRestore();
  sleepSpy = undefined;
  syncBuiltinESMExports();
}

/**
 * Where fake time starts by default: 2026-11-20 12:00:00 UTC, a whole second (rate-limit resets
 * are whole epoch seconds), so runs do not differ by the real time they start at.
 */
export const FAKE_EPOCH = Date.UTC(2026, 10, 20, 12, 0, 0);

/**
 * Fakes {@link FAKED} (`vi.useFakeTimers`) and the `setTimeout` of `node:timers/promises` (the
 * simulator's latency and slow-body sleeps), which Vitest's fake timers leave real. Build what
 * is under test after this call, so its timers are fake from the start; undo with
 * {@link useRealTime}.
 * @param now - the fake clock's start, epoch ms (default {@link FAKE_EPOCH})
 */
export function useFakeTime(now = FAKE_EPOCH): void {
  vi.useFakeTimers({ toFake: [...FAKED], now });
  replaceSleep(
    (delay, value, options) =>
      new Promise((resolve, reject) => {
        const signal = options?.signal;
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(() => resolve(value as never), delay);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      }),
  );
}

/** Undoes {@link useFakeTime} and {@link holdSleeps}: real timers, `Date` and sleeps again. */
export function useRealTime(): void {
  restoreSleep();
  vi.useRealTimers();
}

/** Lets one macrotask of real time pass (`setImmediate` is never faked here). */
const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Async resources that end by themselves without a timer: real work in flight, such as a
 * WebCrypto digest (the simulator's ETag) or a zlib job. Fake time must not move while one runs,
 * or a timeout could fire "before" work that real time would have finished first.
 */
const inFlight = new Set<number>();
/** Resource types that are not such work: timers, immediates, ticks, promises. */
const NOT_WORK = new Set(['PROMISE', 'Timeout', 'Immediate', 'TickObject', 'Microtask']);
const workHook = createHook({
  init(id, type) {
    if (!NOT_WORK.has(type)) inFlight.add(id);
  },
  destroy(id) {
    inFlight.delete(id);
  },
});

/**
 * Lets real time run until no real work started meanwhile is in flight (at most `limitMs` of
 * real time), then one more turn for what it resolves.
 */
async function settleRealWork(limitMs = 10_000): Promise<void> {
  const until = performance.now() + limitMs;
  do await realTurn();
  while (inFlight.size > 0 && performance.now() < until);
  await realTurn();
}

/**
 * Runs fake time forward, timer by timer, until `promise` settles (under {@link useFakeTime});
 * a plain value (e.g. what `app.request` may return) counts as settled at once.
 * Before each step, real work in flight (a digest, a decompression) is let finish, so fake time
 * only moves when everything left is waiting for a timer: `elapsedMs` is then exact.
 * @param limitMs - fake ms after which to give up
 * @returns its value and the fake time it took, ms
 * @throws its rejection; an Error when it is still pending after `limitMs`, or waits for no timer
 */
export async function runUntilSettled<T>(
  promise: T | PromiseLike<T>,
  limitMs: number,
): Promise<{ value: T; elapsedMs: number }> {
  let outcome: { value: T } | { error: unknown } | undefined;
  Promise.resolve(promise).then(
    (value) => void (outcome = { value }),
    (error: unknown) => void (outcome = { error }),
  );
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  workHook.enable();
  try {
    await settleRealWork();
    while (!outcome) {
      if (elapsed() >= limitMs) throw new Error(`still pending after ${elapsed()} ms of fake time`);
      if (vi.getTimerCount() === 0) throw new Error('still pending, and no timer left to run');
      await vi.advanceTimersToNextTimerAsync();
      await settleRealWork();
    }
  } finally {
    workHook.disable();
    inFlight.clear();
  }
  if ('error' in outcome) throw outcome.error;
  return { value: outcome.value, elapsedMs: elapsed() };
}

/** The sleeps of `node:timers/promises` held by {@link holdSleeps}. */
export interface HeldSleeps {
  /** The delay of every sleep asked for so far, ms. */
  readonly delays: number[];
  /** Resolves every held sleep, and every later one at once (real time is not involved). */
  release(): void;
}

/**
 * Holds every `node:timers/promises` sleep (the simulator's) until {@link HeldSleeps.release},
 * leaving the global timers real: for tests over real sockets. Undo with {@link useRealTime}.
 */
export function holdSleeps(): HeldSleeps {
  const delays: number[] = [];
  let released = false;
  const waiting: (() => void)[] = [];
  replaceSleep((delay, value) => {
    delays.push(Number(delay ?? 1));
    return new Promise((resolve) => {
      const wake = () => resolve(value as never);
      if (released) wake();
      else waiting.push(wake);
    });
  });
  return {
    delays,
    release() {
      released = true;
      for (const wake of waiting.splice(0)) wake();
    },
  };
}
