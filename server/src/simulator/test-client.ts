/**
 * Test helpers for the simulator's own tests: a shared instance and a tiny request wrapper over
 * `app.request` (no network).
 */
import { createSimulator, type Simulator, type SimulatorOptions } from './app.ts';

export const KEY = 'sim-test-key';
export const PUBLIC_URL = 'http://sim.test:4010';
/** Fixed clock so data is reproducible. */
export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

const instances = new Map<string, Simulator>();

/** A memoised simulator per option set (generation costs ~0.1 s per 2,000 chats). */
export function simulator(options: Partial<SimulatorOptions> = {}): Simulator {
  const key = JSON.stringify(options);
  let sim = instances.get(key);
  if (!sim) {
    sim = createSimulator({ apiKey: KEY, publicUrl: PUBLIC_URL, now: NOW, chats: 500, ...options });
    instances.set(key, sim);
  }
  return sim;
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * GET `path` with the test key (override or drop it via `headers`), JSON-decoded.
 * The type parameter is a test-side assertion about the payload shape.
 */
export async function get<T = unknown>(
  sim: Simulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await sim.app.request(path, {
    headers: { Authorization: `Bearer ${KEY}`, ...headers },
  });
  const body: T = await res.json();
  return { status: res.status, headers: res.headers, body };
}

/** GET without any Authorization header. */
export async function getAnonymous<T = unknown>(
  sim: Simulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await sim.app.request(path, { headers });
  const body: T = await res.json();
  return { status: res.status, headers: res.headers, body };
}
