/**
 * A warning under a message for each link WhatsApp flagged as suspicious (`links[].is_suspicious`:
 * lookalike characters that imitate another address). The address is shown as text, never linked.
 */
import type { Message } from '@/lib/api-types.ts';
import { WarningGlyph } from './media-glyphs.tsx';

/** Nothing when no link is flagged. */
export function SuspiciousLinks({ links }: { links: Message['links'] }) {
  const flagged = [...new Set(links.filter((l) => l.is_suspicious).map((l) => l.url))];
  if (flagged.length === 0) return null;
  return (
    <ul
      aria-label="Suspicious links"
      className="mt-1 flex flex-col gap-0.5 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900 ring-1 ring-amber-300"
    >
      {flagged.map((url) => (
        <li key={url} className="flex items-start gap-1">
          <WarningGlyph className="mt-px size-3.5" />
          <span className="min-w-0 [overflow-wrap:anywhere]">
            Suspicious link: <span className="font-mono">{url}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
