/**
 * Byte responses for public media: long cache lifetime (like GCS objects), nosniff, and single
 * `Range: bytes=a-b` support so that <audio>/<video> can seek.
 */
import type { Context } from 'hono';

/** `Cache-Control` of every media response (1 day). */
export const MEDIA_CACHE_CONTROL = 'public, max-age=86400';

/**
 * @param type - Content-Type
 * @param extra - additional headers (e.g. Content-Disposition)
 */
export function sendBytes(
  c: Context,
  bytes: Buffer,
  type: string,
  extra: Record<string, string> = {},
): Response {
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': MEDIA_CACHE_CONTROL,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
    ...extra,
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header('range') ?? '');
  if (range && (range[1] || range[2])) {
    const size = bytes.length;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${size}` },
      });
    }
    const part = bytes.subarray(start, end + 1);
    return new Response(new Uint8Array(part), {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': String(part.length),
      },
    });
  }
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { ...headers, 'Content-Length': String(bytes.length) },
  });
}
