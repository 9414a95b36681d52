/**
 * Test harness: the BFF wired to an in-process simulator over `app.fetch` (no sockets), with a
 * captured log stream so tests can prove the key never reaches a log line.
 */
import { Writable } from 'node:stream';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createPeriskopeApi } from '../periskope/api.ts';
import { createPeriskopeHttp } from '../periskope/client.ts';
import { createPeriskopeService } from '../periskope/service.ts';
import { createSimulator, type SimulatorOptions } from '../simulator/app.ts';

export const TEST_KEY = 'test_key_9f8e7d6c5b4a_must_never_leak';
export const SIM_URL = 'http://127.0.0.1:4999';

let shared: ReturnType<typeof createSimulator> | undefined;

/** One simulator per test file (generation takes a moment); fresh BFF caches per harness. */
function simulator(options?: Partial<SimulatorOptions>) {
  if (options) return createSimulator({ apiKey: TEST_KEY, publicUrl: SIM_URL, now: Date.UTC(2026, 10, 20), ...options });
  shared ??= createSimulator({ apiKey: TEST_KEY, publicUrl: SIM_URL, now: Date.UTC(2026, 10, 20) });
  return shared;
}

export interface HarnessOptions {
  simulator?: Partial<SimulatorOptions>;
  apiKey?: string;
  /** Replaces the simulator as upstream (fault injection). */
  upstream?: (request: Request) => Promise<Response>;
  blockSize?: number;
  defaultPhone?: string;
}

/** @returns the BFF app, its simulator, the upstream requests it made and the log lines */
export function harness(options: HarnessOptions = {}) {
  const sim = simulator(options.simulator);
  const upstreamRequests: Request[] = [];
  const logs: string[] = [];
  const logger = createLogger('debug', new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } }));
  const http = createPeriskopeHttp({
    baseUrl: `${SIM_URL}/v1`,
    apiKey: options.apiKey ?? TEST_KEY,
    timeoutMs: 2000,
    fetch: async (request) => {
      upstreamRequests.push(request.clone());
      return options.upstream ? options.upstream(request) : sim.app.fetch(request);
    },
  });
  const periskope = createPeriskopeService(createPeriskopeApi(http), { blockSize: options.blockSize ?? 1000, ttlMs: 60_000 });
  const app = createApp({ periskope, logger, mediaOrigins: [SIM_URL], config: { demo: true, defaultPhone: options.defaultPhone } });
  return { app, sim, upstreamRequests, logs };
}
