/**
 * Configuration of the standalone simulator (`npm run simulator`), parsed with zod through the
 * server's own {@link parseEnv}: a bad value stops the process with one line naming the variable.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | SIMULATOR_HOST | 127.0.0.1 | interface to listen on |
 * | SIMULATOR_PORT | 4010 | port; fixed, since media URLs embed it (0 is refused) |
 * | SIMULATOR_API_KEY | sim-key | the key it accepts |
 * | SIMULATOR_CHATS | 2000 | generated chats (fixture chats come on top) |
 * | SIMULATOR_SEED | 42 | generation seed |
 * | SIMULATOR_RATE_LIMIT | unset | `<requests>/<window ms>`, e.g. `10/2000`, enforced; unset = headers only |
 * | SIMULATOR_FAULTS | unset | JSON subset of `Faults`, e.g. `{"latencyMs":50,"errorRate":0.1}` (faults/parse.ts) |
 *
 * In demo mode the BFF starts the simulator itself from the server's env.ts instead.
 */
import { z } from 'zod';
import { emptyAsUndefined, parseEnv, rateLimitSchema } from '../env.ts';
import { parseFaults } from './faults/parse.ts';

export const simulatorEnvSchema = z.object({
  SIMULATOR_HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  SIMULATOR_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1, 'must be a fixed port: media URLs embed it')
      .max(65535)
      .default(4010),
  ),
  SIMULATOR_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).default('sim-key')),
  SIMULATOR_CHATS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(200_000).default(2000),
  ),
  SIMULATOR_SEED: z.preprocess(emptyAsUndefined, z.coerce.number().int().default(42)),
  SIMULATOR_RATE_LIMIT: z.preprocess(
    emptyAsUndefined,
    rateLimitSchema.transform((r) => ({ ...r, enforce: true })).optional(),
  ),
  SIMULATOR_FAULTS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseFaults(raw);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type SimulatorEnv = z.output<typeof simulatorEnvSchema>;

/**
 * @param source - usually `process.env`
 * @returns the simulator's configuration
 * @throws {Error} one line naming every bad variable
 */
export function loadSimulatorEnv(source: Record<string, string | undefined>): SimulatorEnv {
  return parseEnv(simulatorEnvSchema, source);
}
