/**
 * Periskope sends object keys in code-point order (every documented payload does); generated
 * objects are assembled in that order too.
 */

/** Shallow copy of `value` with its own keys sorted. */
export function sortKeys<T extends object>(value: T): T {
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries) as T;
}
