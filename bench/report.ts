/**
 * Medians of repeated runs and the markdown report (table, overhead, targets, machine info).
 */
import os from 'node:os';
import type { LoadResult } from './load.ts';

/** One row of the report: every run of one scenario. */
export interface Row {
  name: string;
  connections: number;
  runs: LoadResult[];
  /** Upstream calls per 2xx answer, one value per run (BFF rows only). */
  upstreamPerAnswer?: number[];
}

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median over the runs of a row of p50 / p99 (ms) or rps (requests per second). */
export const med = (row: Row, key: 'p50' | 'p99' | 'rps'): number => median(row.runs.map((r) => r[key]));
const ms = (v: number) => v.toFixed(3);

/** The markdown table: medians over the runs, plus failures summed over them. */
export function table(rows: readonly Row[]): string {
  const lines = ['| scenario | conns | p50 ms | p99 ms | req/s | upstream calls / answer | failed |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const row of rows) {
    const failed = row.runs.reduce((n, r) => n + r.failed, 0);
    const upstream = row.upstreamPerAnswer ? median(row.upstreamPerAnswer).toFixed(3) : '—';
    lines.push(`| ${row.name} | ${row.connections} | ${ms(med(row, 'p50'))} | ${ms(med(row, 'p99'))} | ${Math.round(med(row, 'rps'))} | ${upstream} | ${failed} |`);
  }
  return lines.join('\n');
}

/**
 * BFF overhead on a miss: the BFF miss row minus the simulator row at the same concurrency.
 * @param targetMs - the budget for the p50 difference, ms
 */
export function overheadLine(direct: Row, miss: Row, targetMs: number): string {
  const p50 = med(miss, 'p50') - med(direct, 'p50');
  return `- Miss overhead at ${miss.connections} connection(s): p50 +${ms(p50)} ms (${(med(miss, 'p50') / med(direct, 'p50')).toFixed(2)}×), ` +
    `p99 +${ms(med(miss, 'p99') - med(direct, 'p99'))} ms; target p50 ≤ ${targetMs} ms: ${p50 <= targetMs ? 'met' : 'NOT met'}.`;
}

/** Cache-hit throughput against the target (req/s). */
export function hitLine(hit: Row, target: number): string {
  const rps = med(hit, 'rps');
  return `- Cache hits: ${Math.round(rps)} req/s; target ≥ ${target} req/s on 2 cores: ${rps >= target ? 'met' : 'NOT met'}.`;
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
