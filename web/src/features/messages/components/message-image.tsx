/**
 * An image or sticker in a bubble, in a box that reserves its size from `media.dimensions`
 * (at most 280 × 320 px, aspect ratio kept) so the thread does not jump while it loads. A failed
 * load shows a grey "Image unavailable" placeholder with Retry, never a broken-image icon.
 */
import { useState } from 'react';
import type { Message } from '../../../lib/api-types.ts';
import { Button } from '../../../components/ui/button.tsx';

const MAX_WIDTH = 280;
const MAX_HEIGHT = 320;
const STICKER_WIDTH = 160;
const FALLBACK = { width: 280, height: 210 };

export interface MessageImageProps {
  media: NonNullable<Message['media']>;
  alt: string;
  sticker?: boolean;
}

/** @returns display width and height in CSS px */
function boxSize(media: MessageImageProps['media'], sticker: boolean) {
  const dims = media.dimensions ?? (sticker ? { width: STICKER_WIDTH, height: STICKER_WIDTH } : FALLBACK);
  const maxWidth = sticker ? STICKER_WIDTH : MAX_WIDTH;
  // Fit inside maxWidth × MAX_HEIGHT, keeping the aspect ratio (tall photos get narrower).
  const scale = Math.min(1, maxWidth / dims.width, MAX_HEIGHT / dims.height);
  return { width: Math.round(dims.width * scale), height: Math.round(dims.height * scale) };
}

/** Image media; the source is `media.path`, else `media.thumbnail`. */
export function MessageImage({ media, alt, sticker = false }: MessageImageProps) {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const src = media.path ?? media.thumbnail;
  const { width, height } = boxSize(media, sticker);
  // Data-driven size: the one place besides the virtualizer that needs an inline style.
  const box = { width, aspectRatio: `${width} / ${height}` };
  if (!src || failed) {
    return (
      <div style={box} className="flex max-w-full flex-col items-center justify-center gap-2 rounded-md bg-slate-200 text-xs text-slate-600">
        <span>Image unavailable</span>
        {src && (
          <Button size="sm" variant="secondary" onClick={() => { setFailed(false); setAttempt((n) => n + 1); }}>
            Retry
          </Button>
        )}
      </div>
    );
  }
  return (
    <div style={box} className={sticker ? 'max-w-full' : 'max-w-full overflow-hidden rounded-md bg-slate-100'}>
      <img
        key={attempt}
        src={src}
        alt={alt}
        width={width}
        height={height}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
        className={sticker ? 'size-full object-contain' : 'size-full object-cover'}
      />
    </div>
  );
}
