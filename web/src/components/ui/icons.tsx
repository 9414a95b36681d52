/**
 * Small inline icons (decorative unless given a label). Paths drawn on a 20×20 grid.
 */
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn.ts';

type IconProps = ComponentProps<'svg'> & { label?: string };

function Icon({ label, className, children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 20 20"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={cn('size-3.5 shrink-0 fill-current', className)}
      {...props}
    >
      {label && <title>{label}</title>}
      {children}
    </svg>
  );
}

export const GroupIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6.5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1 16c0-2.8 2.7-5 6-5s6 2.2 6 5v1H1v-1Zm13 1v-1c0-1.4-.5-2.7-1.4-3.7.3 0 .6-.1.9-.1 2.5 0 4.5 1.7 4.5 3.8v1H14Z" />
  </Icon>
);
export const BusinessIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M7 3h6a1 1 0 0 1 1 1v2h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3V4a1 1 0 0 1 1-1Zm1 3h4V5H8v1Z" />
  </Icon>
);
export const MutedIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 2.3 17.7 17l-1.1 1.1-3-3H4l1.5-2V8.6c0-.6.1-1.2.3-1.7L1.9 3.4 3 2.3ZM10 2a5 5 0 0 1 4.5 5.1v5l-8-8A4.9 4.9 0 0 1 10 2Zm-2 14h4a2 2 0 0 1-4 0Z" />
  </Icon>
);
export const PersonIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 1.5c-3.9 0-7 2.1-7 4.7V18h14v-1.8c0-2.6-3.1-4.7-7-4.7Z" />
  </Icon>
);
export const TagIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2 3a1 1 0 0 1 1-1h6.2a1 1 0 0 1 .7.3l7.8 7.8a1 1 0 0 1 0 1.4l-6.2 6.2a1 1 0 0 1-1.4 0L2.3 9.9A1 1 0 0 1 2 9.2V3Zm4 4.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z" />
  </Icon>
);
export const SearchIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4-1.3 1.3-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
  </Icon>
);
export const ListIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 4h14v2H3V4Zm0 5h14v2H3V9Zm0 5h14v2H3v-2Z" />
  </Icon>
);
export const TableIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2 3h16v14H2V3Zm2 2v3h5V5H4Zm7 0v3h5V5h-5Zm-7 5v5h5v-5H4Zm7 0v5h5v-5h-5Z" />
  </Icon>
);
export const ExitIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 3h8v2H5v10h6v2H3V3Zm10.6 3.4L17.2 10l-3.6 3.6-1.4-1.4 1.2-1.2H8V9h5.4l-1.2-1.2 1.4-1.4Z" />
  </Icon>
);
/** A chat of a kind the UI does not know (`chat_type` `unknown` or new): a plain speech bubble. */
export const ChatKindIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 3h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H8l-4 3v-3a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm0 2v8h2v1l1.3-1H16V5H4Z" />
  </Icon>
);
export const SnoozeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Zm1 2v3.6l2.7 2.7-1.4 1.4L9 10.4V6h2Z" />
  </Icon>
);
export const FlagIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 2h2v1h10l-2.5 4L16 11H6v7H4V2Zm2 3v4h6.4l-1.3-2 1.3-2H6Z" />
  </Icon>
);
