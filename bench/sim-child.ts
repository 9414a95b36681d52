/**
 * Child process: the Periskope simulator on 127.0.0.1:0, rate limit NOT enforced and set so high
 * that its X-RateLimit-Remaining never makes the BFF's limiter pause (we measure overhead, not
 * throttling). Env: BENCH_API_KEY, BENCH_CHATS (2000).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSimulator, type Simulator } from '../server/src/simulator/app.ts';
import { answerStats, tellParent } from './children.ts';

const apiKey = process.env.BENCH_API_KEY ?? 'bench-key';
let simulator: Simulator | undefined;
// Media URLs embed the port, so listen first and build the simulator once the port is known.
const server = serve(
  {
    fetch: (req, env) =>
      simulator ? simulator.app.fetch(req, env) : new Response(null, { status: 503 }),
    hostname: '127.0.0.1',
    port: 0,
  },
  (info: AddressInfo) => {
    simulator = createSimulator({
      apiKey,
      publicUrl: `http://127.0.0.1:${info.port}`,
      chats: Number(process.env.BENCH_CHATS ?? 2000),
      rateLimit: { limit: 1_000_000_000, windowMs: 2000, enforce: false },
    });
    const chatIds = simulator.data.chats.filter((e) => e.latestMs !== null).map((e) => e.chat_id);
    tellParent({ type: 'ready', port: info.port, chatIds });
  },
);

answerStats(() => ({
  requests: simulator?.stats.requests ?? 0,
  rateLimited: simulator?.stats.rateLimited ?? 0,
}));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0)); // the bench died: do not linger
