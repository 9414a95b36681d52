/**
 * Opening a thread at a given message (deep links `/chats/:chatId/messages/:messageId`, quoted
 * replies; issue 5 §6): older pages load until the message is among the rows, then it is
 * scrolled to the centre and highlighted. When every page is loaded and it is not there, the
 * state says `missing` so the thread can say so.
 */
import { useEffect, useRef, useState } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';

export type JumpState = 'idle' | 'searching' | 'found' | 'missing';

/** Delays after the first jump at which the target is scrolled to again, ms. */
const SETTLE_MS = [150, 600];

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
}

/** @returns the search state and the row key to highlight (for {@link HIGHLIGHT_MS}) */
export function useJumpToMessage({ rows, target, ready, hasOlder, isFetchingOlder, olderFailed, loadOlder, scrollToIndex }: JumpOptions) {
  const [highlightKey, setHighlightKey] = useState<string | null>(null);
  const done = useRef<string | undefined>(undefined);
  const index = target ? rows.findIndex((r) => r.key === target) : -1;
  const pending = Boolean(target) && done.current !== target;
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  }, [rows]);

  useEffect(() => {
    if (!pending || !ready || !target) return;
    if (index >= 0) {
      done.current = target;
      scrollToIndex(index);
      setHighlightKey(target);
      // Rows around the target are measured as they render, which can move it: aim again once
      // they have settled (by key, as rows may have been prepended meanwhile).
      for (const delay of SETTLE_MS) {
        setTimeout(() => {
          const at = rowsRef.current.findIndex((r) => r.key === target);
          if (at >= 0 && done.current === target) scrollToIndex(at);
        }, delay);
      }
      return;
    }
    if (hasOlder && !isFetchingOlder && !olderFailed) loadOlder();
  }, [pending, ready, target, index, hasOlder, isFetchingOlder, olderFailed, loadOlder, scrollToIndex]);

  useEffect(() => {
    if (!highlightKey) return;
    const timer = setTimeout(() => setHighlightKey(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlightKey]);

  let state: JumpState = 'idle';
  if (target) state = !pending ? 'found' : !ready || hasOlder ? 'searching' : 'missing';
  return { state, highlightKey };
}
