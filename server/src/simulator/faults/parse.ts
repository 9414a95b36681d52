/**
 * `SIMULATOR_FAULTS`: faults as JSON for the standalone simulator and benchmarks, e.g.
 * `{"latencyMs":50,"errorRate":0.1}` or `{"rateLimited":{"retryAfterSeconds":2}}`.
 */
import { z } from 'zod';
import type { Faults } from './faults.ts';

const ms = z.number().finite().min(0).max(600_000);

/** Any subset of {@link Faults}; unknown names are rejected so a typo is not silently ignored. */
export const faultsSchema = z
  .strictObject({
    latencyMs: ms,
    latencyJitterMs: ms,
    errorRate: z.number().min(0).max(1),
    errorStatus: z.union([z.literal(500), z.literal(502), z.literal(503)]),
    rateLimited: z
      .strictObject({ retryAfterSeconds: z.number().int().min(0).max(86_400) })
      .nullable(),
    enforceRateLimit: z.boolean(),
    malformedJson: z.boolean(),
    connectionReset: z.boolean(),
    slowBodyMs: ms,
    unauthorized: z.boolean(),
  })
  .partial();

/**
 * @param raw - the variable's value; undefined or blank = no faults
 * @returns the faults to start with
 * @throws {Error} naming the bad fields when the JSON or a value is invalid
 */
export function parseFaults(raw: string | undefined): Partial<Faults> {
  if (raw === undefined || raw.trim() === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('SIMULATOR_FAULTS must be JSON, e.g. {"latencyMs":50,"errorRate":0.1}');
  }
  const result = faultsSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`SIMULATOR_FAULTS is invalid: ${issues.join('; ')}`);
}
