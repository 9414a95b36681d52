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
  /** Count the simulator's requests during the run (BFF rows). */
  countUpstream: boolean;
}

/** Miss keys of run `run` start here, so no run finds another's keys cached. */
export const missBase = (run: number): number => (run + 1) * 10_000_000;

export interface Servers {
  sim: Child;
  missBff: Child;
  hitBff: Child;
}

/**
 * Loaded (`connections`) rows for simulator, BFF miss and BFF hit, then unloaded (1 connection)
 * rows for simulator and BFF miss: under load the p50 includes queueing for the 2 cores, so the
 * 1-connection pair is the per-request latency overhead.
 */
export function scenarios({ sim, missBff, hitBff }: Servers, chatIds: readonly string[], connections: number): Scenario[] {
  const miss = (target: Target) => (run: number) => (i: number) => missPath(target, missBase(run) + i, chatIds);
  const row = (name: string, conns: number, upstream: boolean): Row => ({ name, connections: conns, runs: [], ...(upstream ? { upstreamPerAnswer: [] } : {}) });
  return [
    { row: row('simulator direct', connections, false), child: sim, target: 'sim', path: miss('sim'), countUpstream: false },
    { row: row('BFF, cache miss', connections, true), child: missBff, target: 'bff', path: miss('bff'), countUpstream: true },
    { row: row('BFF, cache hit', connections, true), child: hitBff, target: 'bff', path: () => (i) => hitPath('bff', i, chatIds), countUpstream: true },
    { row: row('simulator direct', 1, false), child: sim, target: 'sim', path: (run) => miss('sim')(run + 50), countUpstream: false },
    { row: row('BFF, cache miss', 1, true), child: missBff, target: 'bff', path: (run) => miss('bff')(run + 50), countUpstream: true },
  ];
}
