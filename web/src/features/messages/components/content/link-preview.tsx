/**
 * The preview WhatsApp attached to a link in a text message (`link_preview`, docs/periskope-api.md
 * docs/periskope-api.md#message "Free-form fields"): title, description and the URL, under the
 * text. The URL is shown as text and is a link only when {@link safeWebHref} allows it (http or
 * https).
 */
import type { Message } from '@/lib/api-types.ts';
import { safeWebHref } from '@/features/messages/lib/safe-url.ts';

/** A quiet card; every value renders as a text node. */
export function LinkPreview({ preview }: { preview: NonNullable<Message['link_preview']> }) {
  const href = safeWebHref(preview.url);
  return (
    <div
      role="group"
      aria-label="Link preview"
      className="mt-1 rounded-md border-l-4 border-teal-600/60 bg-black/5 px-2 py-1.5 text-xs"
    >
      {preview.title && <p className="font-medium break-words text-slate-800">{preview.title}</p>}
      {preview.description && (
        <p className="line-clamp-3 break-words text-slate-600">{preview.description}</p>
      )}
      {preview.url &&
        (href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="mt-0.5 block truncate text-sky-700 underline hover:text-sky-900"
          >
            {preview.url}
          </a>
        ) : (
          <p className="mt-0.5 truncate text-slate-500">{preview.url}</p>
        ))}
    </div>
  );
}
