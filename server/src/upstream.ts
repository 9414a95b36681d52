/**
 * Chooses and builds the upstream: the real Periskope API when PERISKOPE_API_KEY is set, else
 * demo mode with the built-in simulator listening on a loopback port.
 */
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import type { Env } from './env.ts';
import { createSimulator } from './simulator/app.ts';
import { LABELS } from './simulator/data/labels.ts';

export interface Upstream {
  baseUrl: string;
  apiKey: string;
  demo: boolean;
  /** Label id → name known to the upstream (demo mode: the simulator's labels). */
  labelNames: Record<string, string>;
  /** Origins the browser may load media from. */
  mediaOrigins: string[];
  /** Stops the simulator, if one runs. */
  close: () => Promise<void>;
}

/** Periskope's media host (docs/periskope-api.md#quirk-7) and its API host for relative paths. */
const PERISKOPE_MEDIA_ORIGINS = ['https://storage.googleapis.com', 'https://api.periskope.app'];

/**
 * @param env - parsed configuration
 * @returns the upstream to call; in demo mode after the simulator listens
 */
export async function startUpstream(env: Env, logger: Logger): Promise<Upstream> {
  if (env.PERISKOPE_API_KEY) {
    return {
      baseUrl: env.PERISKOPE_API_URL,
      apiKey: env.PERISKOPE_API_KEY,
      demo: false,
      labelNames: env.CHAT_LABEL_NAMES,
      mediaOrigins: PERISKOPE_MEDIA_ORIGINS,
      close: async () => {},
    };
  }
  const apiKey = env.SIMULATOR_API_KEY ?? `sim_${randomBytes(24).toString('hex')}`;
  let handler: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve(
      {
        // The node-server env (the socket) goes through, so the simulator's connection-reset fault
        // is real.
        fetch: (req, env) =>
          handler ? handler(req, env) : new Response('starting', { status: 503 }),
        port: env.SIMULATOR_PORT,
        hostname: env.HOST,
      },
      (info) => resolve({ server: s, port: info.port }),
    );
  });
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  const publicUrl = `http://${host}:${port}`;
  const started = performance.now();
  const simulator = createSimulator({
    apiKey,
    publicUrl,
    seed: env.SIMULATOR_SEED,
    chats: env.SIMULATOR_CHATS,
    rateLimit: env.SIMULATOR_RATE_LIMIT
      ? { ...env.SIMULATOR_RATE_LIMIT, enforce: true }
      : undefined,
  });
  handler = simulator.app.fetch;
  logger.info(
    {
      simulator: `${publicUrl}/v1`,
      chats: env.SIMULATOR_CHATS,
      seed: env.SIMULATOR_SEED,
      generated_ms: Math.round(performance.now() - started),
    },
    'demo mode: PERISKOPE_API_KEY is not set, serving the built-in Periskope simulator',
  );
  return {
    baseUrl: `${publicUrl}/v1`,
    apiKey,
    demo: true,
    labelNames: {
      ...Object.fromEntries(LABELS.map((l) => [l.label_id, l.name])),
      ...env.CHAT_LABEL_NAMES,
    },
    // The fixture records keep their real GCS media URLs (they fail offline, shown as
    // placeholders).
    mediaOrigins: [publicUrl, ...PERISKOPE_MEDIA_ORIGINS],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
