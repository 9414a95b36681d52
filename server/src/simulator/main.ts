/**
 * Standalone simulator: `tsx server/src/simulator/main.ts`.
 * Env: SIMULATOR_PORT (4010), SIMULATOR_HOST (127.0.0.1), SIMULATOR_API_KEY ("sim-key"),
 * SIMULATOR_CHATS (2000), SIMULATOR_SEED (42), SIMULATOR_RATE_LIMIT ("10/2000" = 10 requests per
 * 2000 ms, enforced; absent = headers only), SIMULATOR_FAULTS (JSON subset of `Faults`, e.g.
 * `{"latencyMs":50,"errorRate":0.1}`; see faults/faults.ts).
 */
import { serve } from '@hono/node-server';
import { createSimulator } from './app.ts';
import { parseFaults } from './faults/parse.ts';

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a non-negative integer`);
  return Number(raw);
}

function rateLimit(): { limit: number; windowMs: number; enforce: boolean } | undefined {
  const raw = process.env.SIMULATOR_RATE_LIMIT;
  if (!raw) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!m) throw new Error('SIMULATOR_RATE_LIMIT must look like 10/2000 (requests/window ms)');
  return { limit: Number(m[1]), windowMs: Number(m[2]), enforce: true };
}

const host = process.env.SIMULATOR_HOST || '127.0.0.1';
const port = int('SIMULATOR_PORT', 4010);
// Media URLs embed the port, so it must be known before generation.
if (port === 0) throw new Error('SIMULATOR_PORT must be a fixed port (0 is not supported)');
const faults = parseFaults(process.env.SIMULATOR_FAULTS);
const started = performance.now();
const simulator = createSimulator({
  apiKey: process.env.SIMULATOR_API_KEY || 'sim-key',
  publicUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  chats: int('SIMULATOR_CHATS', 2000),
  seed: int('SIMULATOR_SEED', 42),
  rateLimit: rateLimit(),
  faults,
});
const generatedMs = Math.round(performance.now() - started);

const server = serve({ fetch: simulator.app.fetch, hostname: host, port }, (info) => {
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(
    `Periskope simulator: http://${shown}:${info.port}/v1 (${simulator.data.chats.length} chats, generated in ${generatedMs} ms)`,
  );
  if (Object.keys(faults).length > 0) console.log(`Faults: ${JSON.stringify(faults)}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
