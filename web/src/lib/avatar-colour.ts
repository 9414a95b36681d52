/**
 * Stable avatar colours: the same chat or contact id always gets the same background.
 */
import { cutGraphemes } from './graphemes.ts';

/** Tailwind background classes (full strings so Tailwind's scanner keeps them). */
const PALETTE = [
  'bg-rose-500',
  'bg-orange-500',
  'bg-amber-600',
  'bg-lime-600',
  'bg-emerald-600',
  'bg-teal-600',
  'bg-cyan-600',
  'bg-sky-600',
  'bg-indigo-500',
  'bg-violet-500',
  'bg-fuchsia-600',
  'bg-pink-500',
] as const;

/**
 * @param id - any stable id (`chat_id`, `contact_id`)
 * @returns a Tailwind `bg-*` class chosen by a 32-bit FNV-1a hash of the id
 */
export function avatarColour(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? 'bg-slate-500';
}

/**
 * @param name - display name or formatted number
 * @returns up to two initials (`Bharat Kumar` → `BK`); `''` when the name has no letters (a bare
 *   phone number), so the caller can draw a generic person instead of digits
 */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, '')
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '';
  // Whole characters (grapheme clusters): a letter keeps its accent, Devanagari its vowel sign.
  if (words.length === 1) return cutGraphemes(words[0] ?? '', 2).text.toUpperCase();
  return `${cutGraphemes(words[0] ?? '', 1).text}${cutGraphemes(words[1] ?? '', 1).text}`.toUpperCase();
}
