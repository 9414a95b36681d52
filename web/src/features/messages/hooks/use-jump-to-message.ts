/**
 * Opening a thread at a given message (deep links `/chats/:chatId/messages/:messageId`, quoted
 * replies): older pages load until the message is among the rows, then it is
 * scrolled to the centre and highlighted. When every page is loaded and it is not there, the
 * state says `missing` so the thread can say so.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';

export type JumpState = 'idle' | 'searching' | 'found' | 'missing';

/**
 * After a jump the rows around the target are measured, and their content (quoted previews,
 * reaction chips, media boxes) can still grow; the thread keeps its end anchored, so the target
 * moves. It is aimed at again every {@link SETTLE_STEP_MS} for {@link SETTLE_FOR_MS}, until the
 * reader scrolls, clicks or types in the thread.
 */
const SETTLE_FOR_MS = 2500;
const SETTLE_STEP_MS = 100;
/** Input that means the reader has taken over the scroll. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** How long the target stays highlighted, ms. */
export const HIGHLIGHT_MS = 4000;

export interface JumpOptions {
  rows: readonly ThreadRow[];
  /** Row key to open at (`m-<message_id>`, `n-<notification_id>`), or undefined. */
  target: string | undefined;
  ready: boolean;
  hasOlder: boolean;
  isFetchingOlder: boolean;
  /** The last older page failed: stop (the older bar offers Retry). */
  olderFailed: boolean;
  loadOlder: () => void;
  /** Brings row `index` into view, centred (the virtualizer's scrollToIndex). */
  scrollToIndex: (index: number) => void;
  /**
   * The thread's scroller. Input in its parent (the scroller and the thread's floating buttons:
   * "Jump to latest", "Load older") ends the re-aiming.
   */
  scrollElement: () => HTMLElement | null;
}

/** @returns the search state and the row key to highlight (for {@link HIGHLIGHT_MS}) */
export function useJumpToMessage({
  rows,
  target,
  ready,
  hasOlder,
  isFetchingOlder,
  olderFailed,
  loadOlder,
  scrollToIndex,
  scrollElement,
}: JumpOptions) {
  const [highlightKey, setHighlightKey] = useState<string | null>(null);
  /** The last target found among the rows (and scrolled to); a new target is pending until then. */
  const [found, setFound] = useState<string | undefined>(undefined);
  const index = target ? rows.findIndex((r) => r.key === target) : -1;
  const pending = Boolean(target) && found !== target;

  // Found: adjusted while rendering; the scrolling is the effect below.
  if (pending && ready && target && index >= 0) {
    setFound(target);
    setHighlightKey(target);
  }

  // Not among the rows yet: load older pages until it is, or there is none left.
  const searching = pending && ready && index < 0;
  useEffect(() => {
    if (searching && hasOlder && !isFetchingOlder && !olderFailed) loadOlder();
  }, [searching, hasOlder, isFetchingOlder, olderFailed, loadOlder]);

  /** Scrolls to the row keyed `key` (by key: rows may be prepended meanwhile); false when gone. */
  const aimAt = useEffectEvent((key: string) => {
    const at = rows.findIndex((r) => r.key === key);
    if (at >= 0) scrollToIndex(at);
    return at >= 0;
  });
  const readerArea = useEffectEvent(() => scrollElement()?.parentElement ?? null);

  // Aims at the found row, then again until it settles, the reader takes over, or another is found.
  useEffect(() => {
    if (found === undefined) return;
    aimAt(found);
    const element = readerArea();
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(timer);
      for (const type of READER_INPUT) element?.removeEventListener(type, stop);
    };
    for (const type of READER_INPUT) element?.addEventListener(type, stop, { passive: true });
    const step = () => {
      if (!aimAt(found)) return stop();
      if (performance.now() - started < SETTLE_FOR_MS) timer = setTimeout(step, SETTLE_STEP_MS);
      else stop();
    };
    timer = setTimeout(step, SETTLE_STEP_MS);
    return stop;
  }, [found]);

  useEffect(() => {
    if (!highlightKey) return;
    const timer = setTimeout(() => setHighlightKey(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlightKey]);

  let state: JumpState = 'idle';
  if (target) state = !pending ? 'found' : !ready || hasOlder ? 'searching' : 'missing';
  return { state, highlightKey };
}
