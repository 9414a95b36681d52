/**
 * While a thread's first page loads the main thread is idle: the link scanner (find-links.ts) is
 * prepared then, so the first bubbles with links do not pay for it.
 * Shape: `useWarmUpLinks(): void`.
 */
import { useEffect } from 'react';
import { warmUpLinks } from '../lib/find-links.ts';

/** Schedules {@link warmUpLinks} for an idle moment (within 500 ms); cancelled on unmount. */
export function useWarmUpLinks() {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(warmUpLinks, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, []);
}
