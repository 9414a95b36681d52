/**
 * Body rewrites of the `malformedJson` and `slowBodyMs` faults: same status and headers, broken
 * or slow bytes.
 */
import { setTimeout as sleep } from 'node:timers/promises';

function headersWithoutLength(res: Response): Headers {
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return headers;
}

/**
 * The first half of the body (so never valid JSON), still labelled `application/json`.
 * @returns `res` itself when it has no body (e.g. a 304)
 */
export async function truncatedJson(res: Response): Promise<Response> {
  if (res.body === null) return res;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headers = headersWithoutLength(res);
  if (!headers.get('content-type')?.includes('json'))
    headers.set('content-type', 'application/json');
  return new Response(bytes.slice(0, Math.floor(bytes.length / 2)), {
    status: res.status,
    headers,
  });
}

/**
 * Streams the body in up to `chunks` pieces: the first at once (so the headers go out), the
 * others and the end of the stream at equal intervals, ending `totalMs` ms after the start.
 * @param totalMs - time until the body is complete, in ms
 * @param chunks - maximum number of pieces (fewer for bodies shorter than that, in bytes)
 * @returns `res` itself when it has no body
 */
export async function trickledBody(res: Response, totalMs: number, chunks = 16): Promise<Response> {
  if (res.body === null) return res;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const count = Math.max(1, Math.min(chunks, bytes.length));
  const size = Math.ceil(bytes.length / count);
  const intervalMs = totalMs / count;
  let next = 0;
  let cancelled = false;
  const piece = () => bytes.slice(next * size, ++next * size);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(piece());
    },
    async pull(controller) {
      await sleep(intervalMs);
      if (cancelled) return;
      if (next < count) controller.enqueue(piece());
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return new Response(body, { status: res.status, headers: headersWithoutLength(res) });
}
