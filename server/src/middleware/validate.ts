/**
 * `zValidator` with our error shape: a bad parameter answers 400 problem+json naming the field
 * (`errors: [{ name, reason }]`) and never echoes the value back.
 */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { Problem } from '../problem.ts';

/**
 * @param target - `query`, `param`, …
 * @param schema - zod schema of that target
 * @throws {Problem} 400 `invalid_parameter`
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(
  target: T,
  schema: S,
) {
  return zValidator(
    target,
    schema,
    (result) => {
      if (result.success) return;
      const errors = result.error.issues.map((issue) => ({
        name: issue.path.map(String).join('.') || target,
        reason: issue.message,
      }));
      const names = [...new Set(errors.map((e) => e.name))].join(', ');
      throw new Problem({
        status: 400,
        code: 'invalid_parameter',
        title: 'Invalid parameter',
        detail: `Invalid value for: ${names}.`,
        errors,
      });
    },
    {
      // The parameter schemas are synchronous: `safeParse`, not zValidator's default
      // `safeParseAsync`, which costs promises on every request. (The cast: TypeScript cannot
      // resolve zod-validator's v3-or-v4 result type for a generic schema.)
      validationFunction: (s, value) => s.safeParse(value) as never,
    },
  );
}
