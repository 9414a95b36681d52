/**
 * What "now" is for the code that stamps or ages data (caches, the chat index, the rate limiter,
 * the response memo). Each takes a {@link Clock} option so tests can move time by hand instead of
 * waiting for it. A leaf module: it imports nothing.
 */

/** Returns the current time in epoch ms, as `Date.now()` does. */
export type Clock = () => number;

/**
 * The system clock: `Date.now()`, read on every call (not a saved reference to `Date.now`), so a
 * test that fakes `Date` (`vi.useFakeTimers({ toFake: ['Date'] })`) moves it too.
 */
export const systemClock: Clock = () => Date.now();
