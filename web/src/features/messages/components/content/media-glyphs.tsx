/**
 * Decorative glyphs of the media players, cards and bubble markers (20×20 grid, `currentColor`).
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

/** `className` replaces the default size (`size-5`), so pass a size with it. */
function Glyph({ className, children, ...props }: ComponentProps<'svg'>) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden
      className={cn('shrink-0 fill-current', className ?? 'size-5')}
      {...props}
    >
      {children}
    </svg>
  );
}

/** Play triangle. */
export const PlayGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M6 3.5v13l11-6.5-11-6.5Z" />
  </Glyph>
);
/** Pause bars. */
export const PauseGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M5 3h3.5v14H5V3Zm6.5 0H15v14h-3.5V3Z" />
  </Glyph>
);
/** Microphone (voice messages). */
export const MicGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 12.5a3 3 0 0 0 3-3V4.5a3 3 0 1 0-6 0v5a3 3 0 0 0 3 3Zm5-3h1.5a6.5 6.5 0 0 1-5.75 6.46V18h-1.5v-2.04A6.5 6.5 0 0 1 3.5 9.5H5a5 5 0 0 0 10 0Z" />
  </Glyph>
);
/** Map pin (locations). */
export const PinGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 1.5a6 6 0 0 0-6 6c0 4.5 6 11 6 11s6-6.5 6-11a6 6 0 0 0-6-6Zm0 8.25a2.25 2.25 0 1 1 0-4.5 2.25 2.25 0 0 1 0 4.5Z" />
  </Glyph>
);
/** Arrow into a tray (downloads). */
export const DownloadGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M9 2.5h2v8.1l2.8-2.8 1.4 1.4L10 14.4 4.8 9.2l1.4-1.4L9 10.6V2.5ZM3.5 15.5h13v2h-13v-2Z" />
  </Glyph>
);
/** Circle with a bar (deleted messages). */
export const BanGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 0 1 4.9 10L6.2 5.1A6.2 6.2 0 0 1 10 3.8ZM5.1 6.2l8.7 8.7A6.2 6.2 0 0 1 5.1 6.2Z" />
  </Glyph>
);
/** Clock (messages still encrypted). */
export const ClockGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 1 1 0 12.4 6.2 6.2 0 0 1 0-12.4ZM9.1 5.5v5.1l3.8 2.3.9-1.5-2.9-1.7V5.5H9.1Z" />
  </Glyph>
);
/** Circled i (unsupported messages). */
export const InfoGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.8a6.2 6.2 0 1 1 0 12.4 6.2 6.2 0 0 1 0-12.4ZM9.1 9h1.8v5H9.1V9Zm0-3h1.8v1.8H9.1V6Z" />
  </Glyph>
);
/** Padlock (private notes). */
export const LockGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 2a4 4 0 0 0-4 4v2H5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V6a4 4 0 0 0-4-4Zm-2.2 6V6a2.2 2.2 0 0 1 4.4 0v2H7.8Z" />
  </Glyph>
);
/** Telephone handset (voice calls). */
export const PhoneGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M6.2 2.5 8.4 5.6c.3.4.3 1-.1 1.4L7.1 8.3a10 10 0 0 0 4.6 4.6l1.3-1.2c.4-.4 1-.4 1.4-.1l3.1 2.2c.5.3.6 1 .2 1.4l-1.4 1.7c-.5.6-1.3.8-2 .6A15.5 15.5 0 0 1 2.9 6.1c-.2-.7 0-1.5.6-2l1.7-1.4c.4-.4 1.1-.3 1.4.2Z" />
  </Glyph>
);
/** Film camera (video calls). */
export const VideoCallGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M3 5h9.5A1.5 1.5 0 0 1 14 6.5v1.8l3.5-2.3v8l-3.5-2.3v1.8a1.5 1.5 0 0 1-1.5 1.5H3A1.5 1.5 0 0 1 1.5 13.5v-7A1.5 1.5 0 0 1 3 5Z" />
  </Glyph>
);
/** Two people (group invites). */
export const GroupGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M7 9.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6.5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 16c0-2.8 2.5-5 5.5-5s5.5 2.2 5.5 5v.5h-11V16Zm12.5.5V16c0-1.6-.6-3-1.6-4.1.4-.1.8-.1 1.1-.1 2.5 0 4.5 1.9 4.5 4.2v.5h-4Z" />
  </Glyph>
);
/** Triangle with an exclamation mark (warnings). */
export const WarningGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M10 2 1 17.5h18L10 2Zm-.9 5.5h1.8v5H9.1v-5Zm0 6.3h1.8v1.8H9.1v-1.8Z" />
  </Glyph>
);
/** Push pin (pinned messages). */
export const PushPinGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M12.5 2 18 7.5l-1.4 1.4-1-1-3 3 .4 3.6-1.4 1.4-3.2-3.2L4 16.1 2.9 15l3.4-4.4L3.1 7.4 4.5 6l3.6.4 3-3-1-1L12.5 2Z" />
  </Glyph>
);
/** Flag on a pole (flagged for a reply). */
export const FlagGlyph = (p: ComponentProps<'svg'>) => (
  <Glyph {...p}>
    <path d="M4 2h2v1h10l-2.5 4L16 11H6v7H4V2Z" />
  </Glyph>
);
