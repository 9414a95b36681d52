/**
 * Public media routes (no auth, like GCS public objects), referenced by generated messages
 * (see urls.ts): images/thumbnails/avatars (PNG), audio (WAV), video (MP4), stickers (WebP),
 * documents (PDF). Rendered bytes are cached in a bounded LRU.
 */
import { Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import { hashString } from '../prng.ts';
import { ROUTE_NOT_FOUND } from '../http/errors.ts';
import { STICKER, VIDEO_CLIP } from './assets.ts';
import { renderPdf } from './pdf.ts';
import { fitSize, renderPng } from './png.ts';
import { sendBytes } from './send.ts';
import { THUMBNAIL_SIDE } from './urls.ts';
import { MAX_WAV_SECONDS, renderWav } from './wav.ts';

/** Bytes of rendered media kept in memory. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** `123.png` → 123 (with the expected extension), else undefined. */
function seedOf(file: string, ext: string): number | undefined {
  const m = new RegExp(`^(\\d{1,10})\\.${ext}$`).exec(file);
  return m ? Number(m[1]) : undefined;
}

function size(raw: string): number | undefined {
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 && n <= 20_000 ? n : undefined;
}

/** Routes mounted at /media; unknown or malformed paths → 404 JSON. */
export function mediaRoutes(): Hono {
  const cache = new LRUCache<string, Buffer>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (b) => Math.max(1, b.length),
  });
  const cached = (key: string, make: () => Buffer): Buffer => {
    const hit = cache.get(key);
    if (hit) return hit;
    const made = make();
    cache.set(key, made);
    return made;
  };
  const png = (w: number, h: number, seed: number, max?: number): Buffer => {
    const [width, height] = fitSize(w, h, max);
    return cached(`png ${width} ${height} ${seed}`, () => renderPng(width, height, seed));
  };
  return new Hono()
    .get('/image/:w/:h/:file', (c) => {
      const [w, h, seed] = [
        size(c.req.param('w')),
        size(c.req.param('h')),
        seedOf(c.req.param('file'), 'png'),
      ];
      if (!w || !h || seed === undefined) return c.json(ROUTE_NOT_FOUND, 404);
      return sendBytes(c, png(w, h, seed), 'image/png');
    })
    .get('/thumbnail/:w/:h/:file', (c) => {
      const [w, h, seed] = [
        size(c.req.param('w')),
        size(c.req.param('h')),
        seedOf(c.req.param('file'), 'png'),
      ];
      if (!w || !h || seed === undefined) return c.json(ROUTE_NOT_FOUND, 404);
      return sendBytes(c, png(w, h, seed, THUMBNAIL_SIDE), 'image/png');
    })
    .get('/avatar/:file', (c) => {
      const m = /^(\d{5,20})\.png$/.exec(c.req.param('file'));
      if (!m?.[1]) return c.json(ROUTE_NOT_FOUND, 404);
      return sendBytes(c, png(96, 96, hashString(m[1]) & 0x7fffffff), 'image/png');
    })
    .get('/audio/:seconds/:file', (c) => {
      const seconds = Number(c.req.param('seconds'));
      const seed = seedOf(c.req.param('file'), 'wav');
      if (
        !Number.isInteger(seconds) ||
        seconds < 0 ||
        seconds > MAX_WAV_SECONDS ||
        seed === undefined
      ) {
        return c.json(ROUTE_NOT_FOUND, 404);
      }
      return sendBytes(
        c,
        cached(`wav ${seconds} ${seed}`, () => renderWav(seconds, seed)),
        'audio/wav',
      );
    })
    .get('/video/:file', (c) =>
      seedOf(c.req.param('file'), 'mp4') === undefined
        ? c.json(ROUTE_NOT_FOUND, 404)
        : sendBytes(c, VIDEO_CLIP, 'video/mp4'),
    )
    .get('/sticker/:file', (c) =>
      seedOf(c.req.param('file'), 'webp') === undefined
        ? c.json(ROUTE_NOT_FOUND, 404)
        : sendBytes(c, STICKER, 'image/webp'),
    )
    .get('/document/:name', (c) => {
      const name = c.req.param('name');
      if (!name.toLowerCase().endsWith('.pdf') || name.length > 300)
        return c.json(ROUTE_NOT_FOUND, 404);
      const disposition = `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;
      return sendBytes(
        c,
        cached(`pdf ${name}`, () => renderPdf(name)),
        'application/pdf',
        { 'Content-Disposition': disposition },
      );
    });
}
