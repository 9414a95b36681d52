/**
 * Periskope's error body `{code, message, status[, name, fields]}` (docs/periskope-api.md#lists,
 * the documented 422 in `error-422.example.json`). Read by the HTTP client when an answer is not
 * 2xx; `message` is never shown to users (the documented 422 carries a literal `${MAX_LIMIT}`,
 * docs/periskope-api.md#quirks).
 *
 * It lives with the transport rather than with the API schemas so that http/ stays the bottom of
 * periskope/ (docs/architecture.md); its loose readers are the same rules as api/schemas/common.ts.
 */
import { z } from 'zod';

/** A string, or `null` when absent or null. */
const nullableString = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/**
 * A number sent as number or numeric string; anything else `null` (docs/periskope-api.md#quirk-3).
 */
const looseStatus = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    const n = typeof v === 'number' ? v : v ? Number(v) : NaN;
    return Number.isFinite(n) ? n : null;
  });

/**
 * @see file docstring. `fields` maps a rejected parameter name to `{message, value}`; absent =
 * `{}`.
 */
export const errorBodySchema = z.object({
  code: nullableString,
  message: nullableString,
  status: looseStatus,
  name: nullableString,
  fields: z
    .record(z.string(), z.object({ message: nullableString, value: z.unknown() }))
    .nullish()
    .transform((v) => v ?? {}),
});

/** A parsed error body. */
export type ErrorBody = z.output<typeof errorBodySchema>;
