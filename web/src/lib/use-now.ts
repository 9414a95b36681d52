/**
 * The current instant for components that compare a time with "now" (an expired pin, a past
 * snooze, an invite's expiry): read once, when the component mounts, so rendering stays pure.
 * Shape: `useNow(): number` (epoch ms).
 */
import { useState } from 'react';

/** @returns epoch ms of the component's first render; the same on every later render */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
