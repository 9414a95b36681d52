/**
 * The two UI scenarios, one run each, in a fresh browser context (no cache, no storage):
 *
 * - chat list: open `/`, time navigation → first chat rows on screen, then scroll the
 *   list down at a steady pace (infinite pages of 50) to its end marker or the time cap;
 * - thread: open `/chats/<big group>`, time navigation → newest message on screen,
 *   then scroll up at a steady pace to the oldest message (older pages of 50 prepended), with the
 *   anchor drift of every prepend.
 *
 * Times are ms measured inside the page (see probe.js); heap is CDP `JSHeapUsedSize` in bytes at
 * the end of the scroll (no forced GC).
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { PROBE_PATH, type ListScroll, type ThreadScroll } from './probe-api.ts';
import { startProfile, stopProfile, type Hotspot } from './profile.ts';

/** Settings shared by every run. */
export interface RunSettings {
  origin: string;
  /** CSS px scrolled per animation frame. */
  pxPerFrame: number;
  /** Scroll time cap, ms. */
  capMs: number;
  /** Write a CPU profile of the scroll here (BENCH_UI_PROFILE), or undefined. */
  profileDir: string | undefined;
  /** web/dist, for the profile's source maps. */
  distDir: string;
  log: (line: string) => void;
}

/** Page-load timings of a run, ms since navigation start. */
export interface LoadTimings {
  /** The awaited condition was committed to the DOM. */
  committedMs: number;
  /** Start of the frame that painted it: the reported time. */
  visibleMs: number;
  /** DOMContentLoaded (the app's JS ran). */
  domContentLoadedMs: number;
  /** End of the first answer of the API call the view waits for, or null. */
  firstApiMs: number | null;
}

export interface ListRun {
  load: LoadTimings;
  scroll: ListScroll;
  heapBytes: number;
  hotspots?: Hotspot[];
}

export interface ThreadRun {
  load: LoadTimings;
  scroll: ThreadScroll;
  heapBytes: number;
  /** Distinct messages of the chat the page received. */
  messagesLoaded: number;
  hotspots?: Hotspot[];
}

const VIEWPORT = { width: 1280, height: 800 };
/**
 * Lets the page settle after load before scrolling, so load work does not count as scroll jank:
 * waits for events, not a fixed time: no request in flight for 500 ms (Playwright's
 * `networkidle`), then an idle period of the main thread (`requestIdleCallback`, at most 5 s).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })),
  );
}

async function open(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE_PATH });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/**
 * DOMContentLoaded and the end of the first resource whose decoded path starts with `apiPath`.
 * A string expression, not a function: tsx's keepNames would leak `__name` into the page.
 */
async function loadTimings(
  page: Page,
  mark: 'firstRows' | 'newestMessage',
  apiPath: string,
): Promise<LoadTimings> {
  const expression = `(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const api = performance.getEntriesByType('resource').find((e) => decodeURIComponent(new URL(e.name).pathname).startsWith(${JSON.stringify(apiPath)}));
    const mark = window.__bench[${JSON.stringify(mark)}];
    return { committedMs: mark.committedAt, visibleMs: mark.visibleAt, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : NaN, firstApiMs: api ? api.responseEnd : null };
  })()`;
  return (await page.evaluate(expression)) as LoadTimings;
}

/** Scroll with an optional CPU profile around it. */
async function profiled<T>(
  settings: RunSettings,
  cdp: CDPSession,
  name: string,
  scroll: () => Promise<T>,
): Promise<{ result: T; hotspots?: Hotspot[] }> {
  if (!settings.profileDir) return { result: await scroll() };
  await startProfile(cdp);
  const result = await scroll();
  const hotspots = await stopProfile(cdp, settings.profileDir, name, settings.distDir);
  settings.log(`  CPU profile written to ${settings.profileDir}/${name}.cpuprofile`);
  return { result, hotspots };
}

/**
 * One chat-list run.
 * @throws {Error} when the chat rows never appear (30 s)
 */
export async function runList(
  browser: Browser,
  settings: RunSettings,
  name: string,
): Promise<ListRun> {
  const { context, page, cdp } = await open(browser);
  try {
    await page.goto(`${settings.origin}/`, { waitUntil: 'commit' });
    await page
      .getByRole('listbox', { name: 'Chats' })
      .getByRole('option')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction('window.__bench.firstRows.visibleAt !== null', undefined, {
      timeout: 10_000,
    });
    const load = await loadTimings(page, 'firstRows', '/api/chats');
    await settle(page);
    const options = { pxPerFrame: settings.pxPerFrame, capMs: settings.capMs };
    const { result: scroll, hotspots } = await profiled(settings, cdp, name, () =>
      page.evaluate((o) => window.__bench.scrollList(o), options),
    );
    return { load, scroll, heapBytes: await heapUsed(cdp), ...(hotspots ? { hotspots } : {}) };
  } finally {
    await context.close();
  }
}

/**
 * One thread run.
 * @param chatId - the big group's chat id
 * @throws {Error} when the newest message never shows (30 s)
 */
export async function runThread(
  browser: Browser,
  settings: RunSettings,
  name: string,
  chatId: string,
): Promise<ThreadRun> {
  const { context, page, cdp } = await open(browser);
  const messagesPath = `/api/chats/${chatId}/messages`; // decoded
  const messageIds = new Set<string>();
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    if (
      decodeURIComponent(new URL(response.url()).pathname) !== messagesPath ||
      response.status() !== 200
    )
      return;
    reading.push(
      response.json().then(
        (body: { messages?: { message_id: string }[] }) =>
          body.messages?.forEach((m) => messageIds.add(m.message_id)),
        () => undefined, // the page was closed first
      ),
    );
  });
  try {
    await page.goto(`${settings.origin}/chats/${encodeURIComponent(chatId)}`, {
      waitUntil: 'commit',
    });
    await page
      .getByRole('log')
      .locator('article')
      .last()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction('window.__bench.newestMessage.visibleAt !== null', undefined, {
      timeout: 10_000,
    });
    const load = await loadTimings(page, 'newestMessage', messagesPath);
    await settle(page);
    const options = {
      pxPerFrame: settings.pxPerFrame,
      capMs: settings.capMs,
      settleFrames: 10,
      stallMs: 2000,
    };
    const { result: scroll, hotspots } = await profiled(settings, cdp, name, () =>
      page.evaluate((o) => window.__bench.scrollThread(o), options),
    );
    const heapBytes = await heapUsed(cdp);
    await Promise.all(reading);
    return {
      load,
      scroll,
      heapBytes,
      messagesLoaded: messageIds.size,
      ...(hotspots ? { hotspots } : {}),
    };
  } finally {
    await context.close();
  }
}
