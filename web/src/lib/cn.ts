/**
 * Joins Tailwind class names, skipping falsy parts (a tiny `clsx`; no conflict merging).
 */
export type ClassValue = string | false | null | undefined | 0;

/**
 * @param parts - class strings; `false`, `null`, `undefined`, `0` and `''` are dropped
 * @returns the classes joined by single spaces
 */
export function cn(...parts: ClassValue[]): string {
  return parts.filter(Boolean).join(' ');
}
