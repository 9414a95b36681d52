/**
 * `offset`/`limit` of list endpoints and the `{from, to, count, <key>}` envelope
 * (docs/periskope-api.md#lists).
 */
import { sortKeys } from '../sort-keys.ts';
import { type ValidationError, validationError } from './errors.ts';

/** Largest accepted `limit` (docs/periskope-api.md#lists: "Maximum 2000"; 2000 itself passes). */
export const MAX_LIMIT = 2000;

/** Default `limit` (new docs, docs/periskope-api.md#lists). */
export const DEFAULT_LIMIT = 2000;

export interface Paging {
  offset: number;
  limit: number;
}

function integer(field: string, raw: string): number | ValidationError {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^-\d+$/.test(raw))
    return validationError(field, `${field} should be greater than or equal to 0`, raw);
  return validationError(field, 'invalid integer number', raw);
}

/**
 * Parses `offset` (default 0) and `limit` (default 2000).
 * @returns the paging, or the 422 body: above 2000 the documented one, verbatim, with its
 * literal `${MAX_LIMIT}` (docs/periskope-api.md#quirk-11)
 */
export function parsePaging(query: (name: string) => string | undefined): Paging | ValidationError {
  const offsetRaw = query('offset');
  const limitRaw = query('limit');
  const offset = offsetRaw === undefined || offsetRaw === '' ? 0 : integer('offset', offsetRaw);
  if (typeof offset !== 'number') return offset;
  const limit =
    limitRaw === undefined || limitRaw === '' ? DEFAULT_LIMIT : integer('limit', limitRaw);
  if (typeof limit !== 'number') return limit;
  if (limit > MAX_LIMIT) {
    return validationError(
      'limit',
      `Limit should be less than ${MAX_LIMIT}`,
      limitRaw,
      'Limit should be less than ${MAX_LIMIT}',
    );
  }
  return { offset, limit };
}

/**
 * The list envelope, keys in Periskope's order. `from`/`to` are 1-based (`from: offset + 1`, `to:
 * offset + count`), `count` = items on this page (docs/periskope-api.md#lists,
 * docs/periskope-api.md#quirk-10). An empty page has `from = to = offset`, `count: 0` [I].
 */
export function envelope<T>(
  key: string,
  offset: number,
  items: readonly T[],
): Record<string, number | readonly T[]> {
  const count = items.length;
  return sortKeys({
    count,
    from: count > 0 ? offset + 1 : offset,
    [key]: items,
    to: offset + count,
  });
}
