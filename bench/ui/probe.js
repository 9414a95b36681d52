/* global document, window, getComputedStyle, MutationObserver, requestAnimationFrame */
/**
 * In-page probe of `npm run bench:ui`, injected with `addInitScript({ path })` before any script
 * of the app runs. Plain browser JavaScript on purpose: Playwright sends it as text, so it must
 * not go through tsx (whose `keepNames` adds `__name(…)` calls that do not exist in the page).
 * Types: `probe-api.ts`.
 *
 * Every time is `performance.now()`, i.e. ms since the navigation start of the page.
 *
 * From document start it watches, once per animation frame and on every DOM mutation:
 * - `firstRows`: the listbox named "Chats" holds an `[role=option]` that is on screen;
 * - `newestMessage`: the thread (`[role=log]`) is scrolled to its end and its last message
 *   bubble (`article`) is inside the log's box.
 * Each records `committedAt` (first DOM mutation or frame that satisfied it) and `visibleAt`
 * (start of the animation frame that paints it, = the rAF callback time).
 *
 * `window.__bench.scrollList(opts)` / `scrollThread(opts)` scroll at a fixed number of px per
 * animation frame (applied right after each frame, see `everyFrame`) and resolve with the frame
 * intervals and what was reached (see probe-api.ts).
 */
(() => {
  const LISTBOX = '[role="listbox"][aria-label="Chats"]';
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the report says "n/a"
  }

  /** True when `el` has a box that overlaps `box` vertically. */
  const overlaps = (el, box) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > box.top && r.top < box.bottom;
  };

  /** Nearest ancestor (or self) whose content scrolls vertically. */
  const scrollableAncestor = (el) => {
    for (let node = el; node && node !== document.documentElement; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
        return node;
    }
    return null;
  };

  const firstRowsOnScreen = () => {
    const listbox = document.querySelector(LISTBOX);
    if (!listbox) return false;
    const viewport = { top: 0, bottom: window.innerHeight };
    for (const option of listbox.querySelectorAll('[role="option"]'))
      if (overlaps(option, viewport)) return true;
    return false;
  };

  const newestMessageOnScreen = () => {
    const log = document.querySelector('[role="log"]');
    if (!log) return false;
    const bubbles = log.querySelectorAll('article');
    const last = bubbles[bubbles.length - 1];
    if (!last || log.scrollHeight - log.scrollTop - log.clientHeight > 2) return false;
    const box = log.getBoundingClientRect();
    const r = last.getBoundingClientRect();
    return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  };

  /** Watches `check` until it holds (or 60 s pass); fills `mark`. */
  const watch = (check, mark) => {
    const observer = new MutationObserver(() => {
      if (mark.committedAt === null && check()) mark.committedAt = performance.now();
    });
    const startObserving = () =>
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    startObserving();
    const frame = () => {
      const now = performance.now();
      if (check()) {
        if (mark.committedAt === null) mark.committedAt = now;
        mark.visibleAt = now;
        observer.disconnect();
        return;
      }
      if (now < 60_000) requestAnimationFrame(frame);
      else observer.disconnect();
    };
    requestAnimationFrame(frame);
  };

  const firstRows = { committedAt: null, visibleAt: null };
  const newestMessage = { committedAt: null, visibleAt: null };
  watch(firstRowsOnScreen, firstRows);
  watch(newestMessageOnScreen, newestMessage);

  const tasksBetween = (from, to) => longTasks.filter((t) => t.start >= from && t.start <= to);

  /**
   * Calls `step()` once per frame, just after the frame was rendered (a task posted from the rAF
   * callback runs after that frame's layout, ResizeObservers and paint), until it returns true.
   * So `step` reads what the reader was just shown, and its scroll lands before the next frame's
   * scroll event, like a wheel or touch input would; scrolling inside rAF instead races with
   * layout-time scroll corrections of the same frame (a virtualizer's ResizeObserver). Records the
   * intervals between consecutive rAF timestamps (ms).
   */
  const everyFrame = (step) =>
    new Promise((resolve) => {
      const intervals = [];
      let lastFrame = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (step()) {
          channel.port1.close();
          resolve(intervals);
        } else requestAnimationFrame(frame);
      };
      const frame = (time) => {
        if (lastFrame !== null) intervals.push(time - lastFrame);
        lastFrame = time;
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    });

  /**
   * Scrolls the chat list down by `pxPerFrame` each frame until its end marker is on screen or
   * `capMs` pass.
   */
  const scrollList = async ({ pxPerFrame, capMs }) => {
    const listbox = document.querySelector(LISTBOX);
    if (!listbox) throw new Error('listbox "Chats" not found');
    const scroller = scrollableAncestor(listbox);
    if (!scroller) throw new Error('no scrollable ancestor of the listbox');
    const content = listbox.parentElement;
    let maxOptions = 0;
    let maxPosInSet = 0;
    let loaded = 0;
    let waitingFrames = 0;
    let frames = 0;
    let endVisible = false;
    const startedAt = performance.now();
    const intervals = await everyFrame(() => {
      frames++;
      const box = scroller.getBoundingClientRect();
      const options = listbox.querySelectorAll('[role="option"]');
      maxOptions = Math.max(maxOptions, options.length);
      for (const option of options) {
        loaded = Math.max(loaded, Number(option.getAttribute('aria-setsize')) || 0);
        if (overlaps(option, box))
          maxPosInSet = Math.max(maxPosInSet, Number(option.getAttribute('aria-posinset')) || 0);
      }
      // The footer ("End of list · N chats") is a sibling of the listbox, not an option.
      for (const child of content.children) {
        if (
          child !== listbox &&
          child.textContent.startsWith('End of list') &&
          overlaps(child, box)
        )
          endVisible = true;
      }
      if (endVisible || performance.now() - startedAt >= capMs) return true;
      const before = scroller.scrollTop;
      scroller.scrollTop = before + pxPerFrame;
      if (scroller.scrollTop === before) waitingFrames++; // at the bottom of what is loaded
      return false;
    });
    const endedAt = performance.now();
    return {
      startedAt,
      endedAt,
      frames,
      intervals,
      maxOptions,
      rowsReached: maxPosInSet,
      rowsLoaded: loaded,
      endReached: endVisible,
      waitingFrames,
      longTasks: tasksBetween(startedAt, endedAt),
    };
  };

  /**
   * Scrolls the thread up by `pxPerFrame` each frame until the oldest item is on screen (no
   * "Load older" left, scrollTop 0) or `capMs` pass. The scroll pauses while an older page loads
   * ("Loading older…") and for `settleFrames` frames after each prepend, so the only movement
   * then is the app's; anchor drift = a row's screen position after the prepend minus before, in
   * the prepend frame (`firstDrift`) and over the settle frames (`maxDrift`, which also catches
   * rows above the anchor growing, e.g. reaction chips loading once the scroll stopped).
   * Between frames without a prepend, an on-screen row should move by exactly our scroll: any
   * other move over 1 px is a jump (recorded in `jumps`).
   */
  const scrollThread = async ({ pxPerFrame, capMs, settleFrames, stallMs }) => {
    const log = document.querySelector('[role="log"]');
    if (!log) throw new Error('[role=log] not found');
    const bar = log.parentElement;
    const prepends = [];
    const jumps = []; // first 200
    let jumpCount = 0;
    let scrollJitter = 0; // largest |jump|
    let frames = 0;
    let pausedFrames = 0;
    let anchor = null; // { el, index, top }: a row on screen last frame, its top after our scroll
    let event = null; // prepend being watched: { el, expectedTop, drifts: [] }
    let settle = 0;
    let stalls = 0;
    let stuckSince = null;
    let olderErrors = 0; // error alerts (a failed older page) shown in the bar
    let errorSince = null; // the alert showed (or was last retried) at
    let alertShown = false;
    let maxRows = 0;
    let atOldest = false;
    const startedAt = performance.now();

    const olderButton = () => {
      for (const b of bar.querySelectorAll('button'))
        if (b.textContent.startsWith('Load older') || b.textContent.startsWith('Loading older'))
          return b;
      return null;
    };
    /** Retry button of an error alert in the bar (a failed older page or group-events page). */
    const retryButton = () => {
      for (const alert of bar.querySelectorAll('[role="alert"]')) {
        const button = alert.querySelector('button');
        if (button) return button;
      }
      return null;
    };
    /**
     * Reaction chip lists in the log (they appear once a message's reactions load, after scrolling
     * stops).
     */
    const reactionLists = () => log.querySelectorAll('[aria-label="Reactions"]').length;
    const pickAnchor = (box) => {
      let fallback = null;
      for (const el of log.querySelectorAll('[data-index]')) {
        const r = el.getBoundingClientRect();
        if (r.height === 0) continue;
        if (r.top >= box.top && r.bottom <= box.bottom) return { el, top: r.top };
        if (!fallback && r.bottom > box.top && r.top < box.bottom) fallback = { el, top: r.top };
      }
      return fallback;
    };

    const intervals = await everyFrame(() => {
      frames++;
      const now = performance.now();
      const box = log.getBoundingClientRect();
      maxRows = Math.max(maxRows, log.querySelectorAll('[data-index]').length);

      // 1. Where is last frame's anchor row now? Rows arrived above it if its data-index grew.
      if (anchor && anchor.el.isConnected) {
        const index = Number(anchor.el.dataset.index);
        const move = anchor.el.getBoundingClientRect().top - anchor.top; // nothing but the app should move it
        if (index > anchor.index) {
          event = {
            el: anchor.el,
            expectedTop: anchor.top,
            drifts: [],
            added: index - anchor.index,
            lost: false,
            at: now,
            scrollTop: log.scrollTop,
            reactionLists: reactionLists(),
            reactionsAppeared: false,
            // The rendered rows from the top of the DOM down to the anchor: what a drift can come
            // from.
            above: [...log.querySelectorAll('[data-index]')]
              .filter((r) => Number(r.dataset.index) <= index)
              .map((r) => `${r.dataset.key}:${Math.round(r.getBoundingClientRect().height)}`),
          };
          prepends.push(event);
          settle = settleFrames;
        } else if (!event && index === anchor.index) {
          scrollJitter = Math.max(scrollJitter, Math.abs(move));
          if (Math.abs(move) > 1) {
            jumpCount++;
            if (jumps.length < 200)
              jumps.push({ at: now, px: move, index, scrollTop: log.scrollTop });
          }
        }
      }
      if (event) {
        if (event.el.isConnected)
          event.drifts.push(event.el.getBoundingClientRect().top - event.expectedTop);
        else event.lost = true;
        if (reactionLists() > event.reactionLists) event.reactionsAppeared = true;
      }

      // 2. Done?
      const button = olderButton();
      const loading = button !== null && button.textContent.startsWith('Loading older');
      const retry = retryButton();
      if (!retry) {
        alertShown = false;
        errorSince = null;
      }
      atOldest = button === null && retry === null && log.scrollTop <= 0 && settle === 0;
      if (atOldest || now - startedAt >= capMs) return true;

      // 3. Scroll, unless a page is loading or failed, or a prepend is settling.
      if (retry) {
        // A page failed: a reader reads the message, then clicks Retry.
        pausedFrames++;
        if (!alertShown) olderErrors++;
        alertShown = true;
        errorSince ??= now;
        if (now - errorSince > stallMs) {
          errorSince = now;
          retry.click();
        }
      } else if (loading || settle > 0) {
        pausedFrames++;
        if (settle > 0) settle--;
        if (settle === 0 && !loading) event = null;
        stuckSince = null;
      } else {
        event = null;
        const before = log.scrollTop;
        log.scrollTop = before - pxPerFrame;
        // At the top with "Load older" offered but nothing loading: a reader would click it.
        if (log.scrollTop === before && button) {
          stuckSince ??= now;
          if (now - stuckSince > stallMs) {
            stalls++;
            stuckSince = null;
            button.click();
          }
        } else stuckSince = null;
      }
      const next = pickAnchor(box);
      anchor = next ? { el: next.el, index: Number(next.el.dataset.index), top: next.top } : null;
      return false;
    });
    const endedAt = performance.now();
    return {
      startedAt,
      endedAt,
      frames,
      intervals,
      pausedFrames,
      maxRows,
      oldestReached: atOldest,
      stalls,
      olderErrors,
      scrollJitter,
      jumps,
      jumpCount,
      prepends: prepends.map((p) => ({
        added: p.added,
        lost: p.lost,
        at: p.at,
        scrollTop: p.scrollTop,
        reactionsAppeared: p.reactionsAppeared,
        above: p.above,
        firstDrift: p.drifts[0] ?? null,
        maxDrift: p.drifts.reduce((m, d) => Math.max(m, Math.abs(d)), 0),
      })),
      longTasks: tasksBetween(startedAt, endedAt),
    };
  };

  window.__bench = { firstRows, newestMessage, scrollList, scrollThread, longTasks };
})();
