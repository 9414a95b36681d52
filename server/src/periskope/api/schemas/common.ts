/**
 * Building blocks for the Periskope boundary schemas: lenient readers that turn the API's
 * documented inconsistencies into one shape (docs/periskope-api.md#quirks).
 *
 * Rules: a field accepts at least what the official `@periskope/types` allow (checked in
 * `conformance.test.ts`); every upstream field is nullable and comes out as `null` when absent;
 * objects are `z.object` (unknown keys stripped, new Periskope fields never break us).
 */
import { z } from 'zod';

/** A string or `null`; absent keys become `null`. */
export const nstr = z.string().nullable().default(null);

/** A boolean or `null`; absent keys become `null`. */
export const nbool = z.boolean().nullable().default(null);

/**
 * The raw form of a loose number (`ack: "4"`, docs/periskope-api.md#quirk-3): read it with {@link
 * toLooseNumber}.
 */
const looseNumberInput = z.union([z.number(), z.string()]).nullish();

/**
 * A loose number's value: numbers as they are, numeric strings converted, anything else `null`.
 * @param v - as {@link looseNumberInput} lets through
 */
export function toLooseNumber(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * A number sent as number, numeric string or null (`ack: "4"`, `forwarding_score: "0"`,
 * docs/periskope-api.md#quirk-3). Non-numeric strings become `null` rather than failing the whole
 * record.
 */
export const looseNumber = looseNumberInput.transform(toLooseNumber);

/**
 * Chat ids: bare digits are a 1:1 chat ("@c.us optional", docs/periskope-api.md#endpoints).
 * @param id - `919537851844`, `919537851844@c.us` or `…@g.us`
 * @returns the id with its WhatsApp suffix
 */
export function normaliseChatId(id: string): string {
  return /^\d+$/.test(id) ? `${id}@c.us` : id;
}

export const chatIdField = z.string().transform(normaliseChatId);
export const nchatId = z
  .string()
  .nullish()
  .transform((v) => (v ? normaliseChatId(v) : null));

/**
 * A UTC ISO timestamp whose fields cannot roll over (day ≤ 28, hour ≤ 23), e.g. the REST
 * `2026-11-22T23:23:12+00:00` and `…12.693Z`: its normal form is a rewrite of the digits, the same
 * answer as the `Date` round trip of {@link normaliseTimestamp} at a fraction of its cost (a
 * 1,000-chat block carries ~4,000 timestamps). Sub-millisecond digits are truncated, as `Date`
 * does.
 */
const UTC_ISO =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:\.(\d{1,9}))?(?:Z|\+00:?00)$/;

/**
 * Timestamps come as ISO with 0/3/6 fraction digits, or Postgres style `2024-05-13 11:19:34+00` in
 * webhooks (docs/periskope-api.md#quirk-4). Output: ISO 8601 UTC with ms
 * (`2025-01-27T11:07:56.000Z`), so the SPA sorts and formats one format. Unparseable strings pass
 * through unchanged.
 */
export function normaliseTimestamp(value: string): string {
  const utc = UTC_ISO.exec(value);
  if (utc) return `${utc[1]}.${(utc[2] ?? '').slice(0, 3).padEnd(3, '0')}Z`;
  return normaliseByDate(value);
}

/** The general path of {@link normaliseTimestamp}: any offset, Postgres style, rollovers. */
export function normaliseByDate(value: string): string {
  const pg = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})$/.exec(value);
  const candidate = pg ? `${pg[1]}T${pg[2]}${pg[3]}:00` : value;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

export const timestamp = z.string().transform(normaliseTimestamp);
export const ntimestamp = z
  .string()
  .nullish()
  .transform((v) => (v ? normaliseTimestamp(v) : null));

/**
 * The three spellings of a WhatsApp id object (docs/periskope-api.md#id-objects): REST messages
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

/**
 * A boolean that may arrive as `"true"`/`"false"` (`member_add_mode`, `flag_status` of older rows);
 * anything else `null`.
 */
export const looseBool = z
  .union([z.boolean(), z.string(), z.number()])
  .nullish()
  .transform((v) =>
    v === true || v === 'true' ? true : v === false || v === 'false' ? false : null,
  );

/**
 * A map of `key → number` (`unread_count`, `member_unread_count`, `flag_count_map`); non-numbers
 * left out.
 */
export const numberMap = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((v): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, x] of Object.entries(v ?? {})) {
      const n = typeof x === 'number' || typeof x === 'string' ? toLooseNumber(x) : null;
      if (n !== null) out[k] = n;
    }
    return out;
  });

/** Any JSON value, as `JSON.parse` gives it. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Deepest nesting kept in a free-form JSON field; deeper values read as null (a guard, not a rule
 * of Periskope's).
 */
export const MAX_JSON_DEPTH = 16;

/**
 * Copies a parsed JSON value, cutting nesting below {@link MAX_JSON_DEPTH} to `null` so a
 * pathological `custom_properties` can neither overflow the stack nor bloat every answer.
 */
function boundedJson(value: unknown, depth = 0): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (depth >= MAX_JSON_DEPTH || typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.map((v) => boundedJson(v, depth + 1));
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(value)) out[k] = boundedJson(v, depth + 1);
  return out;
}

/**
 * A free-form JSON map (`custom_properties`: the official type is `Json`): values keep their JSON
 * type (string, number, boolean, null, array, object). Anything but an object reads as `{}`.
 */
export const jsonMap = z
  .unknown()
  .optional()
  .transform((v): Record<string, JsonValue> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = boundedJson(x, 1);
    return out;
  });

/**
 * A media length in seconds. The official type is `duration: string | null`; seen as `"12"`,
 * `"12.4"`, numbers, and clock text `"1:05"` / `"1:02:03"`. Anything else reads as `null`.
 */
export function toSeconds(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(v.trim());
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export const duration = z.unknown().optional().transform(toSeconds);

/**
 * An instant given as epoch ms (`pinned_at`, `snooze_until`), epoch seconds, or an ISO string.
 * Numbers below 10^11 are taken as seconds (10^11 ms is 1973). @returns epoch ms, or null
 */
export function toEpochMs(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v < 1e11 ? v * 1000 : v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    if (Number.isFinite(n)) return toEpochMs(n);
    const ms = Date.parse(normaliseTimestamp(v));
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

export const epochMs = z.unknown().optional().transform(toEpochMs);
