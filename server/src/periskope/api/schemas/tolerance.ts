/**
 * Per-item tolerance at the upstream boundary: one bad item in a Periskope list must not cost the
 * agent the whole page (docs/periskope-api.md#what-the-inbox-accepts).
 *
 * A list is parsed item by item. An item that fails its schema is left out (or, for messages,
 * replaced by a placeholder that keeps the thread's order honest), and the failure is reported to
 * the *invalid sink* as a field path: names only (`latest_message.timestamp`,
 * `members.*.contact_id`), never values, since values can be message text or phone numbers.
 *
 * zod parses synchronously, so the sink is a module variable set for the duration of one parse
 * ({@link collectInvalid}); nested tolerant lists (members, reactions, pinned messages) report
 * into the same sink as the list around them.
 */
import { z } from 'zod';

/** Told each field path that made an item unreadable. */
export type InvalidSink = (path: string) => void;

let sink: InvalidSink | null = null;

/**
 * Runs one synchronous parse with `onInvalid` as the sink of every tolerant list inside it.
 * @returns what `parse` returns
 */
export function collectInvalid<T>(onInvalid: InvalidSink, parse: () => T): T {
  const previous = sink;
  sink = onInvalid;
  try {
    return parse();
  } finally {
    sink = previous;
  }
}

/**
 * Field names are identifiers; anything else in a path (an index, a contact id, a label id, an
 * email) becomes `*`.
 */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * @param prefix - where the item sits inside the answer, e.g. `members.*`; '' for a list's own items
 * @param path - the zod issue path inside the item
 * @returns a bounded, value-free label such as `latest_message.timestamp`, or `(item)` when the
 *   item itself is not an object
 */
function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path
    .slice(0, 6)
    .map((p) => (typeof p === 'string' && FIELD_NAME.test(p) ? p : '*'));
  return [prefix, ...parts].filter(Boolean).join('.') || '(item)';
}

/**
 * Reports the distinct field paths of a failed item (at most three) to the active sink.
 * @param prefix - see {@link fieldPath}
 */
function reportInvalid(prefix: string, error: z.ZodError): void {
  const paths = new Set(error.issues.map((issue) => fieldPath(prefix, issue.path)));
  for (const path of [...paths].slice(0, 3)) sink?.(path);
}

/**
 * Parses each item of `raw` with `item`; a failed item becomes `fallback(raw, index)` (null = left
 * out of the answer, its slot kept so upstream positions stay exact).
 * @param prefix - label of the list's items inside the answer ('' for a top-level list)
 */
export function parseSlots<S extends z.ZodType, F>(
  item: S,
  raw: readonly unknown[],
  prefix: string,
  fallback: (value: unknown, index: number) => F,
): (z.output<S> | F)[] {
  return raw.map((value, index) => {
    const result = item.safeParse(value);
    if (result.success) return result.data;
    reportInvalid(prefix, result.error);
    return fallback(value, index);
  });
}

/**
 * A nested list whose bad items are left out (`members` is a map, see {@link tolerantRecord}).
 * Absent or null reads as `[]` (the official types mark these lists optional).
 */
export function tolerantArray<S extends z.ZodType>(item: S, prefix: string) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((raw): z.output<S>[] =>
      parseSlots(item, raw ?? [], `${prefix}.*`, () => null).filter(
        (x): x is z.output<S> => x !== null,
      ),
    );
}

/** A nested `key → item` map whose bad entries are left out; absent or null reads as `null`. */
export function tolerantRecord<S extends z.ZodType>(item: S, prefix: string) {
  return z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((raw): Record<string, z.output<S>> | null => {
      if (!raw) return null;
      const out: Record<string, z.output<S>> = {};
      for (const [key, value] of Object.entries(raw)) {
        const result = item.safeParse(value);
        if (result.success) out[key] = result.data;
        else reportInvalid(`${prefix}.*`, result.error);
      }
      return out;
    });
}

/**
 * A nested object that reads as `null` (and is reported) when it does not fit, instead of failing
 * the item around it: for optional decorations such as `latest_message` of a chat.
 */
export function tolerantObject<S extends z.ZodType>(item: S, prefix: string) {
  return z
    .unknown()
    .optional()
    .transform((raw): z.output<S> | null => {
      if (raw === null || raw === undefined) return null;
      const result = item.safeParse(raw);
      if (result.success) return result.data;
      reportInvalid(prefix, result.error);
      return null;
    });
}
