/**
 * Types of the in-page probe (`probe.js`, `window.__bench`) and its path for `addInitScript`.
 * All times are ms since the page's navigation start (`performance.now()`); positions are CSS px.
 */
import { fileURLToPath } from 'node:url';

/** File to pass to `page.addInitScript({ path })`. */
export const PROBE_PATH = fileURLToPath(new URL('./probe.js', import.meta.url));

/** When a condition first held: DOM commit, and the start of the frame that paints it. */
export interface Mark {
  committedAt: number | null;
  visibleAt: number | null;
}

/** One long task (PerformanceObserver 'longtask', ≥ 50 ms by definition). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Options of a steady scroll. */
export interface ScrollOptions {
  /** CSS px added to (list) or taken from (thread) scrollTop each animation frame. */
  pxPerFrame: number;
  /** Stop after this many ms even if the end was not reached. */
  capMs: number;
}

/** Result of `scrollList`. */
export interface ListScroll {
  startedAt: number;
  endedAt: number;
  frames: number;
  /** Intervals between consecutive rAF timestamps, ms. */
  intervals: number[];
  /** Most `[role=option]` elements in the DOM in any frame. */
  maxOptions: number;
  /** Highest `aria-posinset` seen on screen (1-based row number). */
  rowsReached: number;
  /** Rows loaded at the end (`aria-setsize`). */
  rowsLoaded: number;
  /** The "End of list" marker came on screen. */
  endReached: boolean;
  /**
   * Frames where scrollTop could not grow (at the bottom of what was loaded, waiting for a page).
   */
  waitingFrames: number;
  longTasks: LongTask[];
}

/** One older page that arrived while the thread was scrolled to its top. */
export interface Prepend {
  /** Rows added above the anchor row. */
  added: number;
  /** The anchor row left the DOM while settling (its drift is then unknown). */
  lost: boolean;
  at: number;
  /** The log's scrollTop in the prepend frame, px. */
  scrollTop: number;
  /** Anchor drift in the first frame after the prepend, px (signed; + = moved down). */
  firstDrift: number | null;
  /** Largest |drift| over the prepend frame and the settle frames, px. */
  maxDrift: number;
  /** Reaction chips appeared in the log during those frames (rows growing in place). */
  reactionsAppeared: boolean;
  /**
   * Rendered rows from the top of the DOM down to the anchor, `key:height` (px), in the prepend
   * frame.
   */
  above: string[];
}

/** Result of `scrollThread`. */
export interface ThreadScroll {
  startedAt: number;
  endedAt: number;
  frames: number;
  intervals: number[];
  /** Frames the scroll waited (page loading or settling after a prepend). */
  pausedFrames: number;
  /** Most rows (`[data-index]`) in the DOM in any frame. */
  maxRows: number;
  oldestReached: boolean;
  /**
   * Times the scroll sat at the top with "Load older" offered but nothing loading, and clicked it.
   */
  stalls: number;
  /**
   * Error alerts with Retry (a failed older page) that showed in the bar; each was retried after
   * the stall time.
   */
  olderErrors: number;
  /**
   * Largest |move| of an on-screen row between frames without a prepend, beyond our own scroll, px.
   */
  scrollJitter: number;
  /**
   * Frames without a prepend where an on-screen row moved more than 1 px beyond our own scroll
   * (first 200).
   */
  jumps: { at: number; px: number; index: number; scrollTop: number }[];
  /** All such frames. */
  jumpCount: number;
  prepends: Prepend[];
  longTasks: LongTask[];
}

/** `window.__bench`. */
export interface BenchProbe {
  firstRows: Mark;
  newestMessage: Mark;
  longTasks: LongTask[];
  scrollList(options: ScrollOptions): Promise<ListScroll>;
  /**
   * `settleFrames`: frames to hold still after a prepend; `stallMs`: wait before clicking "Load
   * older" or Retry.
   */
  scrollThread(
    options: ScrollOptions & { settleFrames: number; stallMs: number },
  ): Promise<ThreadScroll>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}
