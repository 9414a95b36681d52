/**
 * Standalone simulator: `npm run simulator` (`tsx server/src/simulator/main.ts`), configured by
 * the SIMULATOR_* variables of env.ts.
 */
import { serve } from '@hono/node-server';
import { createSimulator } from './app.ts';
import { loadSimulatorEnv } from './env.ts';

const env = loadSimulatorEnv(process.env);
const host = env.SIMULATOR_HOST;
const port = env.SIMULATOR_PORT;
const faults = env.SIMULATOR_FAULTS;
const started = performance.now();
const simulator = createSimulator({
  apiKey: env.SIMULATOR_API_KEY,
  publicUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  chats: env.SIMULATOR_CHATS,
  seed: env.SIMULATOR_SEED,
  rateLimit: env.SIMULATOR_RATE_LIMIT,
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
