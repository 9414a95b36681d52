/**
 * The chat list's filter state, read from and written to the URL's search params
 * ({@link parseChatFilters}). Typing in the search box replaces the history entry; picking a
 * filter pushes one, so Back undoes it.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseChatFilters, writeChatFilters, type ChatFilterState } from '../lib/chat-filters.ts';

export interface ChatFiltersApi {
  filters: ChatFilterState;
  /** Merges `patch` into the state; `undefined` removes a filter. */
  setFilters: (patch: Partial<ChatFilterState>, options?: { replace?: boolean }) => void;
  /** Replaces the whole state. */
  resetFilters: (next: ChatFilterState) => void;
}

/** @returns the parsed state and setters that keep other search params */
export function useChatFilters(): ChatFiltersApi {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseChatFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<ChatFilterState>, options?: { replace?: boolean }) =>
      setParams((prev) => writeChatFilters({ ...parseChatFilters(prev), ...patch }, prev), {
        replace: options?.replace ?? false,
      }),
    [setParams],
  );
  const resetFilters = useCallback(
    (next: ChatFilterState) => setParams((prev) => writeChatFilters(next, prev)),
    [setParams],
  );
  return { filters, setFilters, resetFilters };
}
