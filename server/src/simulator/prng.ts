/**
 * Small, fast, seedable pseudo-random numbers for the simulator.
 *
 * Every generated record is a pure function of (simulator seed, chat, index), so records can be
 * produced lazily and in any order: {@link rngFor} derives an independent stream from a tuple of
 * integers. mulberry32 is not cryptographic; it only has to be deterministic and well spread.
 */

/** 32-bit FNV-1a hash of a string (stable across runs and platforms). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes integers into one 32-bit seed (murmur3 finaliser per part). */
export function mix(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = round(h, part >>> 0);
    const high = Math.floor(part / 4294967296) >>> 0;
    if (high !== 0) h = round(h, high);
  }
  return fmix(h);
}

function round(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = Math.imul((x << 15) | (x >>> 17), 0x1b873593);
  const y = h ^ x;
  return (Math.imul((y << 13) | (y >>> 19), 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A mulberry32 stream with the helpers generators need. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p` (0..1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick on an empty array');
    return item;
  }

  /** One value of `[value, weight]` pairs, proportionally to weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let roll = this.next() * total;
    for (const [value, w] of pairs) {
      roll -= w;
      if (roll < 0) return value;
    }
    const last = pairs[pairs.length - 1];
    if (!last) throw new Error('Rng.weighted on an empty list');
    return last[0];
  }

  /** `n` distinct elements (or all, if fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice();
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const at = Math.floor(this.next() * copy.length);
      out.push(...copy.splice(at, 1));
    }
    return out;
  }

  /** `n` characters of `alphabet`. */
  chars(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** `n` hex digits, lowercase unless `upper`. */
  hex(n: number, upper = false): string {
    const s = this.chars(n, HEX);
    return upper ? s.toUpperCase() : s;
  }

  /** `n` lowercase letters (Periskope ids: `label-…`, `phone-…`). */
  letters(n: number): string {
    return this.chars(n, LOWER);
  }

  /** `n` letters and digits (WhatsApp invite codes). */
  alnum(n: number): string {
    return this.chars(n, ALNUM);
  }

  /** `n` decimal digits, the first one non-zero. */
  digits(n: number): string {
    return String(this.int(1, 9)) + this.chars(n - 1, '0123456789');
  }

  /** A random-looking RFC 4122 version-4 UUID. */
  uuid(): string {
    const h = this.hex(32);
    const variant = HEX[8 + this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** An independent stream for a tuple of integers (e.g. `[seed, chatIndex, messageIndex, SALT]`). */
export function rngFor(...parts: readonly number[]): Rng {
  return new Rng(mix(...parts));
}
