/**
 * Decorative glyphs of the media players and cards (20×20 grid, `currentColor`).
 */
import type { ComponentProps } from 'react';
import { cn } from '../../../../lib/cn.ts';

/** `className` replaces the default size (`size-5`), so pass a size with it. */
function Glyph({ className, children, ...props }: ComponentProps<'svg'>) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden className={cn('shrink-0 fill-current', className ?? 'size-5')} {...props}>
      {children}
    </svg>
  );
}

/** Play triangle. */
export const PlayGlyph = (p: ComponentProps<'svg'>) => <Glyph {...p}><path d="M6 3.5v13l11-6.5-11-6.5Z" /></Glyph>;
/** Pause bars. */
export const PauseGlyph = (p: ComponentProps<'svg'>) => <Glyph {...p}><path d="M5 3h3.5v14H5V3Zm6.5 0H15v14h-3.5V3Z" /></Glyph>;
/** Microphone (voice messages). */
export const MicGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 12.5a3 3 0 0 0 3-3V4.5a3 3 0 1 0-6 0v5a3 3 0 0 0 3 3Zm5-3h1.5a6.5 6.5 0 0 1-5.75 6.46V18h-1.5v-2.04A6.5 6.5 0 0 1 3.5 9.5H5a5 5 0 0 0 10 0Z" /></Glyph>
);
/** Map pin (locations). */
export const PinGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 1.5a6 6 0 0 0-6 6c0 4.5 6 11 6 11s6-6.5 6-11a6 6 0 0 0-6-6Zm0 8.25a2.25 2.25 0 1 1 0-4.5 2.25 2.25 0 0 1 0 4.5Z" /></Glyph>
);
/** Arrow into a tray (downloads). */
export const DownloadGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M9 2.5h2v8.1l2.8-2.8 1.4 1.4L10 14.4 4.8 9.2l1.4-1.4L9 10.6V2.5ZM3.5 15.5h13v2h-13v-2Z" /></Glyph>
);
/** Circle with a bar (deleted messages). */
export const BanGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 0 1 4.9 10L6.2 5.1A6.2 6.2 0 0 1 10 3.8ZM5.1 6.2l8.7 8.7A6.2 6.2 0 0 1 5.1 6.2Z" /></Glyph>
);
/** Clock (messages still encrypted). */
export const ClockGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 1 1 0 12.4 6.2 6.2 0 0 1 0-12.4ZM9.1 5.5v5.1l3.8 2.3.9-1.5-2.9-1.7V5.5H9.1Z" /></Glyph>
);
/** Circled i (unsupported messages). */
export const InfoGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 1 1 0 12.4 6.2 6.2 0 0 1 0-12.4ZM9.1 9h1.8v5H9.1V9Zm0-3h1.8v1.8H9.1V6Z" /></Glyph>
);
/** Padlock (private notes). */
export const LockGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}><path d="M10 2a4 4 0 0 0-4 4v2H5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V6a4 4 0 0 0-4-4Zm-2.2 6V6a2.2 2.2 0 0 1 4.4 0v2H7.8Z" /></Glyph>
);
