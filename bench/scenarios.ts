/**
 * The measured scenarios: which server, which paths, how many connections.
 */
import type { Child } from './children.ts';
import type { Row } from './report.ts';
import { hitPath, missPath, type Target } from './requests.ts';

/** One scenario and the row its runs go into. */
export interface Scenario {
  row: Row;
  child: Child;
  target: Target;
  /** Path generator of run `run` (miss keys never repeat across runs). */
  path: (run: number) => (i: number) => string;
  /** Count the simulator's requests during the run (BFF and proxy rows). */
  countUpstream: boolean;
  /** HTTP/1.1 pipelining factor of the load generator (1 = none). */
  pipelining: number;
}

/** Miss keys of run `run` start here, so no run finds another's keys cached. */
export const missBase = (run: number): number => (run + 1) * 10_000_000;

export interface Servers {
  sim: Child;
  /** Bare forwarding proxy: the floor of any proxy (proxy-child.ts). */
  proxy: Child;
  /** BFF with blocks of 50 (= the page) and a 1 ms TTL: every answer is one upstream call. */
  missBff: Child;
  /** BFF with production blocks (1,000) and a 1 ms TTL: a miss parses a whole block. */
  missBff1000: Child;
  /** BFF with production blocks and a 10 min TTL, warmed: every answer is a hit. */
  hitBff: Child;
}

/**
 * Loaded (`connections`) rows for simulator, BFF miss and BFF hit (without and with pipelining),
 * then unloaded (1 connection) rows: under load the p50 includes queueing for the 2 cores, so the
 * 1-connection rows are the per-request latency overhead. The bare proxy row at 1 connection is
 * the price of the extra loopback hop alone; the block-1000 pair compares a production miss (the
 * BFF fetches and parses a 1,000-item block) with the simulator serving that same block.
 */
export function scenarios(
  servers: Servers,
  chatIds: readonly string[],
  connections: number,
  pipelining: number,
): Scenario[] {
  const { sim, proxy, missBff, missBff1000, hitBff } = servers;
  const miss =
    (target: Target, block = 50, shift = 0) =>
    (run: number) =>
    (i: number) =>
      missPath(target, missBase(run + shift) + i, chatIds, block);
  const hit = () => (i: number) => hitPath('bff', i, chatIds);
  const row = (name: string, conns: number, upstream: boolean, pipe = 1): Row => ({
    name,
    connections: conns,
    pipelining: pipe,
    runs: [],
    cpu: [],
    ...(upstream ? { upstreamPerAnswer: [] } : {}),
  });
  const rows: Scenario[] = [
    {
      row: row('simulator direct', connections, false),
      child: sim,
      target: 'sim',
      path: miss('sim'),
      countUpstream: false,
      pipelining: 1,
    },
    {
      row: row('BFF, cache miss', connections, true),
      child: missBff,
      target: 'bff',
      path: miss('bff'),
      countUpstream: true,
      pipelining: 1,
    },
    {
      row: row('BFF, cache hit', connections, true),
      child: hitBff,
      target: 'bff',
      path: hit,
      countUpstream: true,
      pipelining: 1,
    },
  ];
  if (pipelining > 1) {
    rows.push({
      row: row('BFF, cache hit, pipelined', connections, true, pipelining),
      child: hitBff,
      target: 'bff',
      path: hit,
      countUpstream: true,
      pipelining,
    });
  }
  // Unloaded rows use their own keys (shift), never those of the loaded rows.
  return rows.concat([
    {
      row: row('simulator direct', 1, false),
      child: sim,
      target: 'sim',
      path: miss('sim', 50, 50),
      countUpstream: false,
      pipelining: 1,
    },
    {
      row: row('bare proxy → simulator', 1, true),
      child: proxy,
      target: 'sim',
      path: miss('sim', 50, 50),
      countUpstream: true,
      pipelining: 1,
    },
    {
      row: row('BFF, cache miss', 1, true),
      child: missBff,
      target: 'bff',
      path: miss('bff', 50, 50),
      countUpstream: true,
      pipelining: 1,
    },
    {
      row: row('simulator direct, block 1000', 1, false),
      child: sim,
      target: 'sim',
      path: miss('sim', 1000, 70),
      countUpstream: false,
      pipelining: 1,
    },
    {
      row: row('BFF, cache miss, block 1000', 1, true),
      child: missBff1000,
      target: 'bff',
      path: miss('bff', 1000, 70),
      countUpstream: true,
      pipelining: 1,
    },
  ]);
}
