/**
 * How often what is on screen refetches (REFRESH_INTERVAL_MS via `/api/config`, default 15 s).
 * React Query pauses interval refetches while the tab is hidden (`refetchIntervalInBackground`
 * is false by default), so a background tab costs no upstream calls.
 */
import { useQuery } from '@tanstack/react-query';
import { configQueries } from '../api/config-queries.ts';

/** Used until `/api/config` has answered, ms. */
export const DEFAULT_REFRESH_INTERVAL_MS = 15_000;

/** @returns the interval in ms */
export function useRefreshInterval(): number {
  return useQuery(configQueries.current()).data?.refresh_interval_ms ?? DEFAULT_REFRESH_INTERVAL_MS;
}
