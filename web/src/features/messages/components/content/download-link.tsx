/**
 * "Download <file name>" link for media the browser cannot show. The name is text, stripped of
 * bidi controls; the URL is http(s) only (callers pass a `safeWebHref`).
 */
import { displayName } from '@/features/messages/lib/display-text.ts';

export interface DownloadLinkProps {
  href: string;
  filename: string | null;
  /** Said when there is no file name ("audio", "video"). */
  fallbackName: string;
}

/** Opens in a new tab when the browser ignores `download` (cross-origin media). */
export function DownloadLink({ href, filename, fallbackName }: DownloadLinkProps) {
  const name = filename ? displayName(filename) : null;
  return (
    <a
      href={href}
      download={name ?? ''}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="max-w-full truncate font-medium text-sky-700 underline hover:text-sky-900"
    >
      Download {name ?? fallbackName}
    </a>
  );
}
