/**
 * Medians of repeated runs and the markdown report (table, overhead, targets, machine info).
 */
import os from 'node:os';
import type { LoadResult } from './load.ts';

/**
 * CPU used during one run, % of one core: the load generator, the server under test, the simulator.
 */
export interface CpuShare {
  generator: number;
  server: number;
  simulator: number;
}

/** One row of the report: every run of one scenario. */
export interface Row {
  name: string;
  connections: number;
  /** Requests in flight per connection (1 = no pipelining). */
  pipelining: number;
  runs: LoadResult[];
  /** CPU shares, one per run. */
  cpu: CpuShare[];
  /** Upstream calls per 2xx answer, one value per run (BFF rows only). */
  upstreamPerAnswer?: number[];
}

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median over the runs of a row of p50 / p99 (ms) or rps (requests per second). */
export const med = (row: Row, key: 'p50' | 'p99' | 'rps'): number =>
  median(row.runs.map((r) => r[key]));
const ms = (v: number) => v.toFixed(3);

/** Median CPU share (% of one core) of one process over the runs of a row. */
const cpu = (row: Row, who: keyof CpuShare): string =>
  row.cpu.length ? Math.round(median(row.cpu.map((c) => c[who]))).toString() : '—';

/**
 * The markdown table: medians over the runs, plus failures summed over them. CPU columns are %
 * of one core (200 = both cores) for the load generator, the server under test and the simulator.
 */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| scenario | conns × pipelining | p50 ms | p99 ms | req/s | upstream calls / answer | CPU % generator / server / simulator | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const failed = row.runs.reduce((n, r) => n + r.failed, 0);
    const upstream = row.upstreamPerAnswer ? median(row.upstreamPerAnswer).toFixed(3) : '—';
    const server = row.name.startsWith('simulator') ? '—' : cpu(row, 'server');
    lines.push(
      `| ${row.name} | ${row.connections} × ${row.pipelining} | ${ms(med(row, 'p50'))} | ${ms(med(row, 'p99'))} | ${Math.round(med(row, 'rps'))} | ${upstream} | ${cpu(row, 'generator')} / ${server} / ${cpu(row, 'simulator')} | ${failed} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Per-run p50 differences `row − base` (runs are interleaved, so run k of both shared the machine's
 * state).
 */
function pairedP50(base: Row, row: Row): number {
  return median(row.runs.map((r, k) => r.p50 - (base.runs[k]?.p50 ?? Number.NaN)));
}

/**
 * Overhead of `row` over `base` at the same concurrency: p50 difference of the medians, and the
 * median of the per-run differences (same run, same machine state).
 * @param label - what is compared, e.g. `BFF miss over the simulator`
 * @param targetMs - the budget for the p50 difference, ms; omitted = no verdict
 */
export function overheadLine(label: string, base: Row, row: Row, targetMs?: number): string {
  const p50 = med(row, 'p50') - med(base, 'p50');
  const verdict =
    targetMs === undefined
      ? ''
      : `; target p50 ≤ ${targetMs} ms: ${p50 <= targetMs ? 'met' : 'NOT met'}`;
  return (
    `- ${label} at ${row.connections} connection(s): p50 +${ms(p50)} ms (${(med(row, 'p50') / med(base, 'p50')).toFixed(2)}×; ` +
    `per-run median +${ms(pairedP50(base, row))} ms), p99 +${ms(med(row, 'p99') - med(base, 'p99'))} ms${verdict}.`
  );
}

/** Cache-hit throughput against the target (req/s), with who used the CPU. */
export function hitLine(hit: Row, target: number): string {
  const rps = med(hit, 'rps');
  return (
    `- Cache hits (${hit.connections} connections × pipelining ${hit.pipelining}): ${Math.round(rps)} req/s; target ≥ ${target} req/s on 2 cores: ` +
    `${rps >= target ? 'met' : 'NOT met'} (CPU: generator ${cpu(hit, 'generator')}%, BFF ${cpu(hit, 'server')}% of one core).`
  );
}

/** Machine, runtime, load and date, one line each. */
export function machineInfo(loadBefore: readonly number[]): string {
  const cpus = os.cpus();
  const load = (l: readonly number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores, shared by the load generator, the BFF and the simulator`,
    `- Node ${process.version}, ${os.platform()} ${os.release()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
    `- Load average (1/5/15 min) before: ${load(loadBefore)}, after: ${load(os.loadavg())}`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n');
}
