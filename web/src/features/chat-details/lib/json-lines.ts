/**
 * Custom property values as readable text. Periskope's `custom_properties` values may be any JSON
 * (official `ChatType.custom_properties`: `Json`): strings, numbers and booleans read as values,
 * lists as comma-separated values, objects as indented `key: value` lines, never as raw JSON.
 */
import type { ChatDetail } from '@/lib/api-types.ts';

/** A custom property's value, as the BFF sends it (any JSON). */
export type JsonValue = ChatDetail['custom_properties'][string];

/** Levels of nested objects shown; a deeper object or list reads "…". */
export const MAX_JSON_DEPTH = 3;

/** Lines shown per property; past it a last line "…" says there is more. */
export const MAX_JSON_LINES = 40;

/**
 * One line of an object's rendering: its text and its indent level (0 = the property's own level).
 */
export interface JsonLine {
  depth: number;
  text: string;
}

type Scalar = string | number | boolean | null;

/**
 * Nested values are typed loosely by the inferred API type (Hono's `JSONValue`): read as unknown.
 */
function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

type Container = readonly unknown[] | Readonly<Record<string, unknown>>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/**
 * @returns a scalar as text: a string as is, a number in plain digits (`1234.5`: ids and codes
 *   keep their digits), a boolean `Yes`/`No`, null (or an empty string) `—`
 */
export function scalarText(value: Scalar): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/**
 * @returns the one-line text of a scalar or a list of scalars, else null (it needs lines); anything
 * not JSON reads `—`
 */
function inlineText(value: unknown): string | null {
  if (isScalar(value)) return scalarText(value);
  if (Array.isArray(value) && value.every(isScalar))
    return value.length ? value.map(scalarText).join(', ') : '—';
  return isContainer(value) ? null : '—';
}

/**
 * Appends the lines of a container's entries; false once {@link MAX_JSON_LINES} is reached with
 * more to say.
 */
function entryLines(value: Container, depth: number, out: JsonLine[]): boolean {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i + 1), v])
    : Object.entries(value);
  if (entries.length === 0) out.push({ depth, text: '—' });
  for (const [key, v] of entries) {
    if (out.length >= MAX_JSON_LINES) return false;
    const inline = inlineText(v);
    if (inline !== null) out.push({ depth, text: `${key}: ${inline}` });
    else if (depth + 1 >= MAX_JSON_DEPTH) out.push({ depth, text: `${key}: …` });
    else {
      out.push({ depth, text: `${key}:` });
      if (isContainer(v) && !entryLines(v, depth + 1, out)) return false;
    }
  }
  return true;
}

/**
 * @param value - a custom property's value
 * @returns one line for a scalar or a list of scalars (`gold`, `Yes`, `—`, `a, b, c`); for an
 *   object (or a list holding objects or lists, its items numbered from 1) a `key: value` line per
 *   entry, nested entries one level deeper, down to {@link MAX_JSON_DEPTH} levels, at most
 *   {@link MAX_JSON_LINES} lines then `…`
 */
export function jsonLines(value: JsonValue): JsonLine[] {
  const inline = inlineText(value);
  if (inline !== null || !isContainer(value)) return [{ depth: 0, text: inline ?? '—' }];
  const out: JsonLine[] = [];
  if (!entryLines(value, 0, out)) out.push({ depth: 0, text: '…' });
  return out;
}
