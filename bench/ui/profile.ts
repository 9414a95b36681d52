/**
 * Optional CPU profile of the page while it scrolls (`BENCH_UI_PROFILE=<dir>`): the V8 sampling
 * profile through CDP, written as `<name>.cpuprofile` (open it in Chromium DevTools), and a
 * summary of self time per original source location, mapped back through web/dist's source maps.
 * Profiling slows the page: numbers of a profiled run are not the benchmark's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** One line of the summary. */
export interface Hotspot {
  /**
   * `web/src/…:line name` (or the minified location when unmapped, or `(garbage collector)` etc.).
   */
  where: string;
  /** Self time, ms. */
  selfMs: number;
  /** Share of the profiled time, 0–1. */
  share: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decoded source map: per generated line, segments [column, source, line, column, name?]. */
interface DecodedMap {
  sources: string[];
  names: string[];
  lines: number[][][];
}

/** Decodes the VLQ `mappings` of a source map v3 (absolute values). */
function decodeMap(raw: { sources: string[]; names: string[]; mappings: string }): DecodedMap {
  const lines: number[][][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of raw.mappings.split(';')) {
    state[0] = 0;
    const segments: number[][] = [];
    for (const text of line.split(',')) {
      if (!text) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((v, i) => {
        state[i] = (state[i] ?? 0) + v;
      });
      segments.push(state.slice(0, values.length));
    }
    lines.push(segments);
  }
  return { sources: raw.sources, names: raw.names, lines };
}

/** Original `source:line name` of a 0-based generated position, or null. */
function lookup(map: DecodedMap, line: number, column: number): string | null {
  let best: number[] | undefined;
  for (const segment of map.lines[line] ?? []) {
    if ((segment[0] ?? 0) > column) break;
    if (segment.length >= 4) best = segment;
  }
  if (!best) return null;
  const source = (map.sources[best[1] ?? 0] ?? '?').replace(/^(\.\.\/)+/, '');
  const name = best.length >= 5 ? ` ${map.names[best[4] ?? 0] ?? ''}` : '';
  return `${source}:${(best[2] ?? 0) + 1}${name}`;
}

/** Starts sampling (100 µs). */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/**
 * Stops sampling, writes `<dir>/<name>.cpuprofile` and returns the top self-time locations.
 * @param distDir - web/dist, where `assets/*.js.map` live
 */
export async function stopProfile(
  cdp: CDPSession,
  dir: string,
  name: string,
  distDir: string,
  top = 15,
): Promise<Hotspot[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const maps = new Map<string, DecodedMap | null>();
  const mapFor = (url: string) => {
    if (!maps.has(url)) {
      const file = join(distDir, new URL(url).pathname.replace(/^\//, '')) + '.map';
      maps.set(url, existsSync(file) ? decodeMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    return maps.get(url) ?? null;
  };
  const totalSamples = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / totalSamples;
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let where = functionName ? `(${functionName})` : '(anonymous)';
    if (url.startsWith('http')) {
      const map = mapFor(url);
      const mapped = map ? lookup(map, lineNumber, columnNumber) : null;
      where =
        mapped ?? `${new URL(url).pathname}:${lineNumber + 1}:${columnNumber + 1} ${functionName}`;
    } else if (url) where = `${url}:${lineNumber + 1} ${functionName}`;
    self.set(where, (self.get(where) ?? 0) + node.hitCount);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, samples]) => ({
      where,
      selfMs: samples * msPerSample,
      share: samples / totalSamples,
    }));
}
