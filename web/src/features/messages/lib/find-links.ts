/**
 * Finds links in one line of message text: URLs and e-mail addresses with `linkifyjs`, plus
 * `tel:` URLs (linkify's scanner stops at the `+` of `tel:+91…`). Every match passes
 * {@link safeHref}; a match with another scheme (`ftp:`, `file:`) is not a link and stays text.
 */
import { find } from 'linkifyjs';
import { safeHref } from './safe-url.ts';

export interface FoundLink {
  /** UTF-16 offsets into the line, end exclusive. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Normalised, allowed URL. */
  href: string;
}

const TEL = /\btel:\+?\d[\d-]*\d/gi;

/**
 * Formatting markers that may wrap a link (`*https://x.com*`); linkify would swallow the closer.
 */
const MARKERS = '*_~';

/**
 * Builds linkify's scanner (its first `find` takes ~30 ms: the TLD table and state machine) while
 * the browser is idle, e.g. while the thread's first page is on its way, instead of inside the
 * first render of a thread.
 */
export function warmUpLinks(): void {
  find('warm-up.example');
}

/**
 * @param line - one line of text (no newlines)
 * @returns allowed links, in order, never overlapping
 */
export function findLinks(line: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of find(line)) {
    if (match.type !== 'url' && match.type !== 'email') continue;
    const end = trimClosers(line, match.start, match.end);
    const text = line.slice(match.start, end);
    const href = safeHref(
      match.type === 'email'
        ? `mailto:${text}`
        : match.href.slice(0, match.href.length - (match.end - end)),
    );
    if (href) found.push({ start: match.start, end, text, href });
  }
  for (const match of line.matchAll(TEL)) {
    const start = match.index;
    const end = start + match[0].length;
    const href = safeHref(match[0]);
    if (href && !found.some((f) => start < f.end && f.start < end))
      found.push({ start, end, text: match[0], href });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Drops trailing markers from a match when the same markers open right before it. */
function trimClosers(line: string, start: number, end: number): number {
  let openers = '';
  for (let i = start - 1; i >= 0 && MARKERS.includes(line[i] ?? ''); i--) openers += line[i];
  let at = end;
  while (at > start + 1 && openers.includes(line[at - 1] ?? '')) at--;
  return at;
}
