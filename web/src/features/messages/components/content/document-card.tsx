/**
 * A document: an icon by type, the file name (text, bidi controls removed), type and size, and a
 * download link to `media.path` (http(s) only).
 */
import type { Message } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { formatFileSize } from '@/lib/format.ts';
import { displayName } from '@/features/messages/lib/display-text.ts';
import { type DocumentKind, documentKind } from '@/features/messages/lib/document-kind.ts';
import { safeWebHref } from '@/features/messages/lib/safe-url.ts';
import { DownloadGlyph } from './media-glyphs.tsx';

const ICONS: Record<DocumentKind, { label: string; tone: string }> = {
  pdf: { label: 'PDF', tone: 'bg-rose-600' },
  sheet: { label: 'XLS', tone: 'bg-green-700' },
  doc: { label: 'DOC', tone: 'bg-blue-600' },
  slides: { label: 'PPT', tone: 'bg-orange-600' },
  zip: { label: 'ZIP', tone: 'bg-orange-700' },
  generic: { label: 'FILE', tone: 'bg-slate-500' },
};

/** The document card; without an http(s) `media.path` it has no download link. */
export function DocumentCard({ media }: { media: Message['media'] }) {
  const name = displayName(media?.filename?.trim() || 'Document');
  const kind = documentKind(media?.mimetype, media?.filename);
  const icon = ICONS[kind];
  const href = safeWebHref(media?.path);
  const size =
    media?.size === null || media?.size === undefined ? null : formatFileSize(media.size);
  return (
    <div className="flex w-72 max-w-full items-center gap-3 rounded-md bg-black/5 p-2">
      <span
        aria-hidden
        data-kind={kind}
        className={cn(
          'flex h-10 w-8 shrink-0 items-end justify-center rounded-sm pb-1 text-[9px] font-bold text-white',
          icon.tone,
        )}
      >
        {icon.label}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium" title={name}>
          {name}
        </p>
        <p className="text-xs text-slate-500">
          {[icon.label === 'FILE' ? 'File' : icon.label, size].filter(Boolean).join(' · ')}
        </p>
      </div>
      {href && (
        <a
          href={href}
          download={name}
          target="_blank"
          rel="noopener noreferrer nofollow"
          aria-label={`Download ${name}`}
          title="Download"
          className="flex size-9 shrink-0 items-center justify-center rounded-full text-slate-600 ring-1 ring-slate-300 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-wa-teal"
        >
          <DownloadGlyph />
        </a>
      )}
    </div>
  );
}
