/**
 * Enum query parameters (sort_by, sort_order, chat_type): unknown values are 422s with a
 * tsoa-style message [I] (the documented 422 body is tsoa's shape).
 */
import { type ValidationError, validationError } from './errors.ts';

/**
 * @param fallback - value when the parameter is absent or empty
 * @param aliases - accepted legacy spellings mapped to a value (e.g. chat_type `individual` → `user`)
 */
export function enumParam<T extends string>(
  field: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T | undefined,
  aliases: Readonly<Record<string, T>> = {},
): T | undefined | ValidationError {
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  const found = allowed.find((a) => a === value) ?? aliases[value];
  if (found !== undefined) return found;
  return validationError(
    field,
    `should be one of the following; [${allowed.map((a) => `'${a}'`).join(',')}]`,
    raw,
  );
}
