/**
 * Building blocks for the Periskope boundary schemas: lenient readers that turn the API's
 * documented inconsistencies into one shape (periskope-api.md §6 "Gotchas").
 *
 * Rules: every upstream field is `.nullish()` and comes out as `null` when absent (gotcha 5);
 * objects are `z.object` (unknown keys stripped, new Periskope fields never break us).
 */
import { z } from 'zod';

/** A string or `null`; absent keys become `null`. */
export const nstr = z.string().nullish().transform((v) => v ?? null);

/** A boolean or `null`; absent keys become `null`. */
export const nbool = z.boolean().nullish().transform((v) => v ?? null);

/**
 * A number sent as number, numeric string or null (`ack: "4"`, `forwarding_score: "0"`, gotcha 3).
 * Non-numeric strings become `null` rather than failing the whole record.
 */
export const looseNumber = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  });

/**
 * Chat ids: bare digits are a 1:1 chat ("@c.us optional", periskope-api.md §3).
 * @param id - `919537851844`, `919537851844@c.us` or `…@g.us`
 * @returns the id with its WhatsApp suffix
 */
export function normaliseChatId(id: string): string {
  return /^\d+$/.test(id) ? `${id}@c.us` : id;
}

export const chatIdField = z.string().transform(normaliseChatId);
export const nchatId = z.string().nullish().transform((v) => (v ? normaliseChatId(v) : null));

/**
 * Timestamps come as ISO with 0/3/6 fraction digits, or Postgres style `2024-05-13 11:19:34+00`
 * in webhooks (gotcha 4). Output: ISO 8601 UTC with ms (`2025-01-27T11:07:56.000Z`), so the SPA
 * sorts and formats one format. Unparseable strings pass through unchanged.
 */
export function normaliseTimestamp(value: string): string {
  const pg = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})$/.exec(value);
  const candidate = pg ? `${pg[1]}T${pg[2]}${pg[3]}:00` : value;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

export const timestamp = z.string().transform(normaliseTimestamp);
export const ntimestamp = z.string().nullish().transform((v) => (v ? normaliseTimestamp(v) : null));

/**
 * The three spellings of a WhatsApp id object (periskope-api.md §4.1): REST messages
 * `{from_me, serialized}`, REST notifications `{fromMe, serialized}`, webhooks/SDK
 * `{fromMe, _serialized}`. Output is always the first.
 */
export const idObject = z
  .object({
    from_me: z.boolean().nullish(),
    fromMe: z.boolean().nullish(),
    id: z.string().nullish(),
    remote: z.string().nullish(),
    serialized: z.string().nullish(),
    _serialized: z.string().nullish(),
  })
  .nullish()
  .transform((v) =>
    v
      ? {
          from_me: v.from_me ?? v.fromMe ?? null,
          id: v.id ?? null,
          remote: v.remote ?? null,
          serialized: v.serialized ?? v._serialized ?? null,
        }
      : null,
  );

/** A `string[]` that may arrive as null or absent (`vcards`, `mentioned_ids`): always an array. */
export const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

/** A map of `key → true` (`label_ids`, `chat_access`) or null. */
export const flagMap = z
  .record(z.string(), z.boolean())
  .nullish()
  .transform((v) => v ?? {});
