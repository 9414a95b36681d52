/**
 * Deterministic PNG pictures (pngjs): a soft two-colour diagonal gradient with a light disc,
 * colours picked from the seed. Used for images, thumbnails and avatars.
 */
import { PNG } from 'pngjs';
import { MAX_IMAGE_SIDE } from './urls.ts';

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/**
 * Output size for a declared size: aspect ratio kept, longest side ≤ `maxSide` px, each side ≥ 1.
 */
export function fitSize(width: number, height: number, maxSide = MAX_IMAGE_SIDE): [number, number] {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}

/**
 * Renders a PNG.
 * @param width - px, already capped by the caller ({@link fitSize})
 * @param height - px
 * @param seed - picks the two hues and the disc position
 */
export function renderPng(width: number, height: number, seed: number): Buffer {
  const png = new PNG({ width, height });
  const hue = Math.abs(seed * 137) % 360;
  const c1 = hsl(hue, 0.65, 0.6);
  const c2 = hsl((hue + 40 + (Math.abs(seed) % 80)) % 360, 0.7, 0.42);
  const cx = width * (0.3 + (Math.abs(seed >> 3) % 40) / 100);
  const cy = height * (0.3 + (Math.abs(seed >> 7) % 40) / 100);
  const radius = Math.min(width, height) * 0.28;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      const d = Math.hypot(x - cx, y - cy);
      const glow = d < radius ? 0.35 * (1 - d / radius) : 0;
      const at = (y * width + x) * 4;
      for (let ch = 0; ch < 3; ch++) {
        const base = (c1[ch] ?? 0) * (1 - t) + (c2[ch] ?? 0) * t;
        png.data[at + ch] = Math.round(base + (255 - base) * glow);
      }
      png.data[at + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 2 });
}
