/**
 * An image or sticker in a bubble, in a box that reserves its size from `media.dimensions`
 * (at most 280 × 320 px, aspect ratio kept) so the thread does not jump while it loads. A failed
 * load shows a grey "Image unavailable" placeholder with Retry, never a broken-image icon. With
 * `onOpen` the image is a button (a lightbox opens it).
 */
import type { Message } from '@/lib/api-types.ts';
import { useMediaRetry } from '../hooks/use-media-retry.ts';
import { fitBox } from '../lib/media-box.ts';
import { safeWebHref } from '../lib/safe-url.ts';
import { MediaFallback } from './content/media-fallback.tsx';

const MAX = { width: 280, height: 320 };
const STICKER_MAX = { width: 160, height: 160 };
const FALLBACK = { width: 280, height: 210 };

export interface MessageImageProps {
  media: NonNullable<Message['media']>;
  alt: string;
  sticker?: boolean;
  /** Makes the image a button that opens it (e.g. in a lightbox). */
  onOpen?: (() => void) | undefined;
}

/** Image media; the source is `media.path`, else `media.thumbnail` (http(s) only). */
export function MessageImage({ media, alt, sticker = false, onOpen }: MessageImageProps) {
  const src = safeWebHref(media.path) ?? safeWebHref(media.thumbnail);
  const load = useMediaRetry(src);
  const { width, height } = fitBox(
    media.dimensions,
    sticker ? STICKER_MAX : MAX,
    sticker ? STICKER_MAX : FALLBACK,
  );
  // Data-driven size: the one place besides the virtualizer that needs an inline style.
  const box = { width, aspectRatio: `${width} / ${height}` };
  if (!src || load.failed) {
    const retry = src ? load.retry : undefined;
    return <MediaFallback label="Image unavailable" box={box} onRetry={retry} />;
  }
  const image = (
    <img
      key={load.key}
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      onError={load.onError}
      className={sticker ? 'size-full object-contain' : 'size-full object-cover'}
    />
  );
  return (
    <div
      style={box}
      className={sticker ? 'max-w-full' : 'max-w-full overflow-hidden rounded-md bg-slate-100'}
    >
      {onOpen ? (
        <button
          type="button"
          onClick={onOpen}
          className="block size-full cursor-zoom-in focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-wa-teal"
        >
          {image}
        </button>
      ) : (
        image
      )}
    </div>
  );
}
