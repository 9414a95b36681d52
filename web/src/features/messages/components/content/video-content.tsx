/**
 * A video: the native player (`preload="metadata"`, the thumbnail as poster) in a box reserved
 * from `media.dimensions`. A failed load shows a placeholder with Retry, a download link and the
 * length.
 */
import type { Message } from '@/lib/api-types.ts';
import { formatDuration } from '@/lib/format.ts';
import { useMediaRetry } from '@/features/messages/hooks/use-media-retry.ts';
import { canPlay } from '@/features/messages/lib/can-play.ts';
import { fitBox } from '@/features/messages/lib/media-box.ts';
import { safeWebHref } from '@/features/messages/lib/safe-url.ts';
import { DownloadLink } from './download-link.tsx';
import { MediaFallback } from './media-fallback.tsx';

const MAX = { width: 280, height: 320 };
const FALLBACK = { width: 280, height: 158 };

export interface VideoContentProps {
  media: Message['media'];
  /** `is_gif`: a looping, muted clip. */
  gif?: boolean;
  /** Length in seconds (`duration`), shown when the video cannot be played. */
  duration?: number | null | undefined;
}

export function VideoContent({ media, gif = false, duration = null }: VideoContentProps) {
  const src = safeWebHref(media?.path);
  const load = useMediaRetry(src);
  const poster = safeWebHref(media?.thumbnail) ?? undefined;
  const { width, height } = fitBox(media?.dimensions, MAX, FALLBACK);
  // Data-driven size: reserved before the video loads, so the thread does not jump.
  const box = { width, aspectRatio: `${width} / ${height}` };
  const playable = canPlay('video', media?.mimetype);
  if (!src || load.failed || !playable) {
    const reason = !src
      ? 'Video unavailable'
      : playable
        ? 'Video could not be loaded'
        : "This video can't be played here";
    const label = duration ? `${reason} · ${formatDuration(duration)}` : reason;
    const retry = src && playable ? load.retry : undefined;
    return (
      <MediaFallback label={label} box={box} onRetry={retry}>
        {src && <DownloadLink href={src} filename={media?.filename ?? null} fallbackName="video" />}
      </MediaFallback>
    );
  }
  return (
    <div style={box} className="max-w-full overflow-hidden rounded-md bg-neutral-950">
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- WhatsApp videos and GIFs come without captions; there is no track to give */}
      <video
        key={load.key}
        src={src}
        poster={poster}
        width={width}
        height={height}
        controls
        preload="metadata"
        playsInline
        loop={gif}
        muted={gif}
        aria-label={gif ? 'GIF' : 'Video'}
        onError={load.onError}
        className="size-full object-contain"
      />
    </div>
  );
}
