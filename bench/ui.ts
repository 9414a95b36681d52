/**
 * `npm run bench:ui`: what a reader of the inbox feels, measured in
 * Debian's Chromium (headless, Playwright's library API) against the real server in demo mode.
 *
 * 1. builds the SPA when its sources changed (`scripts/build-if-needed.mjs`) and sizes the initial
 *    JS (entry + modulepreload, gzip level 9);
 * 2. starts `server/src/index.ts` in a child process (demo mode, SIMULATOR_CHATS chats) and waits
 *    for `/readyz`;
 * 3. chat list, BENCH_UI_RUNS runs: navigation → first rows visible; steady scroll to the end
 *    (frame intervals, long tasks, rows in the DOM, rows reached, JS heap);
 * 4. thread of the simulator's 5,200-message group, BENCH_UI_RUNS runs: navigation → newest
 *    message visible; steady scroll to the oldest (frames, long tasks, anchor drift per prepend).
 *
 * A benchmark, not a test: never run by `npm test`; missed targets still exit 0, only a broken run
 * (no server, a view that never shows) exits 1. Prints the markdown report on stdout, progress on
 * stderr. Env: BENCH_UI_RUNS (3), BENCH_UI_CHATS (20000), BENCH_UI_PX_PER_FRAME (200 CSS px),
 * BENCH_UI_SCROLL_S (90 s cap per scroll), BENCH_UI_ONLY (`list` or `thread`: one scenario, for
 * working on it; the report then leaves the other's rows empty), BENCH_UI_PROFILE (dir: CPU
 * profiles of the first run's scrolls, plus their hottest source lines on stderr), CHROMIUM_PATH
 * (/usr/bin/chromium), SIMULATOR_SEED (42).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { generate } from '../server/src/simulator/data/generate.ts';
import { initialJs } from './ui/bundle.ts';
import { uiReport, percentile } from './ui/report.ts';
import {
  runList,
  runThread,
  type ListRun,
  type RunSettings,
  type ThreadRun,
} from './ui/scenarios.ts';
import { serverLog } from './ui/server-log.ts';
import { startServer, waitUpstreamIdle, type ServerChild } from './ui/server.ts';
import type { Hotspot } from './ui/profile.ts';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const runs = num('BENCH_UI_RUNS', 3);
const chats = num('BENCH_UI_CHATS', 20_000);
const pxPerFrame = num('BENCH_UI_PX_PER_FRAME', 200);
const scrollS = num('BENCH_UI_SCROLL_S', 90);
const seed = num('SIMULATOR_SEED', 42);
const profileDir = process.env.BENCH_UI_PROFILE || undefined;
const only = process.env.BENCH_UI_ONLY;
if (only !== undefined && only !== 'list' && only !== 'thread')
  throw new Error(`BENCH_UI_ONLY must be list or thread, not ${only}`);
const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = `${root}web/dist`;
const log = (line: string) => process.stderr.write(`${line}\n`);
const loadBefore = os.loadavg();
const serverLines = serverLog(log);

function printHotspots(hotspots: Hotspot[] | undefined): void {
  for (const h of hotspots ?? [])
    log(
      `    ${h.selfMs.toFixed(0).padStart(6)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.where}`,
    );
}

/**
 * The big group's chat id and message count, from the simulator's generator with the server's
 * seed and chat count (generation is deterministic and cheap: no messages are made here).
 */
function bigGroup(): { chatId: string; messages: number; chatsGenerated: number } {
  const gen = generate({ seed, chats, now: Date.now(), publicUrl: 'http://127.0.0.1' });
  const entry = gen.chats.find((e) => e.chat_id === gen.ids.big);
  if (!entry) throw new Error('the simulator has no big group');
  return {
    chatId: gen.ids.big,
    messages: entry.timeline.times.length,
    chatsGenerated: gen.chats.length,
  };
}

let server: ServerChild | undefined;
let browser: Browser | undefined;
try {
  log('building the SPA if needed (scripts/build-if-needed.mjs)');
  execFileSync(process.execPath, ['scripts/build-if-needed.mjs'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const bundle = initialJs(distDir);
  for (const f of bundle)
    log(
      `initial JS ${f.path}: ${(f.raw / 1024).toFixed(1)} KB raw, ${(f.gzip / 1024).toFixed(1)} KB gzip`,
    );

  const big = bigGroup();
  log(`starting the server in demo mode with ${chats} chats`);
  server = await startServer({ chats, seed, log: serverLines.line });
  const detail = await fetch(`${server.origin}/api/chats/${encodeURIComponent(big.chatId)}`);
  const chat = (await detail.json()) as { chat_name?: string };
  if (detail.status !== 200)
    throw new Error(
      `GET /api/chats/${big.chatId} → ${detail.status}: the big group is not where the generator says`,
    );
  log(
    `server ready at ${server.origin}; big group ${big.chatId} "${chat.chat_name ?? ''}", ${big.messages} messages`,
  );

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const chromiumVersion = `Chromium ${browser.version()}`;
  log(
    `${chromiumVersion}; ${runs} run(s) per scenario, ${pxPerFrame} px per frame, cap ${scrollS} s${profileDir ? `, CPU profiles in ${profileDir}` : ''}`,
  );
  const settings: RunSettings = {
    origin: server.origin,
    pxPerFrame,
    capMs: scrollS * 1000,
    profileDir: undefined,
    distDir,
    log,
  };
  const withProfile = (run: number): RunSettings => ({
    ...settings,
    profileDir: run === 0 ? profileDir : undefined,
  });

  const list: ListRun[] = [];
  const idle = async () => {
    const waited = await waitUpstreamIdle(settings.origin);
    if (waited > 3000)
      log(`  waited ${(waited / 1000).toFixed(1)} s for the server's upstream queue to drain`);
  };
  for (let run = 0; run < (only === 'thread' ? 0 : runs); run++) {
    await idle();
    const r = await runList(browser, withProfile(run), `list-run${run + 1}`);
    list.push(r);
    log(
      `list run ${run + 1}: first rows ${r.load.visibleMs.toFixed(0)} ms (committed ${r.load.committedMs.toFixed(0)}, DOMContentLoaded ${r.load.domContentLoadedMs.toFixed(0)}, ` +
        `first /api/chats answer ${r.load.firstApiMs?.toFixed(0) ?? 'n/a'}); scrolled ${((r.scroll.endedAt - r.scroll.startedAt) / 1000).toFixed(1)} s to row ${r.scroll.rowsReached} ` +
        `(${r.scroll.rowsLoaded} loaded, end ${r.scroll.endReached ? 'reached' : 'not reached'}, ${r.scroll.waitingFrames} of ${r.scroll.frames} frames waiting for a page); ` +
        `frames p50/p95/p99 ${[50, 95, 99].map((p) => percentile(r.scroll.intervals, p).toFixed(1)).join('/')} ms; ` +
        `${r.scroll.longTasks.length} long tasks (max ${Math.max(0, ...r.scroll.longTasks.map((t) => t.duration)).toFixed(0)} ms); ${r.scroll.maxOptions} options max; heap ${(r.heapBytes / 2 ** 20).toFixed(1)} MB`,
    );
    printHotspots(r.hotspots);
  }

  const thread: ThreadRun[] = [];
  for (let run = 0; run < (only === 'list' ? 0 : runs); run++) {
    await idle();
    const r = await runThread(browser, withProfile(run), `thread-run${run + 1}`, big.chatId);
    thread.push(r);
    const firstDrifts = r.scroll.prepends.map((p) => Math.abs(p.firstDrift ?? 0));
    const drifts = r.scroll.prepends.map((p) => p.maxDrift);
    log(
      `thread run ${run + 1}: newest visible ${r.load.visibleMs.toFixed(0)} ms (committed ${r.load.committedMs.toFixed(0)}, DOMContentLoaded ${r.load.domContentLoadedMs.toFixed(0)}, ` +
        `first messages answer ${r.load.firstApiMs?.toFixed(0) ?? 'n/a'}); scrolled ${((r.scroll.endedAt - r.scroll.startedAt) / 1000).toFixed(1)} s, ${r.messagesLoaded} messages, ` +
        `oldest ${r.scroll.oldestReached ? 'reached' : 'not reached'}; ${r.scroll.prepends.length} prepends, drift max ${Math.max(0, ...firstDrifts).toFixed(1)} px in the prepend frame, ` +
        `${Math.max(0, ...drifts).toFixed(1)} px over the settle frames (${r.scroll.prepends.filter((p) => p.maxDrift > 1 && p.reactionsAppeared).length} of ` +
        `${r.scroll.prepends.filter((p) => p.maxDrift > 1).length} moves > 1 px with reaction chips appearing), ` +
        `${r.scroll.prepends.filter((p) => p.lost).length} anchors lost, ${r.scroll.stalls} stalls, ${r.scroll.olderErrors} failed pages retried; frames p50/p95/p99 ` +
        `${[50, 95, 99].map((p) => percentile(r.scroll.intervals, p).toFixed(1)).join('/')} ms; ${r.scroll.longTasks.length} long tasks ` +
        `(max ${Math.max(0, ...r.scroll.longTasks.map((t) => t.duration)).toFixed(0)} ms); ${r.scroll.maxRows} rows max; heap ${(r.heapBytes / 2 ** 20).toFixed(1)} MB`,
    );
    for (const p of r.scroll.prepends.filter((x) => x.maxDrift > 1)) {
      log(
        `  prepend of ${p.added} rows at scrollTop ${p.scrollTop.toFixed(0)} moved the anchor ${p.firstDrift?.toFixed(1) ?? 'n/a'} px (max ${p.maxDrift.toFixed(1)} px); rows down to the anchor (key:height): ${p.above.join(' ')}`,
      );
    }
    printHotspots(r.hotspots);
  }
  for (const e of serverLines.errors()) log(`server answered ${e.key} × ${e.count}`);

  console.log(
    uiReport({
      list,
      thread,
      bundle,
      chatsGenerated: big.chatsGenerated,
      threadMessages: big.messages,
      settings: { runs, chats, pxPerFrame, scrollS, profiled: Boolean(profileDir) },
      machine: { loadBefore, chromium: chromiumVersion },
      serverErrors: serverLines.errors(),
    }),
  );
} catch (error) {
  log(
    `bench:ui failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop();
}
