/**
 * Ids of the simulator's showcase chats for the e2e server's seed (default 42), computed the same
 * way the server computes them, so specs never hard-code generated ids.
 */
import { createSimulator } from '../server/src/simulator/app.ts';

let cached: ReturnType<typeof createSimulator>['data']['showcase'] | undefined;

/** @returns `data.showcase` of a simulator with the e2e server's seed */
export function showcase() {
  cached ??= createSimulator({ apiKey: 'unused-key', publicUrl: 'http://127.0.0.1:1', seed: 42 })
    .data.showcase;
  return cached;
}
