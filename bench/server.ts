/**
 * `npm run bench:server`: latency and throughput of the simulator alone, the BFF on
 * cache misses and the BFF on cache hits, with the same request mix (`requests.ts`): autocannon
 * in this process, each server in its own child process on loopback (`children.ts`).
 *
 * - simulator direct: the upstream calls of the miss mix, sent straight to the simulator;
 * - bare proxy: a node:http server forwarding those calls unchanged (the floor of any proxy);
 * - BFF miss: blocks of 50 (= the slice size, so one BFF request = one upstream call of the same
 *   URL) and keys that are never cached; the measured upstream calls per answer must be 1.00;
 * - BFF miss, block 1000: production block size, the simulator row asking for the same blocks;
 * - BFF hit: production block size (1,000), 10 min TTL, 30 URLs warmed up first.
 * Rows run interleaved (run 1 of every row, then run 2, …) so slow phases of a shared machine
 * hit every row alike; the CPU of the generator, the server and the simulator is recorded per run.
 *
 * A benchmark, not a test: never run by `npm test`. Env: BENCH_DURATION_S (10),
 * BENCH_CONNECTIONS (10), BENCH_PIPELINING (10: an extra pipelined hit row; 1 = none),
 * BENCH_RUNS (3), BENCH_CHATS (2000), BENCH_LOG_LEVEL (BFF request logs, `info`; to /dev/null),
 * BENCH_CPU_PROF (dir for the children's CPU profiles).
 * Prints a markdown table of medians over the runs; progress goes to stderr.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { BFF_NODE_FLAGS, startChild, type Child } from './children.ts';
import { runLoad, type LoadResult } from './load.ts';
import { hitLine, machineInfo, overheadLine, table, type CpuShare, type Row } from './report.ts';
import { hitPaths, missPath, type Target } from './requests.ts';
import { missBase, scenarios, type Scenario } from './scenarios.ts';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const durationS = num('BENCH_DURATION_S', 10);
const connections = num('BENCH_CONNECTIONS', 10);
const pipelining = num('BENCH_PIPELINING', 10);
const runs = num('BENCH_RUNS', 3);
const chats = num('BENCH_CHATS', 2000);
const apiKey = `bench_${randomBytes(12).toString('hex')}`;
const simHeaders = { Authorization: `Bearer ${apiKey}` };
const log = (line: string) => process.stderr.write(`${line}\n`);
const loadBefore = os.loadavg();

const sim = await startChild('./sim-child.ts', {
  BENCH_API_KEY: apiKey,
  BENCH_CHATS: String(chats),
});
const upstream = { BENCH_UPSTREAM: `http://127.0.0.1:${sim.port}/v1`, BENCH_API_KEY: apiKey };
const servers = {
  sim,
  proxy: await startChild('./proxy-child.ts', upstream),
  missBff: await startChild(
    './bff-child.ts',
    { ...upstream, BENCH_TTL_MS: '1', BENCH_BLOCK_SIZE: '50' },
    BFF_NODE_FLAGS,
  ),
  missBff1000: await startChild(
    './bff-child.ts',
    { ...upstream, BENCH_TTL_MS: '1', BENCH_BLOCK_SIZE: '1000' },
    BFF_NODE_FLAGS,
  ),
  hitBff: await startChild(
    './bff-child.ts',
    { ...upstream, BENCH_TTL_MS: '600000', BENCH_BLOCK_SIZE: '1000' },
    BFF_NODE_FLAGS,
  ),
};
const origin = (child: Child) => `http://127.0.0.1:${child.port}`;

/**
 * Every path must answer 200 before anything is timed. @throws {Error} naming the first that does
 * not
 */
async function check(child: Child, target: Target, paths: string[]): Promise<void> {
  for (const path of paths) {
    const res = await fetch(origin(child) + path, { headers: child === sim ? simHeaders : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${target} ${path} → ${res.status}`);
  }
}

/** One run of a scenario; rows behind the simulator also record upstream calls per answer. */
async function measure(
  s: Scenario,
  run: number,
  seconds: number,
): Promise<{ result: LoadResult; cpu: CpuShare }> {
  const both = () => Promise.all([sim.stats(), s.child === sim ? undefined : s.child.stats()]);
  const [simBefore, serverBefore = simBefore] = await both();
  const generatorBefore = process.cpuUsage();
  const started = performance.now();
  const result = await runLoad({
    origin: origin(s.child),
    path: s.path(run),
    headers: s.child === sim ? simHeaders : {},
    durationS: seconds,
    connections: s.row.connections,
    pipelining: s.pipelining,
  });
  const wallMicros = (performance.now() - started) * 1000;
  const generator = process.cpuUsage(generatorBefore);
  const [simAfter, serverAfter = simAfter] = await both();
  const calls = simAfter.requests - simBefore.requests;
  if (s.countUpstream) s.row.upstreamPerAnswer?.push(calls / Math.max(1, result.ok));
  const share = (micros: number) => (100 * micros) / wallMicros;
  const cpu = {
    generator: share(generator.user + generator.system),
    server: share(serverAfter.cpuMicros - serverBefore.cpuMicros),
    simulator: share(simAfter.cpuMicros - simBefore.cpuMicros),
  };
  return { result, cpu };
}

try {
  const ids = sim.chatIds;
  const probe = (target: Target, block = 50) =>
    Array.from({ length: 6 }, (_, i) => missPath(target, missBase(99) + i, ids, block));
  await check(sim, 'sim', probe('sim'));
  await check(sim, 'sim', probe('sim', 1000));
  await check(servers.proxy, 'sim', probe('sim'));
  await check(servers.missBff, 'bff', probe('bff'));
  await check(servers.missBff1000, 'bff', probe('bff'));
  await check(servers.hitBff, 'bff', hitPaths('bff', ids)); // also warms the hit cache
  const all = scenarios(servers, ids, connections, pipelining);
  log(`warm-up 2 s per scenario, then ${runs} × ${durationS} s per scenario`);
  for (const s of all) await measure(s, 90, 2);
  for (const s of all) if (s.row.upstreamPerAnswer) s.row.upstreamPerAnswer.length = 0;
  for (let run = 0; run < runs; run++) {
    for (const s of all) {
      const { result: r, cpu } = await measure(s, run, durationS);
      s.row.runs.push(r);
      s.row.cpu.push(cpu);
      log(
        `run ${run + 1} ${s.row.name} (${s.row.connections}×${s.pipelining}): p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms, ${Math.round(r.rps)} req/s, failed ${r.failed}; ` +
          `CPU gen ${Math.round(cpu.generator)}% server ${Math.round(cpu.server)}% sim ${Math.round(cpu.simulator)}%`,
      );
    }
  }
  const rows = all.map((s) => s.row);
  const find = (name: string, conns: number) =>
    rows.find((r) => r.name === name && r.connections === conns) as Row;
  const [direct, miss, hit] = [
    find('simulator direct', connections),
    find('BFF, cache miss', connections),
    find('BFF, cache hit', connections),
  ];
  const [direct1, proxy1, miss1] = [
    find('simulator direct', 1),
    find('bare proxy → simulator', 1),
    find('BFF, cache miss', 1),
  ];
  const [direct1000, miss1000] = [
    find('simulator direct, block 1000', 1),
    find('BFF, cache miss, block 1000', 1),
  ];
  const pipelined = rows.find((r) => r.pipelining > 1);
  const limited = (await sim.stats()).rateLimited;
  console.log(
    [
      table(rows),
      '',
      overheadLine('BFF miss over the simulator', direct1, miss1, 1),
      overheadLine('Bare proxy over the simulator (the extra hop alone)', direct1, proxy1),
      overheadLine("BFF miss over the bare proxy (the BFF's own work)", proxy1, miss1),
      overheadLine(
        'BFF miss with 1,000-item blocks over the simulator serving those blocks',
        direct1000,
        miss1000,
      ),
      overheadLine('BFF miss over the simulator', direct, miss, 1),
      hitLine(hit, 10_000),
      ...(pipelined ? [hitLine(pipelined, 10_000)] : []),
      `- Settings: ${durationS} s × ${runs} runs per row (medians; rows interleaved per run), ${sim.chatIds.length} chats with messages; autocannon ${connections} connections ` +
        `(pipelining 1, and ${pipelining} on the pipelined row); BFF miss: block 50 (1000 on the block-1000 row), TTL 1 ms, keys never repeated; BFF hit: block 1000, TTL 10 min; ` +
        `BFF request logs at ${process.env.BENCH_LOG_LEVEL ?? 'info'} to /dev/null; BFF upstream limiter off; simulator rate limit not enforced (429s served: ${limited}).`,
      machineInfo(loadBefore),
    ].join('\n'),
  );
} finally {
  await Promise.all(Object.values(servers).map((child) => child.stop()));
}
