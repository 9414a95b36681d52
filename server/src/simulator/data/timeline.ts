/**
 * Event times of a chat: conversational bursts (seconds to minutes apart) separated by quiet
 * hours or days, squeezed into the history window when there are too many.
 */
import type { Rng } from '../prng.ts';

/**
 * Message times, newest first, whole seconds, strictly decreasing.
 * @param latestMs - time of the newest message (epoch ms)
 * @param earliestMs - no message before this (epoch ms), when it can be honoured at ≥ 1 s spacing
 */
export function messageTimes(
  rng: Rng,
  count: number,
  latestMs: number,
  earliestMs: number,
): Float64Array {
  const times = new Float64Array(count);
  if (count === 0) return times;
  const gaps = new Float64Array(count);
  let total = 0;
  for (let i = 1; i < count; i++) {
    const gap = rng.chance(0.8) ? rng.int(4, 600) * 1000 : rng.int(3_600, 2 * 86_400) * 1000;
    gaps[i] = gap;
    total += gap;
  }
  const span = latestMs - earliestMs;
  const scale = total > span && span > 0 ? span / total : 1;
  let t = Math.floor(latestMs / 1000) * 1000;
  times[0] = t;
  for (let i = 1; i < count; i++) {
    t -= Math.max(1000, Math.round(((gaps[i] ?? 0) * scale) / 1000) * 1000);
    times[i] = t;
  }
  return times;
}

/**
 * Notification times, newest first, with a millisecond fraction (notifications carry ms,
 * docs/periskope-api.md#notification).
 * @param recent - how many of them fall in [recentFromMs, newestMs] (the rest in [oldestMs, recentFromMs])
 */
export function notificationTimes(
  rng: Rng,
  count: number,
  newestMs: number,
  oldestMs: number,
  recent = 0,
  recentFromMs = newestMs,
): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const [lo, hi] =
      i < recent ? [recentFromMs, newestMs] : [oldestMs, Math.min(recentFromMs, newestMs)];
    out.push(Math.floor(lo + rng.next() * Math.max(1, hi - lo)));
  }
  return Float64Array.from(out.sort((a, b) => b - a));
}
