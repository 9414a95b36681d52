/**
 * The scrolling of a thread: an end-anchored virtual list of its rows (TanStack Virtual's chat
 * pattern: measured rows, the reader's position kept when older rows are prepended, new rows
 * followed only at the end). It opens at the newest row unless the thread opens at a target, and
 * scrolling up to the first rows loads the next older page.
 *
 * Shape: `useThreadScroll(options)` → `{ scrollRef, virtualizer, items, atEnd, scrollToIndex,
 * scrollElement, jumpToEnd }`.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';

/** Distance from the end within which the reader counts as "at the end", px. */
const AT_END_PX = 80;

export interface ThreadScrollOptions {
  /** The thread's rows, oldest → newest. */
  rows: readonly ThreadRow[];
  /** The first page is shown. */
  ready: boolean;
  /** The thread opens at a target row (the jump scrolls there), not at the end. */
  opensAtTarget: boolean;
  hasOlder: boolean;
  isFetchingOlder: boolean;
  /** The last older page failed: no automatic retry (the older bar offers one). */
  olderFailed: boolean;
  loadOlder: () => void;
}

export function useThreadScroll({
  rows,
  ready,
  opensAtTarget,
  hasOlder,
  isFetchingOlder,
  olderFailed,
  loadOlder,
}: ThreadScrollOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is mutable by design; the compiler (unused here) would only skip this hook
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => rows[i]?.key ?? i,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: AT_END_PX,
    overscan: 6,
  });
  const opened = useRef(false);

  useLayoutEffect(() => {
    if (!ready || opened.current) return;
    opened.current = true;
    if (!opensAtTarget) virtualizer.scrollToEnd();
  }, [ready, virtualizer, opensAtTarget]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? -1;
  const scrollingUp = virtualizer.scrollDirection === 'backward';
  // Scrolling up to the first rows loads the next older page (the button does the same).
  useEffect(() => {
    if (
      opened.current &&
      scrollingUp &&
      firstIndex >= 0 &&
      firstIndex < 3 &&
      hasOlder &&
      !isFetchingOlder &&
      !olderFailed
    )
      loadOlder();
  }, [firstIndex, scrollingUp, hasOlder, isFetchingOlder, olderFailed, loadOlder]);

  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'center' }),
    [virtualizer],
  );
  const scrollElement = useCallback(() => scrollRef.current, []);
  return {
    scrollRef,
    virtualizer,
    items,
    atEnd: ready && virtualizer.isAtEnd(AT_END_PX),
    /** Centres row `index` (the jump to a message). */
    scrollToIndex,
    /** The log element, for the jump's "reader took over" listeners. */
    scrollElement,
    /** "Jump to latest": a smooth scroll to the newest row. */
    jumpToEnd: () => virtualizer.scrollToEnd({ behavior: 'smooth' }),
  };
}
