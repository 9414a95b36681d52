/**
 * `npm run bench:server` (issue 3 §8): latency and throughput of the simulator alone, the BFF on
 * cache misses and the BFF on cache hits, with the same request mix (`requests.ts`): autocannon
 * in this process, each server in its own child process on loopback (`children.ts`).
 *
 * - simulator direct: the upstream calls of the miss mix, sent straight to the simulator;
 * - BFF miss: blocks of 50 (= the slice size, so one BFF request = one upstream call of the same
 *   URL) and keys that are never cached; the measured upstream calls per answer must be 1.00;
 * - BFF hit: production block size (1,000), 10 min TTL, 30 URLs warmed up first.
 *
 * A benchmark, not a test: never run by `npm test`. Env: BENCH_DURATION_S (10), BENCH_CONNECTIONS
 * (10), BENCH_RUNS (3), BENCH_CHATS (2000), BENCH_CPU_PROF (dir for the children's CPU profiles).
 * Prints a markdown table of medians over the runs; progress goes to stderr.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { startChild, type Child } from './children.ts';
import { runLoad, type LoadResult } from './load.ts';
import { hitLine, machineInfo, overheadLine, table, type Row } from './report.ts';
import { hitPaths, missPath, type Target } from './requests.ts';
import { missBase, scenarios, type Scenario } from './scenarios.ts';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const durationS = num('BENCH_DURATION_S', 10);
const connections = num('BENCH_CONNECTIONS', 10);
const runs = num('BENCH_RUNS', 3);
const chats = num('BENCH_CHATS', 2000);
const apiKey = `bench_${randomBytes(12).toString('hex')}`;
const simHeaders = { Authorization: `Bearer ${apiKey}` };
const log = (line: string) => process.stderr.write(`${line}\n`);
const loadBefore = os.loadavg();

const sim = await startChild('./sim-child.ts', { BENCH_API_KEY: apiKey, BENCH_CHATS: String(chats) });
const upstream = { BENCH_UPSTREAM: `http://127.0.0.1:${sim.port}/v1`, BENCH_API_KEY: apiKey };
const missBff = await startChild('./bff-child.ts', { ...upstream, BENCH_TTL_MS: '1', BENCH_BLOCK_SIZE: '50' });
const hitBff = await startChild('./bff-child.ts', { ...upstream, BENCH_TTL_MS: '600000', BENCH_BLOCK_SIZE: '1000' });
const origin = (child: Child) => `http://127.0.0.1:${child.port}`;

/** Every path must answer 200 before anything is timed. @throws {Error} naming the first that does not */
async function check(child: Child, target: Target, paths: string[]): Promise<void> {
  for (const path of paths) {
    const res = await fetch(origin(child) + path, { headers: target === 'sim' ? simHeaders : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${target} ${path} → ${res.status}`);
  }
}

/** One run of a scenario; BFF rows also record upstream calls per answer. */
async function measure(s: Scenario, run: number, seconds: number): Promise<LoadResult> {
  const before = (await sim.stats()).requests;
  const result = await runLoad({
    origin: origin(s.child), path: s.path(run), headers: s.target === 'sim' ? simHeaders : {}, durationS: seconds, connections: s.row.connections,
  });
  const calls = (await sim.stats()).requests - before;
  if (s.countUpstream) s.row.upstreamPerAnswer?.push(calls / Math.max(1, result.ok));
  return result;
}

try {
  const ids = sim.chatIds;
  const probe = (target: Target) => Array.from({ length: 6 }, (_, i) => missPath(target, missBase(99) + i, ids));
  await check(sim, 'sim', probe('sim'));
  await check(missBff, 'bff', probe('bff'));
  await check(hitBff, 'bff', hitPaths('bff', ids)); // also warms the hit cache
  const all = scenarios({ sim, missBff, hitBff }, ids, connections);
  log(`warm-up 2 s per scenario, then ${runs} × ${durationS} s per scenario`);
  for (const s of all) await measure(s, 90, 2);
  for (const s of all) if (s.row.upstreamPerAnswer) s.row.upstreamPerAnswer.length = 0;
  for (let run = 0; run < runs; run++) {
    for (const s of all) {
      const r = await measure(s, run, durationS);
      s.row.runs.push(r);
      log(`run ${run + 1} ${s.row.name} (${s.row.connections}): p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms, ${Math.round(r.rps)} req/s, failed ${r.failed}`);
    }
  }
  const [direct, miss, hit, direct1, miss1] = all.map((s) => s.row) as [Row, Row, Row, Row, Row];
  const limited = (await sim.stats()).rateLimited;
  console.log([
    table([direct, miss, hit, direct1, miss1]),
    '',
    overheadLine(direct1, miss1, 1),
    overheadLine(direct, miss, 1),
    hitLine(hit, 10_000),
    `- Settings: ${durationS} s × ${runs} runs per row (medians), ${sim.chatIds.length} chats with messages; BFF miss: block 50, TTL 1 ms, ` +
      `keys never repeated; BFF hit: block 1000, TTL 10 min; BFF upstream limiter off; simulator rate limit not enforced (429s served: ${limited}).`,
    machineInfo(loadBefore),
  ].join('\n'));
} finally {
  await Promise.all([hitBff.stop(), missBff.stop(), sim.stop()]);
}
