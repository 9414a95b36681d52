/**
 * Full-size image viewer over the chat's media: a modal `<dialog>` (focus kept
 * inside, Esc closes), ←/→ move through the chat's loaded images, "n / N", zoom (button or a
 * click on the image), download. A file that fails to load shows a placeholder with Retry.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { cn } from '@/lib/cn.ts';
import { useMediaRetry } from '../hooks/use-media-retry.ts';
import { useModalDialog } from '../hooks/use-modal-dialog.ts';
import type { LightboxImage } from '../lib/chat-images.ts';

export interface LightboxProps {
  images: readonly LightboxImage[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}

export function Lightbox({ images, index, onIndex, onClose }: LightboxProps) {
  const dialog = useModalDialog(onClose);
  const [zoomed, setZoomed] = useState(false);
  const image = images[index];
  const media = useMediaRetry(image?.src);

  if (!image) return null;
  // Another photo opens fitted.
  const go = (delta: number) => {
    const next = Math.min(Math.max(index + delta, 0), images.length - 1);
    if (next !== index) setZoomed(false);
    onIndex(next);
  };
  return (
    <dialog
      {...dialog}
      aria-label="Photo viewer"
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') go(-1);
        if (event.key === 'ArrowRight') go(1);
      }}
      className="m-0 flex h-full max-h-none w-full max-w-none flex-col bg-neutral-950/90 p-0 text-white backdrop:bg-neutral-950/60"
    >
      <header className="flex items-center gap-3 px-4 py-2 text-sm">
        <span aria-live="polite">
          {index + 1} / {images.length}
        </span>
        <span className="min-w-0 flex-1 truncate text-slate-300">{image.alt}</span>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => setZoomed(!zoomed)}
          aria-pressed={zoomed}
        >
          {zoomed ? 'Fit' : 'Zoom'}
        </Button>
        <a
          href={image.src}
          download={image.filename}
          className="rounded-full bg-surface px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
        >
          Download
        </a>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the modal dialog's initial focus (HTML dialog focusing steps); the reader just opened it */}
        <Button size="sm" variant="secondary" onClick={onClose} autoFocus>
          Close
        </Button>
      </header>
      <div
        className={cn(
          'relative flex min-h-0 flex-1 items-center justify-center',
          zoomed ? 'overflow-auto' : 'overflow-hidden',
        )}
      >
        <Button
          size="sm"
          variant="secondary"
          className="absolute left-3 z-10"
          aria-label="Previous photo"
          disabled={index === 0}
          onClick={() => go(-1)}
        >
          ←
        </Button>
        {media.failed ? (
          <div role="alert" className="flex flex-col items-center gap-2 text-sm text-slate-300">
            This photo could not be loaded.
            <Button size="sm" variant="secondary" onClick={media.retry}>
              Retry
            </Button>
          </div>
        ) : (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a mouse shortcut; the Zoom/Fit button is the keyboard way
          <img
            key={media.key}
            src={image.src}
            alt={image.alt}
            onError={media.onError}
            onClick={() => setZoomed(!zoomed)}
            className={cn(
              'cursor-zoom-in select-none',
              zoomed ? 'max-w-none cursor-zoom-out' : 'max-h-full max-w-full object-contain',
            )}
          />
        )}
        <Button
          size="sm"
          variant="secondary"
          className="absolute right-3 z-10"
          aria-label="Next photo"
          disabled={index === images.length - 1}
          onClick={() => go(1)}
        >
          →
        </Button>
      </div>
    </dialog>
  );
}
