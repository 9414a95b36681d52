/**
 * The current instant for components that compare a time with "now" (an expired pin, a past
 * snooze, an invite's expiry), without reading the clock during render: one shared clock,
 * re-read every {@link NOW_TICK_MS} while any component uses it (React's
 * `useSyncExternalStore`), so a pin that expires while its chat stays open is shown as expired
 * within a minute. Shape: `useNow(): number` (epoch ms).
 */
import { useSyncExternalStore } from 'react';

/** How often the shared clock is re-read while subscribed, ms. */
export const NOW_TICK_MS = 60_000;

const listeners = new Set<() => void>();
let current = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  current = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // The clock may have stood still while nothing used it: re-read it now.
    current = Date.now();
    timer = setInterval(tick, NOW_TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const snapshot = (): number => current;

/** @returns epoch ms, re-read at most every {@link NOW_TICK_MS} while the component is mounted */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
